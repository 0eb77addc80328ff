"""Two ways of reading a plan's words as they are written:

- a run of a title's words that no other title writes, capitalised in the question ("the
  Digital Government Strategy report"), names that plan, though every plan writes each of
  its words; the same words in lower case ("digital government") name no plan;
- a sentence cut to the clauses that hold the fact keeps a list of figures whole: "in 2019,
  2023 and 2029" is one list, not clauses at its commas.

Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Digital Government Strategy Report for the Norland Space Agency

## Open data

The agency will publish its data inventory by June 2031.

## Services

The agency moves its grant forms online.
"""

PLAN = """# Open Government Action Plan of Varland

## Digital government

The government of Varland adopted a digital strategy for government services in 2029.

## Open data

The government will publish its data inventory by March 2032, as the digital strategy of the government foresees.

## Harbour reports

As a coastal state, Varland has submitted three harbour reports - in 2019, 2023 and 2029 - that periodically provide the maritime authorities with information on the state of the quays, the dredging of the channels, the safety of the piers and the traffic of the ferries in the ports of Varland, and particularly on the harbour dues, the berths let to fishing fleets, the cranes and sheds of the container terminals, and the plans of the port towns to raise their sea walls before the storms of the coming decades.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-digital-strategy-report.md": REPORT, "varland-open-government-plan.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_capitalised_title_run_names_its_plan(client):
    snapshot = client.app.state.service.index.snapshot
    named = analyse("By when will the data inventory be published under the Digital Government Strategy?")
    assert snapshot.named_by(named.stems(), named.written(), named.capitalised()) == {"norland-digital-strategy-report.md"}
    lower = analyse("By when will the data inventory be published under the digital government strategy?")
    assert snapshot.named_by(lower.stems(), lower.written(), lower.capitalised()) == set()


def test_the_named_plan_answers(client):
    body = ask(client, "By when will the data inventory be published, according to the Digital Government Strategy report?")
    assert not body["abstained"], body["answer"]
    assert "June 2031" in body["answer"], body["answer"]


def test_a_list_of_years_is_not_cut_at_its_commas(client):
    body = ask(client, "How many harbour reports has Varland submitted, and in which years?")
    assert not body["abstained"], body["answer"]
    assert all(year in body["answer"] for year in ("2019", "2023", "2029")), body["answer"]
