"""A page of contents read as a table ("6.1 Budget in balance" over "44") holds no facts:
its rows are not rows of the registry, and a question about a section's subject is
answered by the section, not by the page number under its title. Through the HTTP API."""

from __future__ import annotations

import pytest

from plans.contents import is_contents_row
from plans.records import Commitment, RowField, Source
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """<html><head><title>Norland harbour agreement 2031-2036</title></head><body>
<h1>Norland harbour agreement 2031-2036</h1>
<table>
<tr><td>5 — Actions 41</td><td>6 — Responsible services 44</td><td>6.1 Budget in balance 44</td>
<td>6.2 Port dues 46</td><td>6.3 Timetable of works 47</td></tr>
<tr><td>7 — Safety at sea 48</td><td>50</td><td>51</td><td>53</td><td>55</td></tr>
</table>
<h2>6.2 Port dues</h2>
<p>From 1 January 2032 we lower the port dues for inland barges from 4% to 3% of the cargo value.</p>
<p>The dues for sea vessels stay as they are.</p>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-agreement.html": PLAN}) as c:
        yield c


def _row(action: str, cells: list[tuple[str, str]]) -> Commitment:
    return Commitment(document="d", title="t", section=None, ref="", action=action, start=0, end=1, quote=action,
                      fields=[RowField(header=h, text=t, source=Source(start=0, end=len(t), text=t)) for h, t in cells])


def test_a_row_of_page_numbers_under_titles_is_contents():
    assert is_contents_row(_row("7 — Safety at sea 48", [("6.1 Budget in balance", "50"), ("6.2 Port dues", "51")]))


@pytest.mark.parametrize("action, cells", [
    ("Downloads", [("Q1", "5"), ("Q2", "8")]),  # counts in order, but the label is no title with its page
    ("Berths 12", [("North quay", "40"), ("South quay", "31")]),  # not in page order
    ("Trips 2031", [("Ferries", "1200"), ("Barges", "seven")]),  # a cell that is no page number
])
def test_rows_of_figures_are_not_contents(action, cells):
    assert not is_contents_row(_row(action, cells))


def test_contents_rows_are_not_in_the_registry(client):
    rows = client.get("/v1/commitments").json()["items"]
    assert not any("Safety at sea" in r["action"] for r in rows), rows


def test_a_section_subject_is_answered_by_its_text(client):
    body = ask(client, "By how much will the port dues for inland barges drop, from which rate to which?")
    assert not body["abstained"], body["answer"]
    assert "4%" in body["answer"] and "3%" in body["answer"], body["answer"]


def test_an_index_written_before_reads_its_contents_rows_as_text():
    from plans.index.snapshot import StoredChunk

    row = _row("7 — Safety at sea 48", [("6.1 Budget in balance", "50"), ("6.2 Port dues", "51")])
    meta = {"doc_id": "d", "kind": "row", "text": row.action, "commitment": row.model_dump_json()}
    chunk = StoredChunk.from_metadata("c1", row.action, meta)
    assert chunk.kind == "passage" and chunk.commitment is None
