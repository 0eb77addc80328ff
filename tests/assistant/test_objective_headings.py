"""The lines of one numbered part of a plan, asked by its number ("which lines does
objective 2 cover?"): the answer opens with the part's heading as the plan prints it, and gives each line
with its own short title where the plan gives one. Lines spread over several parts open with
no heading. Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria harbour safety plan 2031-2034

## OBJECTIVE 1. Safer quays

| N° | Goal | Lines of action | Departments |
|---|---|---|---|
| 1 | Light the quays. | Light every quay of the northern harbour by 2032. | Harbour Office |
| 2 | Train the wardens. | Train every quay warden in first aid and rescue at sea. | Interior |

## OBJECTIVE 2. Follow-up and reporting to the harbour council

| N° | Goal | Lines of action | Departments |
|---|---|---|---|
| 3 | Inform the council. | Send the harbour council a yearly report on each line of the plan. | Harbour Office |
| 4 | Hear the crews. | Meet the crews' unions twice a year on what the plan achieves. | Labour |
| 5 | Inform the region. | Answer the region's questions on the quays within a month. | Harbour Office |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-harbour-safety-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_part_heading_opens_its_lines(client):
    body = ask(client, "Which lines of action does objective 2 of the Kestria harbour safety plan cover?")
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith("OBJECTIVE 2. Follow-up and reporting to the harbour council"), body["answer"]
    for ref in ("3", "4", "5"):
        assert f" {ref} [" in body["answer"], body["answer"]
    assert "Hear the crews" in body["answer"], body["answer"]


def test_lines_of_several_parts_open_with_no_heading(client):
    body = ask(client, "Which lines of action does the Kestria harbour safety plan give the Harbour Office?")
    assert not body["answer"].startswith("OBJECTIVE"), body["answer"]
