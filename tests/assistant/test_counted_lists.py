"""Lists a sentence counts. A question that says how many items it wants ("the five coastal
towns") is answered by the sentence that counts as many and names them, not by a sentence
that opens a list of another count ("… consists of two sets of measures:"). A sentence
inside a paragraph that counts the kind of thing asked ("… one of four harbour themes,
as listed below.") owns the numbered items that follow it a little further on, under a
heading of their own too, when there are as many of them."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Programme 2031-2035

## How the programme is built

The Norland Harbour Programme for the coastal towns consists of two sets of harbour measures:

- cross-harbour measures that strengthen the port authorities and their boards;
- local measures drawn up by each harbour town with its fishermen.


## Scope of the projects

Every project of the programme must serve one of four harbour themes, as listed below. In its first year a town chooses at least one of these themes for its projects.

### Project areas

1. Safer quays – measures that address mooring, lighting and rescue posts
2. Cleaner water – measures that address spills, waste and dredging
3. Governed boards – measures that address fees and the boards of the harbours
4. Open traffic figures – measures that address the publication of ship movements

## Local measures

The local set is specific to five coastal places (Aldport, Brenmouth, Carrow, Dunhaven and Eastwick) and to two pilot islands. Each of them writes its own harbour plan by the end of 2032.

## Funding

The Norland Harbour Agency pays for the cross-harbour measures from its own budget.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-programme.md": PLAN}) as c:
        yield c


def test_the_sentence_that_counts_and_names_the_items_answers(client):
    body = ask(client, "What are the five coastal towns with harbour measures in the Norland Harbour Programme?")
    assert not body["abstained"], body["answer"]
    for town in ("Aldport", "Brenmouth", "Carrow", "Dunhaven", "Eastwick"):
        assert town in body["answer"], body["answer"]


def test_numbered_items_a_little_after_the_sentence_that_counts_them(client):
    body = ask(client, "What are the four harbour themes of the Norland programme?")
    assert not body["abstained"], body["answer"]
    for theme in ("Safer quays", "Cleaner water", "Governed boards", "Open traffic figures"):
        assert theme in body["answer"], body["answer"]
