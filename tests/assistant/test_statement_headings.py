"""A heading that says something ("The Harbour Fund is wound up.", a commitment set in bold
over its details) is evidence like a sentence: a question about what it says is answered by
it. A heading that only names a topic the question writes ("Overdracht van diensten – bijlage") is
no answer, even when the question writes its words joined into one ("overdrachtsbijlage"). (The
second test is a control: this small plan's heading did not win before either.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Reform

## Introduction

The reform brings the harbour bodies of Norland together under one port authority by 2031.
It was agreed by the regional government after two years of talks with the port towns.

## Bodies merged or closed

### The Norland Harbour Fund is wound up.

Its remaining assets go to the port authority, which takes over the loans it made to the
fishing cooperatives.

### The pilots' service joins the port authority.

The pilots keep their own roster and training centre.
"""

PLAN_NL = """# Havenakkoord van Havenland

## Inleiding

Het akkoord brengt de havendiensten van Havenland samen in één havenbedrijf tegen 2031. Het werd
na twee jaar overleg met de havensteden door de regering goedgekeurd.

## Overdracht van diensten – bijlage bij het havenakkoord

De loodsdienst en de sleepdienst worden samengevoegd tot één nautische dienst.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-reform.md": PLAN, "havenakkoord-havenland.md": PLAN_NL}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_heading_that_says_what_happens(client):
    body = ask(client, "Which body is wound up under the harbour reform?")
    assert not body["abstained"], body["answer"]
    assert "Norland Harbour Fund is wound up" in body["answer"], body["answer"]


def test_a_topic_heading_written_in_the_question_is_no_answer(client):
    body = ask(client, "Welke dienst schaft de overdrachtsbijlage bij het havenakkoord af?")
    assert body["answer"].split(" [")[0].strip() != "Overdracht van diensten – bijlage bij het havenakkoord", body["answer"]
