"""Plans set side by side ("the X plan and the Y report", "compare X with Y") are answered
one by one; a question whose words name two plans on one side of its "and" describes one
plan (a country named in another plan's title) and is answered as one question."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

WATER = """# Norland water plan 2030

## Dunes

The Coastal Agency restores the dunes along the northern shore.
The dune works start in March 2031 and end in 2033.

## Rivers

Norland's river boards clear the floodplains each autumn.

## Wells

Norland drills forty village wells before 2032.

## Budget

The Norland water fund pays for the wells and the dunes.
"""

WORKS = """# Report on the ministries' harbour commitments

## Canal

Norland's Canal Board digs the new grain canal and the harbour basin.
The grain canal opens to barges in June 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-water-plan-2030.md": WATER,
                                                     "harbour-commitments-report.md": WORKS}) as c:
        yield c


def test_a_question_describing_one_plan_is_answered_from_it(client):
    body = ask(client, "In the Norland report on the ministries' harbour commitments, "
                       "which body digs the grain canal and the harbour basin?")
    assert "Canal Board" in body["answer"], body["answer"]
    assert "do not say" not in body["answer"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"harbour-commitments-report.md"}


@pytest.mark.parametrize("question", [
    "When do the works start in the Norland water plan and in the harbour commitments report?",
    "Compare the Norland water plan with the harbour commitments report: when do the works start?",
])
def test_plans_set_side_by_side_are_answered_one_by_one(client, question):
    body = ask(client, question)
    assert "March 2031" in body["answer"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"norland-water-plan-2030.md",
                                                          "harbour-commitments-report.md"}


EAU = """# Plan de l'eau de Varlande 2030

## Dunes

L'Agence côtière restaure les dunes du littoral nord.
Les travaux sur les dunes commencent en mars 2031.

## Puits

Varlande creuse quarante puits de village avant 2032.
"""

PORT = """# Rapport sur les engagements portuaires des ministères

## Canal

La Régie des canaux de Varlande creuse le nouveau canal à grains.
Le canal à grains s'ouvre aux péniches en juin 2032.
"""


@pytest.fixture(scope="module")
def client_fr(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-plan-eau-2030.md": EAU,
                                                     "rapport-engagements-portuaires.md": PORT}) as c:
        yield c


def test_each_plans_part_is_labelled_in_the_questions_language(client_fr):
    body = ask(client_fr, "Comparez le plan de l'eau de Varlande et le rapport sur les engagements "
                          "portuaires : combien de puits de village sont prévus ?")
    assert "quarante puits" in body["answer"], body["answer"]
    # the report says nothing of wells: that part is said in French, naming the report
    assert "ne le disent pas : ce que dit Rapport sur les engagements portuaires" in body["answer"], body["answer"]
    assert "says about this" not in body["answer"], body["answer"]
