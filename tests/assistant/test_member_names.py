""""Who was part of …?", "qui faisait partie de …?", "wie zit in …?" ask for the members'
names: a list of names under "The drafting team of the plan" (a PDF page of lines) answers
who was part of that team, rather than a sentence elsewhere that only speaks of "a team of
experts" (a sentence that names several scores higher when names are asked)."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = [
    "**Norland harbour plan 2026-2030",
    "",
    "**Preparation",
    "The preparation and the drafting of the harbour plan were carried out by a",
    "multidisciplinary team of experts.",
    "The draft was discussed with the port authorities in four regional workshops.",
    "",
    "**Measures",
    "The quays of the ports of Norland will be renewed by 2030. The ministry of Ports leads",
    "the renewal of the quays with the port authorities.",
    "",
    "",
    "**The drafting team of the harbour plan",
    "Anna KOVAC, Piet DE WIT, Jan VARGA, Mira OSTEN,",
    "Lukas BRANDT",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan.pdf": PLAN}) as c:
        yield c


def test_names_under_a_heading_that_names_what_is_asked(client):
    body = ask(client, "Who was part of the drafting team of the Norland harbour plan?")
    assert not body["abstained"], body["answer"]
    assert "Anna KOVAC" in body["answer"] and "Lukas BRANDT" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Who was part of the drafting team?",
    "Who sits on the harbour board?",
    "Qui faisait partie de l'équipe de rédaction ?",
    "Wie zit in de stuurgroep van het havenplan?",
])
def test_who_was_part_of_asks_for_names(question):
    assert analyse(question).expects == "names"



FIGURES = [
    "**Varlande pilots plan",
    "",
    "**Quays",
    "The budget of the quays programme of Varlande is 30 million euro, paid by the ports.",
    "",
    "**Budget of the pilot training programme",
    "12 million euro over five years.",
    "",
    "**Schools",
    "Every port runs a school for young sailors.",
]


def test_a_first_line_that_writes_none_of_the_question_is_about_its_heading(tmp_path_factory, embedder):
    # the line gives a bare figure; the heading over it says what the figure is
    with serving_files(tmp_path_factory, embedder, {"varlande-pilots-plan.pdf": FIGURES}) as client:
        body = ask(client, "What is the budget of the pilot training programme?")
        assert not body["abstained"], body["answer"]
        assert "12 million euro" in body["answer"], body["answer"]
        assert "30 million" not in body["answer"], body["answer"]
