"""Answers from header-keyed table rows, through the HTTP API: a field of a row named by its
id or found by its meaning, several fields at once, reverse lookups, a row without the asked
field and an id no row has. Over the real DOCX and HTML plans and an HTML plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, serving
from tests.conftest import ask_http as ask

REAL = ROOT / "data" / "real-plans"
PLAN = """<html lang="en"><body><h1>Riverside mobility plan</h1>
<table><caption>Table 2: Actions and responsibilities</caption>
<tr><th>Milestone</th><th>Action</th><th>Responsible party</th><th>Target date</th><th>Priority</th></tr>
<tr><td>2.3</td><td>Launch a public bike-sharing scheme with 40 docking stations</td><td>Transport Agency</td>
<td>June 2026</td><td>High</td></tr>
<tr><td>2.4</td><td>Redesign dangerous school crossings</td><td>Ministry of Environment</td><td>2027</td><td>High</td></tr>
<tr><td>2.5</td><td>Publish open data on air quality sensors</td><td>Ministry of Environment</td><td></td><td>Low</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("row-plans")
    (folder / "riverside-mobility-plan.html").write_text(PLAN)
    files = [folder / "riverside-mobility-plan.html", REAL / "gb-en-local-public-data-panel-actions-2012-07.docx",
             REAL / "us-en-nasa-digital-strategy-report-2015.html"]
    with serving(tmp_path_factory.mktemp("row-index"), embedder, files) as c:
        yield c


def test_who_is_responsible_for_a_milestone_by_its_id(client):
    body = ask(client, "Who is responsible for milestone 2.3?")
    assert not body["abstained"] and "Transport Agency" in body["answer"] and "Ministry" not in body["answer"]
    cite = body["citations"][0]
    assert cite["ref"] == "2.3" and cite["quote"] == "Transport Agency"
    assert cite["section"].startswith("Table 2")


def test_two_fields_of_a_row_found_by_its_meaning(client):
    body = ask(client, "What timeline and lead agency does the plan give the bike-sharing scheme?")
    assert not body["abstained"], body["answer"]
    assert "June 2026" in body["answer"] and "Transport Agency" in body["answer"]
    assert {c["quote"] for c in body["citations"]} >= {"June 2026", "Transport Agency"}
    assert all(c["ref"] == "2.3" for c in body["citations"])


def test_a_row_without_the_asked_field_says_so(client):
    body = ask(client, "What is the target date of milestone 2.5?")
    assert "2027" not in body["answer"] and "June 2026" not in body["answer"]
    assert body["abstained"] or "no date" in body["answer"]


def test_a_row_without_the_asked_field_says_so_in_the_questions_language(client):
    body = ask(client, "Quelle est la date cible du jalon 2.5 ?")
    said = "date ou calendrier"
    assert "2027" not in body["answer"] and "June 2026" not in body["answer"]
    assert said in body["answer"] and " or " not in body["answer"], body["answer"]


def test_an_id_no_row_has_is_declined(client):
    body = ask(client, "Who is responsible for milestone 9.9?")
    assert body["abstained"] and body["citations"] == []


def test_reverse_lookups_list_each_row_cited(client):
    body = ask(client, "Which actions does the Ministry of Environment lead?")
    assert not body["abstained"]
    assert [c["ref"] for c in body["citations"]] == ["2.4", "2.5"]
    body = ask(client, "Which actions are high priority?")
    assert {c["ref"] for c in body["citations"]} == {"2.3", "2.4"}
    body = ask(client, "Which milestone of NASA's Digital Government Strategy report is still in progress rather than completed?")
    assert [c["ref"] for c in body["citations"]] == ["1.2"] and body["citations"][0]["quote"] == "in-progress"


def test_word_tracker_owner_status_and_reason(client):
    body = ask(client, "Who is the task owner of sub-task Ci, and what is its status?")
    assert "Gesche Schmid" in body["answer"] and "COMPLETED" in body["answer"]
    body = ask(client, "What is the status of action 4 in the actions report, and why?")
    assert "CANCELLED" in body["answer"] and "rejected" in body["answer"]
    assert {c["ref"] for c in body["citations"] if c["document"].endswith(".docx")} == {"4"}


def test_registry_lists_general_columns(client):
    items = client.get("/v1/commitments", params={"role": "lead", "value": "Janet Hughes"}).json()["items"]
    assert [c["ref"] for c in items] == ["B", "Bii", "E"]
    csv = client.get("/v1/commitments", params={"document": "riverside-mobility-plan", "format": "csv"}).text
    header, first = csv.splitlines()[:2]
    assert "priority" in header.split(",") and "High" in first and "Transport Agency" in first
