"""A plan may be abbreviated by the initials of its title's words ("the WHS plan" of "Women,
Harbours and Ships"), which it never writes: the abbreviation names the plan, and is no
unknown name that the plans cannot be about. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

WOMEN = """# Women, Harbours and Ships: Varland action plan 2031

## Context

With this plan, Varland reaffirms the commitments it made in the Harbour Charter of the coastal states and in the Fisheries Accord of 2029.

## Actions

Action 1: the harbour office trains women as crane drivers.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"varland-women-harbours-ships.md": WOMEN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_plan_abbreviated_by_its_title_s_initials(client):
    # "WHS" is written nowhere: the initials of the title's words name the plan
    body = ask(client, "Which charters and accords is the Varland WHS action plan tied to?")
    assert not body["abstained"], body["answer"]
    assert "Fisheries Accord" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "varland-women-harbours-ships.md", body["citations"]
