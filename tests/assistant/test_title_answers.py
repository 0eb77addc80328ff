""""What is the title of the X paper?", "quel est le titre du …?": the plan's title where its
opening writes it, quoted; not a sentence elsewhere that shares the question's words, nor
one that writes the title's words (a title its opening does not write is not answered)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PANEL = """Paper (2) 05062031

# NORLAND HARBOUR PANEL – ACTIONS REPORT

5 JUNE 2031

Ongoing actions and those arising from the last meeting on 2 May 2031.

## Actions

B: The agenda suggested in Ana and Piet's paper on the harbour panel is wider and merits further thought.
"""

PLAN = """# Plan portuaire de la Varlande 2031-2035

## Contexte

Le titre du premier plan portuaire de la Varlande était plus court ; ce plan le remplace.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-panel-actions.md": PANEL, "plan-portuaire-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_title_is_quoted_from_the_opening(client):
    title = "NORLAND HARBOUR PANEL – ACTIONS REPORT"
    body = ask(client, "What is the title of the Norland Harbour Panel paper?")
    assert not body["abstained"], body["answer"]
    assert title in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == title, body["citations"]


def test_a_sentence_sharing_the_title_s_words_is_no_title(client):
    body = ask(client, "Quel est le titre du plan portuaire de la Varlande ?")
    assert not any("plus court" in c["quote"] for c in body["citations"]), body["answer"]
