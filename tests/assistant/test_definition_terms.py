"""Definitions asked in other words and given by an abbreviation: "what does the report mean
by X?", "wat is een X volgens het plan?"; a passage that writes "the Harbour Data Network
(HDN)" and then "The HDN consists of …" defines X. A "what is X?" answered by a sentence that
never writes X is no answer. Words that only say where to look ("the HDN mentioned in the
report", "In the report, what does X mean?") or stress the question ("eigenlijk") are no
part of the term."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland open data report, second quarter

## Harbour Data Network

In April the ministry of Ports published the first list of the Norland Harbour Data Network (HDN). The HDN is one of the commitments the ministry made after the review of port statistics. The HDN consists of the datasets held by port authorities that matter most for trade, safety or the environment. It includes open and unpublished datasets alike.

## Tide tables

The tide tables of all ports are now published every week in an open format.
"""

PLAN = """# Mobiliteitsplan van Havenland

## Deelfietsen

Een deelfiets is een fiets die je met anderen deelt en via een app huurt. Havenland wil tegen 2030 in elke gemeente deelfietsen aanbieden.

## Parkeren

De gemeenten leggen bij elk station extra fietsenstallingen aan.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-open-data-report.md": REPORT, "mobiliteitsplan-havenland.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, focus", [
    ("What does the open data report mean by the Harbour Data Network?", "Harbour Data Network"),
    ("Wat is een deelfiets volgens het mobiliteitsplan?", "deelfiets"),
    ("Wat verstaat het plan onder een deelfiets?", "deelfiets"),
    ("Qu'entend le rapport par réseau de données portuaires ?", "réseau de données portuaires"),
    # words that only say where to look, or only stress the question, are no part of the term
    ("What is the HDN mentioned in the Norland open data report?", "HDN"),
    ("What is the Harbour Data Network in the open data report of Norland?", "Harbour Data Network"),
    ("In the Norland open data report, what does 'open format' mean?", "open format"),
    ("C'est quoi l'ensablement, d'après le glossaire du plan ?", "ensablement"),
    ("Wat is een deelfiets eigenlijk, volgens het mobiliteitsplan?", "deelfiets"),
])
def test_definition_questions_in_other_words(question, focus):
    q = analyse(question)
    assert q.expects == "definition" and q.focus == focus


def test_a_definition_given_by_the_abbreviation(client):
    body = ask(client, "What does the open data report mean by the Harbour Data Network?")
    assert not body["abstained"], body["answer"]
    assert "datasets held by port authorities" in body["answer"], body["answer"]


def test_a_definition_asked_with_volgens(client):
    body = ask(client, "Wat is een deelfiets volgens het mobiliteitsplan van Havenland?")
    assert not body["abstained"], body["answer"]
    assert "via een app huurt" in body["answer"], body["answer"]


def test_a_sentence_that_never_writes_the_term_is_no_definition(client):
    body = ask(client, "Wat is een wisselfiets volgens het mobiliteitsplan van Havenland?")
    assert body["abstained"], body["answer"]


def test_a_definition_asked_with_where_to_look(client):
    body = ask(client, "What is the HDN mentioned in the Norland open data report?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Data Network" in body["answer"], body["answer"]
    body = ask(client, "Wat is een deelfiets eigenlijk, volgens het mobiliteitsplan van Havenland?")
    assert not body["abstained"], body["answer"]
    assert "via een app huurt" in body["answer"], body["answer"]
