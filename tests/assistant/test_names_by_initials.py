""""Why was the Norland Harbour Authority late with its data?" of a report that only ever
writes "NHA": a name of several words is written by a plan that writes its initials as one
word ("HM Treasury": "HMT"; "Department for Education": "DfE"), so that plan is not left
out as one about something else. A name whose initials no plan writes still is. Through
the HTTP API and the names' initials, over reports written here."""

from __future__ import annotations

import pytest

from assistant.answering.base import initials
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Report on the open data commitments of the Norland ministries, third quarter 2031

## Late publications

1. The DfT reported that its road safety data were published in January because of a change in its sign-off process.

2. The NHA reported that the publication of its spend and workforce data was delayed by the clearance of its director over the holidays.

3. The MoD reported that its travel data were behind schedule because of errors in some of its records.
"""

OTHER = """# Norland ferry plan

## Crossings

The ferries cross the bay every hour. The ferry company publishes its timetables every spring.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-open-data-report.md": REPORT, "norland-ferry-plan.md": OTHER}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_name_the_report_writes_by_its_initials(client):
    body = ask(client, "Why was the Norland Harbour Authority late publishing its spend and workforce data?")
    assert not body["abstained"], body["answer"]
    assert "clearance of its director" in body["answer"], body["answer"]


def test_a_name_whose_initials_no_plan_writes(client):
    body = ask(client, "Why was the Varland Pilots Guild late publishing its spend and workforce data?")
    assert body["abstained"], body["answer"]


def test_the_initials_of_a_name():
    assert initials("HM Treasury") == {"hmt"}
    assert initials("Department for Education") == {"dfe"}  # ("DE", two letters, is too short to tell)
    assert initials("Ministry of Defence") == {"mod"}
    assert initials("Norland Harbour Authority") == {"nha"}
