""""Which port body publishes the pilotage fee invoices?" asks for a body: the kind asked for
comes before the word for money, so the question is not one for an amount (which a sentence
naming the body but no sum would not answer). "Which fee does the ministry levy?", "what is the
ministry's budget?" still ask for amounts. Through the HTTP API over a report written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland open data report, second quarter of 2031

## Port bodies

The ministry reported that most of its port bodies publish their spending every month. A selection of other
activity includes: the Harbour Safety Office (HSO) publishing pilotage fee invoice information, the Ferry Board
publishing its timetables and the Dredging Fund publishing its consultations.

## Towns

The towns of Norland published their parking data.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-data-report.md": REPORT}) as c:
        yield c


@pytest.mark.parametrize("question, expects", [
    ("Which port body publishes fee invoice information?", "agent"),
    ("Which body sets the fees?", "agent"),
    ("Which fee does the ministry levy on ships?", "amount"),
    ("What is the ministry's budget for ports?", "amount"),
    ("What is the total estimated cost of the harbour plan?", "amount"),
])
def test_a_kind_of_body_before_the_money_word(question, expects):
    assert analyse(question).expects == expects


def test_the_body_that_publishes_fee_data(client):
    body = ask(client, "Which port body publishes fee invoice information?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Safety Office" in body["answer"], body["answer"]
