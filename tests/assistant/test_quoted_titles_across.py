"""A question that quotes a plan's title in its own language ("« Salaires équitables et temps
de travail »" for "Fair Wages and Working Hours") names that plan, as its title's words would:
"who drafted the plan « … »?" asks about the plan itself, and is answered by the sentence
that says who drafted it, though no word of the question is written in the plan."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

WAGES = """# Fair Wages and Working Hours – Norland National Action Plan 2028-2031

The National Action Plan was drafted by the Labour Standards Working Group of the Norland Council for Social Dialogue, which brings together the unions, the employers and the regions.

## Commitments

Norland will raise the minimum wage of seasonal harbour workers and publish the working hours of the ports every year.
"""

KESTRIA = """# Plan d'action national pour la pêche côtière de Kestria 2026-2030

Ce programme d'action a été rédigé par le ministère de la Pêche de Kestria, avec les coopératives de pêcheurs.

## Engagements

Kestria fixera des quotas de pêche pour les petits ports et publiera les prises de chaque saison.
"""

COAST = """# Coastal Defence Strategy of Varland 2027-2035

The Strategy was drafted by the Varland Coast Agency together with the water boards.

## Measures

Varland will raise its dikes by one metre along the northern shore.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-fair-wages-nap.md": WAGES,
                                                    "varland-coastal-defence-strategy.md": COAST,
                                                    "kestria-plan-peche-cotiere.md": KESTRIA}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Par qui a été élaboré le programme national « Salaires équitables et temps de travail » ?",
    "Wie heeft het nationale actieplan „Eerlijke lonen en werktijden” opgesteld?",
])
def test_a_translated_quoted_title_names_the_plan_asked_about(client, question):
    body = ask(client, question)
    assert "Labour Standards Working Group" in body["answer"], body["answer"]
    assert body["citations"] and body["citations"][0]["document"] == "norland-fair-wages-nap.md", body["citations"]


@pytest.mark.parametrize("question", [
    "Par qui le plan belge « Entreprises et droits humains » a-t-il été élaboré ?",
    "Door wie werd het Belgische actieplan „Ondernemingen en mensenrechten” opgesteld?",
])
def test_the_sample_plan_quoted_in_french_or_dutch(plans_client, question):
    body = ask(plans_client, question)
    assert "Social Responsibility Working Group" in body["answer"], body["answer"]
