"""A list whose items each say "label – what it means": given whole when that is short, and
by its labels when the whole would not be (each item's label verbatim, the citation holding
the whole list); labels that are only a number ("Axis 1") are never the answer."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Open Harbour Plan 2026-2028

## Structure of the plan

The five themes of the plan are:

- open harbour data – radically opening up the data of the port authority for greater accountability, better services and growth
- harbour integrity – fighting corruption in the award of quay concessions and strengthening oversight by the council
- fiscal transparency – helping residents to follow the money that the port spends on dredging and repairs
- empowering residents – transforming the relationship between the people of the harbour towns and their port
- natural resource transparency – ensuring that the sand and gravel dredged from the estuary are used for public benefit

## Governance

The two boards of the plan are:

- steering board – meets monthly
- audit board – meets yearly
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"open-harbour-plan.md": PLAN}) as c:
        yield c


def test_a_long_list_of_labelled_items_is_answered_by_its_labels(client):
    body = ask(client, "What are the five themes of the Open Harbour Plan?")
    assert ("open harbour data; harbour integrity; fiscal transparency; empowering residents; "
            "natural resource transparency") in body["answer"], body["answer"]
    assert "radically" not in body["answer"] and len(body["answer"]) <= 400
    assert "natural resource transparency – ensuring" in body["citations"][0]["quote"]


def test_a_sentence_that_holds_a_list_gives_its_items_apart_and_their_labels_when_long():
    from assistant.answering.extractive import _listed

    raw = "The themes are:\n\n• open data – opening up the data of the port\n\n• integrity – fighting corruption"
    assert _listed(raw, 400) == "The themes are: open data – opening up the data of the port; integrity – fighting corruption."
    assert _listed(raw, 40) == "The themes are: open data; integrity."
    numbered = "The axes are:\n• Axis 1: govern the port\n• Axis 2: protect the dunes"
    assert _listed(numbered, 20) == "The axes are: Axis 1: govern the port; Axis 2: protect the dunes."


def test_a_short_list_is_given_whole(client):
    body = ask(client, "What are the two boards of the Open Harbour Plan?")
    assert "steering board – meets monthly; audit board – meets yearly" in body["answer"], body["answer"]
