"""A question in three parts about one row of a measures table ("who must carry it out, how
much money goes to it, and by what year?") is answered from that row's cells: "how much
money" asks for the budget, "by what year" for the due date. Through the HTTP API, over a
plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland programme of adaptation measures 2031-2035

## Chapter 4. List of measures

| No | Measure | Indicative outcome | Performer | Co-performer | Due date | Financial assessment (thousand NOK) |
|---|---|---|---|---|---|---|
| 4.1 | Drafting of a government decree on the flood risk management plan for the estuary towns | Flood risks are managed in the estuary towns | Ministry of Water and Harbours | Ministry of Environment | 2032, 2nd trimester | 30,000 |
| 4.2 | Development of a heat risk and adaptation plan for rail infrastructure | Rail lines are protected from heat | Ministry of Transport and Roads | Rail Agency | 2034, 4th trimester | 75,000 |
| 4.3 | Training of harbour staff in storm warnings | Harbour staff know the warnings | Harbour Board | Weather Office | 2031, 3rd trimester | 5,000 |

## Chapter 5. Monitoring

The Ministry of Environment reports on the measures every year to the government.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-adaptation-measures.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Who must carry out the heat risk plan for rail infrastructure, how much money goes to it, and by what year?",
    "The programme lists a heat risk and adaptation plan for rail infrastructure. "
    "Who must carry it out, how much money goes to it, and by what year?",
])
def test_lead_money_and_year_of_one_row(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert [c["quote"] for c in body["citations"]] == ["Ministry of Transport and Roads", "75,000", "2034, 4th trimester"]
    assert all(c["ref"] == "4.2" for c in body["citations"])
