"""A lead cell that names who leads and who helps ("Anna with input from the Secretariat",
"l'OPH en collaboration avec le BRH"): a question about either body finds the row, and a
question about the lead finds every row it leads, as it would for "Anna, Secretariat". (The
French test is a control: "en" already split the French cell before.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

TASKS = """# Norland Harbour Panel – Actions Report

## Introduction

The panel meets four times a year to follow the work on the harbour data of Norland. This report
lists the actions agreed at its last meetings, who owns each of them, and when each is due. The
panel's members review the list at the start of every meeting, close the actions that are done
and add the new ones. Each action names one owner, and the owner reports on it at the next
meeting. Where an owner needs help from the panel's secretariat or from another member, the
action says so. Actions that slip by more than one meeting are raised with the chair, who may
give them to another owner. The panel publishes this report after every meeting so that the
port authorities and the public can see what was agreed. Questions about the report go to the
panel's secretariat at the harbour office. The next meeting of the panel is planned for the
spring, when the members will also review the panel's work plan for the coming year and agree
on the topics of the working groups.

## Working groups

Three working groups prepare the panel's decisions. The first looks at how the ports publish
their data on berths, tides and cargo, and which formats they use. The second looks at the
quality of the data the ports already publish and proposes checks that catch errors before the
data go out. The third looks at how the public and the shipping companies use the data, and
which data they miss. Each group reports to the panel at every meeting and proposes actions for
the list below. The groups are open to any member of the panel and to experts the panel invites.

## Actions

| No. | Task | Task owner | Due |
|---|---|---|---|
| 1 | Publish the berth register for the four ports | Anna with input from the Harbour Office | May 2031 |
| 2 | Refresh the panel's expired terms of reference | Anna with input from the Harbour Office | June 2031 |
| 3 | Survey the condition of the eastern quays | Bram | July 2031 |
| 4 | Draft the dredging tender | Secretariat supported by Bram | August 2031 |
"""

MESURES = """# Plan portuaire de Varlande

## Introduction

Le présent plan fixe les mesures prioritaires pour les ports de Varlande au cours des prochaines
années. Il a été préparé par les services de l'État avec les autorités portuaires et les
représentants des usagers. Chaque mesure a un responsable et une échéance. Le comité de suivi
se réunit deux fois par an pour faire le point sur l'avancement des mesures et proposer les
ajustements nécessaires. Les rapports de suivi sont publiés après chaque réunion du comité. Les
mesures tiennent compte des engagements pris dans la stratégie maritime nationale et des besoins
exprimés par les communes littorales lors des consultations publiques. Le financement des
mesures sera précisé dans les lois de finances annuelles et par les partenaires techniques et
financiers des ports. Les mesures non réalisées à l'échéance seront reprises dans le plan suivant.

## Suivi

Le comité de suivi réunit les services de l'État, les autorités portuaires, les communes
littorales et les représentants des usagers des ports. Il examine l'avancement de chaque mesure
sur la base des indicateurs fixés dans le plan, signale les retards et propose des mesures
correctrices. Ses recommandations sont transmises au ministre chargé de la mer, qui en rend
compte chaque année au Parlement. Les usagers peuvent saisir le comité de toute difficulté liée
à la mise en œuvre des mesures du plan. Un bilan à mi-parcours sera réalisé par un organisme
indépendant désigné par le comité.

## Mesures

| N° | Mesure | Responsable | Échéance |
|---|---|---|---|
| 1 | Moderniser les quais du port nord | OPH en collaboration avec le BRH | 2030 |
| 2 | Créer un registre des navires de pêche | DPM | 2031 |
| 3 | Former les agents portuaires à la sécurité | OPH | 2032 |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-panel-actions.md": TASKS, "plan-portuaire-varlande.md": MESURES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_every_task_the_lead_owns(client):
    body = ask(client, "Which tasks does Anna own?")
    assert not body["abstained"], body["answer"]
    refs = {c["ref"] for c in body["citations"]}
    assert {"1", "2"} <= refs and "3" not in refs, body["answer"]


def test_the_helper_named_after_the_phrase(client):
    body = ask(client, "Which tasks does Bram own?")
    assert not body["abstained"], body["answer"]
    refs = {c["ref"] for c in body["citations"]}
    assert "3" in refs and "1" not in refs, body["answer"]


def test_a_french_lead_in_collaboration(client):
    body = ask(client, "Quelles mesures l'OPH pilote-t-il ?")
    assert not body["abstained"], body["answer"]
    refs = {c["ref"] for c in body["citations"]}
    assert {"1", "3"} <= refs and "2" not in refs, body["answer"]
