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


SHIPS = """# Women, Harbours and Ships – Varland action plan 2031-2034

## Context

Varland trains women as crane drivers and ship pilots in its three harbours.
"""

FISHERIES = """# Norland fisheries plan

## Scope

The fisheries plan covers the period 2027-2030 and sets the catch limits of the northern fleet.
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory, embedder):
    files = {"varland-women-harbours-ships.md": SHIPS, "norland-fisheries.md": FISHERIES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which period does the WHS plan cover?",
    "When does the WHS action plan end?",
])
def test_the_initials_say_which_plan_is_asked_about(two_plans, question):
    # the other plan is the one that writes "period": the initials, not the words, pick the plan
    body = ask(two_plans, question)
    assert not body["abstained"], body["answer"]
    assert "2031-2034" in body["answer"] and "2027" not in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "varland-women-harbours-ships.md", body["citations"]


def test_only_words_in_capitals_are_initials():
    from assistant.question import analyse

    assert analyse("Which period does the WHS plan cover?").acronyms() == ["whs"]
    assert analyse("Par quel ministère le plan a-t-il été élaboré ?").acronyms() == []  # ("Par": a capital, no initials)
    assert analyse("WHICH PERIOD DOES THE PLAN COVER?").acronyms() == []


WELLS = """# Norland wells programme

## Testing

The Water and Health Service (WHS) tests every village well twice a year.
"""


@pytest.fixture(scope="module")
def written_elsewhere(tmp_path_factory, embedder):
    files = {"varland-women-harbours-ships.md": SHIPS, "norland-wells.md": WELLS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_initials_another_plan_writes_are_its_acronym(written_elsewhere):
    # "WHS" is also the initials of the Varland title, but the wells programme writes it
    snapshot = written_elsewhere.app.state.service.index.snapshot
    assert "whs" not in snapshot.naming_initials["varland-women-harbours-ships.md"]
    body = ask(written_elsewhere, "What does WHS stand for?")
    assert "Water and Health Service" in body["answer"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"norland-wells.md"}, body["citations"]
