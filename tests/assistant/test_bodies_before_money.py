""""Which offices draft the climate budget document?" asks for bodies: a word of money after
the kind of body asked ("budget", "fees") names what they act on, not an amount asked for, in
the plural of the kind too ("offices", "ministries"). Through the HTTP API over a plan
written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

GUIDE = """# Climate budget guide of Varland

## Phase 1: drafting

The budget office, the climate unit and the planning office draft the multi-year climate budget document of Varland.

## Phase 2: adoption

Parliament adopts the budget in December.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"climate-budget-guide-varland.md": GUIDE}) as c:
        yield c


def test_bodies_asked_before_a_word_of_money(client):
    body = ask(client, "Which offices draft the multi-year climate budget document of Varland?")
    assert not body["abstained"], body["answer"]
    assert "planning office" in body["answer"], body["answer"]
