"""The heading a section opens with (a PDF page of lines) says what its first sentence is about: a list of names
under "The drafting team of the plan" answers who was part of that team, rather than a
sentence elsewhere that only speaks of "a team of experts". "Who was part of …?", "qui
faisait partie de …?", "wie zat in …?" ask for the members' names."""

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
    "**Training of the harbour pilots",
    "The Harbour Academy of Varlande leads it, together with the pilots' unions.",
    "Forty new pilots are trained every year.",
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


def test_the_heading_says_what_the_first_sentence_is_about(client):
    body = ask(client, "Who leads the training of the harbour pilots?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Academy of Varlande" in body["answer"], body["answer"]
