"""A list question that says how many things it asks for ("which three pilot harbours …?") is
answered by a sentence that opens with as many ("In three pilot harbours, …"): the sentences that
go on from it ("These harbours are A, B and C.") name them and belong to the answer, in the
question's language or another. A sentence that goes on about something else is not added."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NORLAND = """# Norland Harbour Safety Action Plan 2030-2034

## Foreword

The Norland Harbour Safety Action Plan sets out how Norland will make its harbours safer for crews, passengers and neighbours.

## Scope

Implementation of the plan applies within Norland and to Norland's cooperation with neighbouring states, with the regional sea authority and with the shipping companies active in Norland waters. In three pilot harbours, the joint action of the ministries will give the opportunity to test the plan's instruments before they are applied elsewhere. These harbours are Ostby, Kirkwall and Lenport. A guide for harbour masters follows in 2031.

## Safety culture

The action plan on harbour safety builds a safety culture in every port: crews and dock workers share one code of safe conduct.

## Inspections

Harbour safety inspections under the action plan take place twice a year in every port, and their findings are published.

## Training

Every harbour worker follows a safety training under the plan, renewed every three years.

## Emergencies

The plan's emergency drills bring the port authorities, the fire services and the coast guard together every spring.

## Data

Accidents in the ports are recorded in one national register, so that the action plan's effect on safety can be followed.

## Monitoring

The Norland ministry of the sea reports every year to parliament on the plan's progress in Norland.

## Budget

Norland sets aside 40 million crowns for the plan's five years.
"""


def _varland() -> str:
    towns = ["Brest", "Lorient", "Sète", "Bastia", "Calais", "Dieppe", "Toulon", "Bayonne", "Cherbourg",
             "Granville", "Concarneau", "Fécamp", "Ajaccio", "Honfleur"]
    parts = ["# Stratégie de Varland pour la pêche côtière 2025-2029", ""]
    for n, town in enumerate(towns, start=1):
        parts += [f"## Mesure {n}", "",
                  f"La commune de {town} est l'une des communes pilotes de la stratégie : ses pêcheurs "
                  f"testeront de nouveaux filets sélectifs avant leur emploi dans les autres communes.", ""]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-safety-action-plan.md": NORLAND,
                                                     "varland-plan-securite-portuaire.md": _varland()}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quels sont les trois ports pilotes du plan d'action sur la sécurité des ports 2030-2034 ?",
    "Welke drie proefhavens kiest het actieplan voor havenveiligheid 2030-2034 voor de gezamenlijke aanpak van de ministeries?",
])
def test_the_sentence_naming_them_follows(client, question):
    body = ask(client, question)
    assert "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]
    assert body["citations"] and all(c["document"].startswith("norland") for c in body["citations"]), body["citations"]


def test_asked_in_the_plans_own_language_without_the_sentence_after(client):
    body = ask(client, "Which three pilot harbours does the Norland Harbour Safety Action Plan choose?")
    assert "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]
    assert "guide" not in body["answer"], body["answer"]  # (the sentence after them goes on about something else)


KESTRIA = """# Plan de sécurité des quais de Kestria 2030-2034

## Portée

Le plan s'applique à tous les quais de Kestria et aux navires qui y accostent, quel que soit leur pavillon. Dans trois ports pilotes, la capitainerie et les garde-côtes mettront à l'épreuve les instruments du plan avant leur emploi ailleurs. Ces ports sont Brevik, Sandvik et Holm. Un guide pour les capitaines de port suivra en 2031.

## Formation

Chaque docker de Kestria suit une formation à la sécurité, renouvelée tous les trois ans.
"""
TERSLAND = """# Kadeveiligheidsplan Tersland 2030-2034

## Reikwijdte

Het plan geldt voor alle kaden van Tersland en voor de schepen die er aanleggen, onder welke vlag ook. In drie proefhavens testen de havendienst en de kustwacht de instrumenten van het plan voordat ze elders worden gebruikt. Deze havens zijn Brevik, Sandvik en Holm. Een gids voor havenmeesters volgt in 2031.

## Opleiding

Elke havenarbeider van Tersland volgt een veiligheidsopleiding, die om de drie jaar wordt herhaald.
"""


@pytest.fixture(scope="module")
def own_language(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-securite-quais-kestria.md": KESTRIA,
                                                     "kadeveiligheidsplan-tersland.md": TERSLAND}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quels sont les trois ports pilotes du plan de sécurité des quais de Kestria ?",
    "Welke drie proefhavens noemt het kadeveiligheidsplan van Tersland?",
])
def test_the_sentence_naming_them_follows_in_french_and_dutch_plans(own_language, question):
    # "Ces ports sont …", "Deze havens zijn …": the sentence goes on from the one before in its own language
    body = ask(own_language, question)
    assert "Brevik, Sandvik" in body["answer"], body["answer"]
    assert "guide" not in body["answer"] and "gids" not in body["answer"], body["answer"]
