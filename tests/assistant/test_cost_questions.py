"""A question asks for an amount by its verb as well as by its noun: "wat zou een proef met X
kosten?" asks what it would cost, so a sentence about the trial that names no sum is no
answer; "wat zal de provincie doen om de kosten te beperken?" asks for no amount."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Verkenning fietsparkeren Varlande

## Slimme stallingen

Na een proef met de kantelfiets op station Zeestad Noord heeft de provincie samen met de gemeente
Polderwijk een plan gemaakt voor een proef met de kantelfiets op station Polderwijk Centraal.
Vanwege de verbouwing van het station is die proef uitgesteld.

## Deelfietsen

Een proef met deelfietsen bij bedrijventerreinen kost naar schatting 40.000 euro per jaar.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-fietsparkeren.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, expects", [
    ("Wat zou een proef met kantelfietsen in Polderwijk kosten?", "amount"),
    ("Hoeveel gaat de nieuwe fietsenstalling kosten, volgens de verkenning?", "amount"),
    ("Wat zal de provincie doen om de kosten te beperken?", None),
])
def test_the_verb_asks_for_an_amount(question, expects):
    assert analyse(question).expects == expects


def test_a_sentence_naming_no_sum_is_no_answer_to_what_it_would_cost(client):
    body = ask(client, "Wat zou een proef met kantelfietsen op station Polderwijk Centraal kosten?")
    assert body["abstained"], body["answer"]


def test_the_sum_is_the_answer(client):
    body = ask(client, "Wat zou een proef met deelfietsen bij bedrijventerreinen kosten?")
    assert not body["abstained"], body["answer"]
    assert "40.000 euro" in body["answer"], body["answer"]
