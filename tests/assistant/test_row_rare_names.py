"""A row found by the meaning of a question in its language writes one of the names the
question writes that the plans write in a few passages only: "when does the Harbour White
Paper come out?" is not answered by the start date of a row about another paper."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Harbour Data Panel: actions, July 2031

## Actions

| Ref | Action | Start | Notes |
|---|---|---|---|
| A | Harbour data portal: publish the berth data monthly | 01/02/31 | The portal went live in March. |
| B | Benefits of Openness Paper: draft the paper on the value of published data | November 2030 | The draft paper is with the Panel. |
| C | Quay address file: open up the address file of the quays | 02/03/31 | Harbour White Paper to be published on Thursday 28th June. The Panel will discuss a cost paper in July. |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-data-panel-actions.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_row_that_writes_none_of_the_rare_names_asked_is_not_the_answer(client):
    body = ask(client, "In the Norland Harbour Data Panel actions of July 2031, the Harbour White Paper was due to "
                       "be released on what date?")
    assert "November 2030" not in body["answer"], body["answer"]
    assert "28th June" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "D'après les actions de juillet 2031 du Norland Harbour Data Panel, à quelle date le Harbour White Paper "
    "serait-il publié ?",
    "Wanneer zou de Harbour White Paper verschijnen, volgens de acties van juli 2031 van het Norland Harbour Data Panel?",
])
def test_asked_in_another_language_the_rare_names_are_those_the_rows_plan_writes(client, question):
    # the paper's name is kept as the plan writes it: the row must write it outside its notes,
    # and the start of the row whose notes mention it (or of another paper's row) is no answer
    body = ask(client, question)
    assert "02/03/31" not in body["answer"] and "November 2030" not in body["answer"], body["answer"]
    assert "28th June" in body["answer"], body["answer"]
