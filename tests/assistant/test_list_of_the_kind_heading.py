""""Which towns of South Norland have shared bikes?" of a study whose sections are "Summary"
and "Towns": the list of its sections, narrowed to the one the question names, is the
heading of the kind asked, not the towns; the sentence under it that names them answers.
Through the HTTP API, over two studies of one province written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Shared scooters in South Norland: a quick study

## Summary

Based on interviews with towns, operators and experts, this quick study answers three questions: how to make
shared scooters attractive to many people, where to park them, and what the province can do.

## Towns

The towns of Arden, Belmoor and Corvale already have shared scooters. Harlow and Ivel are preparing a tender.
"""

# another study of the province: its name is no word of one plan alone
FERRIES = """# Ferries in North Norland

## Crossings

The ferries of North Norland cross the bay every hour, and the towns of Dunmere and Eastwick pay for the night boats.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"south-norland-shared-scooters.md": STUDY, "north-norland-ferries.md": FERRIES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which towns of South Norland already have shared scooters?",
    "Which towns of South Norland already have shared scooters, according to the study?",
])
def test_the_towns_not_the_heading_of_towns(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Arden" in body["answer"] and "Corvale" in body["answer"], body["answer"]
