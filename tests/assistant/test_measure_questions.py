"""Questions for a size in a unit ("what length of dikes, in kilometres, …?", "quelle
superficie …", "welke oppervlakte …") ask for a figure, and the unit they give is what the
figure must stand before. A number that names one of a series ("Axis 3", "Projet 5:") is no
figure: a project sheet that gives none is no answer, and the question is said not covered
(through the HTTP API, over plans written here)."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files


@pytest.mark.parametrize(
    "question",
    [
        "What length of sea walls, in kilometres, does the Norland coastal plan intend to build?",
        "Quelle longueur de digues, en kilomètres, le plan côtier de la Varlande prévoit-il ?",
        "Quelle superficie de mangroves le plan de la Varlande veut-il restaurer ?",
        "Welke oppervlakte bos wil het Havenlandse plan herplanten?",
    ],
)
def test_a_size_asked_is_a_figure(question):
    assert analyse(question).expects == "number", question


def test_the_unit_given_is_what_the_figure_stands_before():
    q = analyse("What length of sea walls, in kilometres, does the Norland coastal plan intend to build?")
    assert q.counted == ["kilometr"], q.counted


COASTAL = """# Norland Coastal Plan 2031-2036

## Sea walls

The plan builds 14 km of new sea walls along the southern coast by 2034. The walls are paid for by the Coastal Fund.
"""

RIVER = """# Varlande River Plan 2031-2035

## Project 5: dikes along the Mosel

Coherence with the strategy of the plan: Axis 3

Duration: a project of 4 years, 2031-2035

Lead: the Varlande Water Agency, with the river towns.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-plan.md": COASTAL,
                                                    "varlande-river-plan.md": RIVER}) as c:
        yield c


def test_a_length_the_plan_gives_is_answered(client):
    body = ask(client, "What length of sea walls, in kilometres, does the Norland coastal plan intend to build?")
    assert not body["abstained"] and "14 km" in body["answer"], body["answer"]


def test_a_sheet_without_the_length_is_no_answer(client):
    body = ask(client, "What length of dikes, in kilometres, does the Varlande river plan intend to build along the Mosel?")
    assert body["abstained"], body["answer"]
