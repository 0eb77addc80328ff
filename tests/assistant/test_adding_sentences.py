"""A sentence that adds to the answering one ("In addition, …", "En outre, …", "Daarnaast …")
is given with it: the recommendation goes on there. Not for a date or a figure, which the
first sentence gives whole. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland recommendations on harbour safety 2031

## Recommendations

- 1. Know the risks: Every port keeps a register of the storms and floods it has met, and shares it with the other ports each year.
- 2. Share staff: More exchange of officers between the harbour board and the coast guard helps build a common view of the risks at sea. In addition, the two services can hold joint exercises for their crews every spring. Money for the exercises must be available quickly.
- 3. Warn early: The weather office sends its storm warnings to every harbour master by text message.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-safety.md": PLAN}) as c:
        yield c


def test_the_sentence_that_adds_to_the_answer(client):
    body = ask(client, "What do the Norland recommendations propose doing with staff to build a common view of the risks?")
    assert not body["abstained"], body["answer"]
    assert "exchange of officers" in body["answer"] and "joint exercises" in body["answer"]
    assert "Money for the exercises" not in body["answer"]  # the item goes on, but not about staff
