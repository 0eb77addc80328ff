"""A question about one line of a goal, asked by the goal ("under goal 3, which fund does
the plan finance?"), is answered by the one line of that goal that writes the question's
own words (the fund), not by the list of all the goal's lines; "what are the lines of goal
3?" still lists them. Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland harbour justice plan 2031-2034

## Goal 3: Better access of women to the harbour courts

| Line | Action | Lead |
|---|---|---|
| 3.a | Finance the Harbour Court's relief fund for victims of flooding. | Justice |
| 3.b | Support initiatives that help women bring cases before the harbour courts. | Equality |
| 3.c | Call on all coastal states to ratify the Tide Statute. | Foreign Affairs |

## Goal 4: Safer quays

| Line | Action | Lead |
|---|---|---|
| 4.a | Light every quay of the northern harbour. | Harbour Office |
| 4.b | Train the quay wardens in first aid. | Interior |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-justice-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, line, text", [
    ("In goal 3 of the Norland harbour justice plan, which fund will Norland pay into?", "3.a", "relief fund"),
    ("Which statute does goal 3 of the harbour justice plan ask coastal states to ratify?", "3.c", "Tide Statute"),
])
def test_the_one_line_of_the_goal_the_question_asks_about(client, question, line, text):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert text in body["answer"], body["answer"]
    assert [c["ref"] for c in body["citations"]] == [line], body["citations"]


def test_the_lines_of_a_goal_are_still_listed(client):
    body = ask(client, "What are the lines of action of goal 3 of the harbour justice plan?")
    for ref in ("3.a", "3.b", "3.c"):
        assert ref in body["answer"], body["answer"]
