"""An overview of a plan whose first passage opens under no heading (a Word report whose
title is a plain line of its text, the rest a table of actions) gives the first sentence
of that passage that is more than a line of its cover ("Ongoing actions and those arising
from …", not the date line); and "what does the <name> report of <date> cover?" asks for
that overview. Through the HTTP API over a Word file made here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving

docx = pytest.importorskip("docx")


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    d = docx.Document()
    d.add_paragraph("Paper (2) 14032031")
    d.add_paragraph("HARBOUR DATA PANEL – ACTIONS REPORT")
    d.add_paragraph("14 MARCH 2031")
    d.add_paragraph("Ongoing actions and those arising from the panel meeting on 2nd February 2031.")
    table = d.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Action", "Start", "Finish & status", "Lead"]):
        cell.text = text
    rows = [["A: Ferry timetable data paper", "02/01/31", "Spring 2031 ONGOING", "Mira Olsen"],
            ["B: Berth charges paper", "November 2030", "Summer 2031 ONGOING", "Secretariat"]]
    for r, values in enumerate(rows, start=1):
        for cell, text in zip(table.rows[r].cells, values):
            cell.text = text
    d.save(folder / "harbour-data-panel-actions-2031-03.docx")
    (folder / "norland-energy.md").write_text(UNRELATED_PLAN, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("index"), embedder,
                 [folder / "harbour-data-panel-actions-2031-03.docx", folder / "norland-energy.md"]) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What does the Harbour Data Panel report of March 2031 cover?",
    "What is the Harbour Data Panel actions report about?",
])
def test_the_first_sentence_past_the_cover_lines(client, question):
    r = client.post("/v1/ask", json={"question": question})
    body = r.json()
    assert not body["abstained"], body["answer"]
    assert "Ongoing actions and those arising from the panel meeting" in body["answer"], body["answer"]
    assert all(c["document"].endswith(".docx") for c in body["citations"]), body["citations"]
