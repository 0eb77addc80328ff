"""A later part about the same thing as an unanswered earlier part ("…, and how long is it
paid according to the Norland plan?") is unanswered too: the words that give its source are
no subject of its own, so it asks about the earlier part's thing, which no passage gives."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Skills Plan 2031

## Trainees

Trainees are paid a monthly allowance for 24 months after they finish the harbour course.
The course itself takes six weeks and is given in Havenstad.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-skills.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "How much is the Norland quay loyalty bonus per worker, and how long is it paid according to the Norland plan?",
    "Hoeveel is de Norlandse kadepremie per arbeider, en hoe lang loopt ze volgens het Norlandse plan?",
])
def test_the_later_part_is_not_answered_by_another_thing(client, question):
    body = ask(client, question)
    assert "24 months" not in body["answer"], body["answer"]
    assert body["abstained"] or not body["citations"], body["answer"]
