""""What is this Harbour Data Panel paper exactly?", "qu'est-ce que ce document ?": a
demonstrative with a noun for a document asks what the document in hand is, answered by its
title as the opening writes it; "what is the Harbour Data Panel?" still asks what the panel is."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PAPER = """# HARBOUR DATA PANEL – ACTIONS REPORT

Meeting of 3 March 2031, Havenstad.

The Harbour Data Panel is an advisory group of port authorities and data users that meets four times a year.

## Actions

- The secretariat will circulate the berth data licence before the next meeting.
- Ports will publish their dredging contracts by June 2031.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbour-data-panel-actions.md": PAPER}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What is this Harbour Data Panel paper exactly?",
    "Qu'est-ce que ce document du Harbour Data Panel ?",
    "Wat is dit document van het Harbour Data Panel precies?",
])
def test_the_document_in_hand_by_its_title(client, question):
    body = ask(client, question)
    assert "ACTIONS REPORT" in body["answer"], body["answer"]
    assert body["citations"] and "ACTIONS REPORT" in body["citations"][0]["quote"], body["citations"]


def test_the_thing_it_names_is_still_defined(client):
    body = ask(client, "What is the Harbour Data Panel?")
    assert "advisory group" in body["answer"], body["answer"]
