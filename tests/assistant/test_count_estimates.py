"""A question for an estimate of a number ("what is the latest estimated number of X?",
"quelle est l'estimation du nombre de X ?", "wat is de schatting van het aantal X?") asks for
a count. An acronym the question writes in the singular ("NGO") is written by a plan in the
plural ("NGOs"): the plan still names it. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from plans.index.lexical import query_terms
from tests.conftest import ask_http as ask
from tests.conftest import serving_files


@pytest.mark.parametrize("question", [
    "What is the latest estimated number of seasonal workers in Norland?",
    "Quelle est l'estimation syndicale du nombre de travailleurs saisonniers en Norlande ?",
    "Wat is de schatting van het aantal seizoenarbeiders in Norland volgens de vakbonden?",
])
def test_an_estimate_of_a_number_asks_for_a_count(question):
    assert analyse(question).expects == "number", question


def test_an_acronym_is_matched_in_the_plural():
    (term,) = [t for t in query_terms("the NGO report") if t.word == "ngo"]
    assert "ngos" in term.stems
    (word,) = [t for t in query_terms("the ngo report") if t.word == "ngo"]
    assert "ngos" not in word.stems  # a lower-case word is no acronym


PLAN = """# Norland Migration Action Plan 2031

## Data

No official data are available on the number of people living in Norland without papers. NGOs estimate there are around 40,000 to 60,000 people without papers in Norland, but the government has never confirmed this figure.

## Reception

The reception centres of Norland offer 2,500 places.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-migration-plan.md": PLAN}) as c:
        yield c


def test_the_estimate_of_a_plural_acronym_is_answered(client):
    body = ask(client, "In Norland's migration action plan, what is the NGO estimated number of people without "
                       "papers?")
    assert not body["abstained"], body["answer"]
    assert "40,000 to 60,000" in body["answer"], body["answer"]
