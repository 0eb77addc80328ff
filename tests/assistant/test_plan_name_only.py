"""A sentence that shares with the question only the words naming the plan ("… according to
the HGA 2031 country report on Norland?" and the line "Please cite as follows: …, HGA 2031
Country Report – Norland.") says nothing of what is asked: the question abstains rather
than quote it. A sentence that also writes what the question asks about still answers.
Through the HTTP API, over a report written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# HGA 2031 Country Report – Norland

Please cite as follows: Harbour Governance Institute, HGA 2031 Country Report – Norland.

## Summary

Norland's harbours are run by four port boards that answer to the Ministry of the Sea.
The boards publish their fees every spring and meet the fishermen's unions twice a year.

## Recommendations

The boards should merge their dredging budgets by 2033.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"hga-2031-norland.md": REPORT}) as c:
        yield c


def test_a_line_naming_only_the_report_is_no_answer(client):
    body = ask(client, "How does the HGA 2031 country report characterise Norland's electoral system and its "
                       "coalition cabinets?")
    assert body["abstained"], body["answer"]
    assert "Please cite" not in body["answer"], body["answer"]


def test_a_sentence_writing_what_is_asked_still_answers(client):
    body = ask(client, "According to the HGA 2031 country report on Norland, how often do the port boards meet "
                       "the fishermen's unions?")
    assert not body["abstained"], body["answer"]
    assert "twice a year" in body["answer"], body["answer"]
