""""Who supports line 2?", "qui appuie l'action 2 ?", "wie ondersteunt actie 2?" ask for the
row's partners (its "Supporting organisations" cell), not for the body that leads it, as "who
funds it?" asks for its funding; "who leads line 2, and who backs it?" asks for both. A
question naming a row asks about that row, not about the plan: "who supports commitment 2?"
is not answered by a sentence on the support the plan itself was made with. Through the
HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from assistant.answering.asked import asked_roles
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland open harbour plan 2031

## Foreword

This plan was drawn up with the support of the Harbour Council of the northern provinces.

## Commitments

| Commitment | Action | Lead department | Supporting organisations |
|---|---|---|---|
| 1 | Publish the tide tables as open data. | Harbour Office | Open Tides Network, Coastal Data Group |
| 2 | Open the register of moorings to the public. | Ministry of Ports | Mooring Watch, Harbour Users Forum |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbour-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, roles", [
    ("Who supports commitment 2?", ["partners"]),
    ("Qui appuie l'engagement 2 ?", ["partners"]),
    ("Wie ondersteunt verbintenis 2?", ["partners"]),
    ("Who leads commitment 2 and who backs it?", ["lead", "partners"]),
    ("Which ministry supports commitment 2?", ["lead"]),
    ("Who funds commitment 2?", ["funding"]),
])
def test_who_supports_asks_for_the_partners(question, roles):
    assert asked_roles(question) == roles


def test_the_supporters_of_a_row_not_of_the_plan(client):
    body = ask(client, "Who supports commitment 2 of the Norland open harbour plan?")
    assert not body["abstained"], body["answer"]
    assert "Mooring Watch" in body["answer"], body["answer"]
    assert "Harbour Council" not in body["answer"], body["answer"]


def test_the_lead_and_the_backers(client):
    body = ask(client, "Who leads commitment 1 and who backs it?")
    assert "Harbour Office" in body["answer"] and "Open Tides Network" in body["answer"], body["answer"]
