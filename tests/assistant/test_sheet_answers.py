"""Answers from the table shapes of real plans, through the HTTP API, over PDFs generated
here (`tests/support/synth_sheets.py`): a timeline marked by shading, a cost written in a
comments cell, project sheets continued over a page break, a reverse lookup by amount, a
table named by its number, right-aligned amounts; and a compliance matrix (commitments by
department, written here as HTML) read by a row's label and a column's name; a sheet asked
for by the words of its title, which is also its caption; a row asked about by its label
("the bottom line"), answered with its cells; a label that names a row in two tables, read
in the one whose cells write what is asked."""

from __future__ import annotations

import pytest

from tests.conftest import serving
from tests.conftest import ask_http as ask
from tests.support import synth_sheets as S


MATRIX = """<html lang="en"><body><h1>Open data commitments: departmental returns</h1>
<table><caption>Corporate releases by department</caption>
<tr><th>Commitment</th><th>BIS</th><th>CO</th><th>DCLG</th><th>FCO</th><th>HMT</th></tr>
<tr><td>Spend data</td><td>Not Met</td><td>Not Met</td><td>Met</td><td>Met</td><td>Not Met</td></tr>
<tr><td>Contracts Finder</td><td>Met</td><td>Met</td><td>Met</td><td>Not Met</td><td>Met</td></tr>
<tr><td>Organograms</td><td>Met</td><td>Met</td><td>Met</td><td>Met</td><td>Met</td></tr>
</table>
<table><caption>Pilots of the departments</caption>
<tr><th>Pilot</th><th>Lead</th><th>Budget</th><th>Status</th></tr>
<tr><td>Contingency plan</td><td>Cabinet Office</td><td>9 million euros</td><td>Started</td></tr>
<tr><td>Flood maps</td><td>Land Registry</td><td>1 million euros</td><td>Planned</td></tr>
<tr><td>Flood maps of the coast and of the river mouths</td><td>Coastguard</td><td>4 million euros</td><td>Planned</td></tr>
</table>
<h2>Annex: the corporate commitments</h2>
<table><caption>What each commitment asks of departments</caption>
<tr><th>Commitment</th><th>Description</th></tr>
<tr><td>Spend data</td><td>Monthly release of every payment above 40,000 euros with a short note (six weeks behind)</td></tr>
<tr><td>Contracts Finder</td><td>Every tender above 12,000 euros listed on the portal (one month behind)</td></tr>
</table>
<h2>Conclusions</h2>
<p>The returns show steady progress in most departments.</p>
<p>The Cabinet Office has committed to release the data of its ministers one quarter behind.</p>
<h4>Bottom line:</h4>
<p><b>Housing</b>: near services and good public transport.</p>
<p><b>Transport</b>: priority for walking and cycling.</p>
<p><b>Technology</b>: green and smart mobility.</p>
<p>The next returns are due in the spring.</p></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("sheet-plans")
    (folder / "departmental-returns.html").write_text(MATRIX)
    files = [folder / "departmental-returns.html", S.gantt_table(folder / "adaptation-levels.pdf"), S.project_sheets(folder / "project-sheets.pdf"),
             S.right_aligned_costs(folder / "adaptation-costs.pdf"), S.actors_table(folder / "monitoring-actors.pdf")]
    with serving(tmp_path_factory.mktemp("sheet-index"), embedder, files) as c:
        yield c


def test_shaded_periods_answer_a_timeline_question(client):
    body = ask(client, "In level 1 of the implementation, over which periods of the timeline does action 4 run?")
    assert not body["abstained"], body["answer"]
    assert "Short, Medium, Long" in body["answer"]
    cite = body["citations"][0]
    assert cite["document"] == "adaptation-levels.pdf" and cite["ref"] == "4"


def test_a_cost_given_in_the_comments_cell(client):
    body = ask(client, "Who is responsible for building leadership on adaptation, and at what cost?")
    assert not body["abstained"], body["answer"]
    assert "Climate Directorate" in body["answer"] and "2 million euros" in body["answer"]
    assert "gives no" not in body["answer"]


def test_a_field_of_a_sheet_cited_on_the_page_it_is_printed_on(client):
    body = ask(client, "What is the duration of project 2 (update of the national contingency plan)?")
    assert not body["abstained"], body["answer"]
    assert "2016-2019" in body["answer"] and "2016-2020" not in body["answer"]
    cite = body["citations"][0]
    assert cite["document"] == "project-sheets.pdf" and cite["ref"] == "Project 2" and cite["page"] == 2


def test_which_project_has_a_budget(client):
    body = ask(client, "Which project has a budget of 3 million euros?")
    assert not body["abstained"], body["answer"]
    assert "Project 3" in body["answer"] and "Map land use" in body["answer"]
    assert "Project 2" not in body["answer"]


def test_a_table_named_by_its_number(client):
    body = ask(client, "According to table 27, which actor validates the plan?")
    assert not body["abstained"], body["answer"]
    assert "National Climate Change Committee" in body["answer"]
    assert "Directorate for Environment" not in body["answer"]


def test_a_right_aligned_amount(client):
    body = ask(client, "What is the estimated cost of the adaptation measures for the coastline sector?")
    assert not body["abstained"], body["answer"]
    assert "757" in body["answer"] and body["citations"][0]["document"] == "adaptation-costs.pdf"


def test_a_cell_of_a_matrix_by_row_label_and_column_name(client):
    body = ask(client, "Did the FCO meet its Contracts Finder commitment?")
    assert not body["abstained"], body["answer"]
    assert "Not Met" in body["answer"] and "FCO" in body["answer"]
    assert body["citations"][0]["quote"] == "Not Met" and body["citations"][0]["document"] == "departmental-returns.html"


def test_the_columns_of_a_matrix_row_holding_a_value(client):
    body = ask(client, "Which departments had not met the spend data commitment?")
    assert not body["abstained"], body["answer"]
    for name in ("BIS", "CO", "HMT"):
        assert name in body["answer"]
    assert "DCLG" not in body["answer"] and "FCO" not in body["answer"]
    assert len(body["citations"]) == 3 and {c["quote"] for c in body["citations"]} == {"Not Met"}


def test_a_named_column_and_an_asked_role_together(client):
    body = ask(client, "What are the comments / indicators of action 3 in level 1 of the implementation, "
                       "and who is responsible for it?")
    assert not body["abstained"], body["answer"]
    assert "Policies revised" in body["answer"] and "All sector ministries" in body["answer"]


def test_a_sheet_asked_for_by_its_title_words(client):
    # the sheet's caption is its title: its words name this sheet
    body = ask(client, "What budget does the project to update the national contingency plan have?")
    assert not body["abstained"], body["answer"]
    assert "2 million euros" in body["answer"] and "9 million" not in body["answer"], body["answer"]


def test_the_longest_label_the_question_writes_names_the_row(client):
    body = ask(client, "What budget does the pilot of flood maps of the coast and of the river mouths have?")
    assert "4 million euros" in body["answer"] and "1 million" not in body["answer"], body["answer"]


def test_a_row_asked_about_by_its_label_gives_its_cells(client):
    body = ask(client, "What is, in short, the bottom line of the departmental returns?")
    assert not body["abstained"], body["answer"]
    for cell in ("near services and good public transport", "priority for walking and cycling", "green and smart mobility"):
        assert cell in body["answer"], body["answer"]


def test_a_label_in_two_tables_read_where_its_cells_say_what_is_asked(client):
    body = ask(client, "What does the spend data commitment require departments to release, and how far behind?")
    assert not body["abstained"], body["answer"]
    assert "40,000 euros" in body["answer"] and "six weeks behind" in body["answer"]
    assert "Cabinet Office" not in body["answer"]  # a sentence on another commitment's delay
    assert len(body["citations"]) == 1 and "six weeks behind" in body["citations"][0]["quote"]
    # the matrix row stays the one read for a department's status
    body = ask(client, "Which departments have not met their spend data commitment?")
    assert "BIS" in body["answer"] and "HMT" in body["answer"]
