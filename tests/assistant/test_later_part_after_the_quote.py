""""When did the Region adopt its order on green clauses, and how often will it be reviewed?":
the later part leans on the earlier one ("it"), and the plan says it in a sentence right after
the earlier part's quote, in other words ("assessed every four years"); that sentence
answers, also when it opens the next passage. A later part whose kind of fact the sentences
after the quote do not give is still not answered. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

FILLER = " ".join(f"The port of {town} keeps a register of the contracts it signs with builders and suppliers."
                   for town in ("Arden", "Belmoor", "Corvale", "Dunmere", "Eastwick", "Fallow"))

PLAN = f"""# Norland plan on harbour contracts and dock workers

## Public procurement

{FILLER}

Action of the Norland Region: On 8 May 2031, the Norland Region adopted an order on the inclusion of green and social clauses in the harbour contracts of the regional authorities. This order encourages clauses on the rights of dock workers, upon which a subsidy may depend.

In addition, one officer in each port authority sees to it that this order is applied and then assessed every four years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-business-rights.md": PLAN}) as c:
        yield c


def test_the_fact_of_a_later_part_in_the_sentence_after_the_quote(client):
    body = ask(client, "When did the Norland Region adopt its order on green clauses in harbour contracts, "
                       "and how often will it be reviewed?")
    assert not body["abstained"], body["answer"]
    assert "8 May 2031" in body["answer"] and "every four years" in body["answer"], body["answer"]


def test_a_later_part_the_following_sentences_do_not_answer(client):
    body = ask(client, "When did the Norland Region adopt its order on green clauses in harbour contracts, "
                       "and how much will it cost?")
    assert "8 May 2031" in body["answer"], body["answer"]
    assert "every four years" not in body["answer"], body["answer"]
