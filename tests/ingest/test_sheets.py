"""Table shapes of real plans read into registry rows, from PDFs generated here: a timeline
marked by shading under a title row and a two-level header; project sheets (labelled fields,
a table of measures inside, continued over a page break); right-aligned amounts and actors
beside long responsibilities in tables without lines. Every cell is checked, and every
field's source is a verbatim span of the document text."""

from __future__ import annotations

import pytest

from ingest.commitments import commitments
from ingest.reading import read_document
from plans.text import collapse_ws
from plans.vocabulary.marks import MARK
from tests.support import synth_sheets as S


def _read(tmp_path, maker, name):
    doc = read_document(maker(tmp_path / f"{name}.pdf"))
    return doc, commitments(doc)


def _fields(c) -> dict[str, str]:
    return {f.header: f.text for f in c.fields}


def _check_sources(doc, rows):
    for c in rows:
        for f in c.fields:
            assert doc.text[f.source.start:f.source.end] == f.source.text
        if "action" in c.sources:
            s = c.sources["action"]
            assert doc.text[s.start:s.end] == s.text


def test_shaded_periods_are_the_timeline_of_each_row(tmp_path):
    doc, rows = _read(tmp_path, S.gantt_table, "gantt")
    assert [c.ref for c in rows] == [r[0] for r in S.GANTT_ROWS]
    for c, (ref, action, lead, marked, indicator) in zip(rows, S.GANTT_ROWS):
        assert c.action == action
        assert _fields(c) == {"Responsibility": lead, "Timeline": ", ".join(marked),
                              "Comments / indicators": indicator}
        assert c.field("timeline").text == ", ".join(marked)
        assert c.section == S.GANTT_TITLE  # the title row across the table is its caption, not its header
    # a shaded cell is written as a mark; the timeline's citation quotes the whole row
    assert doc.text.count(MARK) == sum(len(r[3]) for r in S.GANTT_ROWS)
    timeline = rows[3].field("timeline")
    assert "Mobilise technical and financial resources" in timeline.source.text
    _check_sources(doc, rows)


def test_project_sheet_is_one_record_continued_over_the_page_break(tmp_path):
    doc, rows = _read(tmp_path, S.project_sheets, "sheets")
    sheets = {c.ref: c for c in rows if c.ref.startswith("Project")}
    assert set(sheets) == {"Project 2", "Project 3"}
    two = sheets["Project 2"]
    assert two.action == "Update the national contingency plan" and two.section == S.SHEET_TITLE
    assert _fields(two) == {
        "Lead": "Civil Protection Directorate",
        "Justification": "floods and droughts are more frequent every year.",
        "Objective": "Make the country more resilient to disasters",
        "Duration": "4-year project: 2016-2019",  # a bold label over its value, on the next page
        "Budget": "2 million euros",
        "Sources of funding": "see the study of funding options",
    }
    assert two.field("lead").text == "Civil Protection Directorate" and two.field("budget").text == "2 million euros"
    assert two.field("timeline").text == "4-year project: 2016-2019"
    assert doc.page_at(two.field("timeline").source.start) == 2
    three = sheets["Project 3"]
    assert three.page == 2 and _fields(three)["Budget"] == "3 million euros"
    assert _fields(three)["Duration"] == "5-year project: 2016-2020"
    # the measures table inside the sheet: its rows under the sheet's title, the last one on page 2
    measures = [c for c in rows if c.ref in {"8", "9", "10"}]
    assert [(c.ref, c.action, c.values("lead")[0] if c.values("lead") else "") for c in measures] == \
        [(a, b, c) for a, b, c in S.SHEET_MEASURES]
    assert all(c.section == S.SHEET_TITLE for c in measures)
    assert [c.page for c in measures] == [1, 1, 2]
    # the continued part is indexed as rows only, not a second time as prose
    prose = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any("2 million euros" in p or "Draw up emergency plans" in p for p in prose)
    _check_sources(doc, rows)


def test_right_aligned_amounts_are_a_column_not_ids(tmp_path):
    doc, rows = _read(tmp_path, S.right_aligned_costs, "costs")
    got = [(c.action, c.field("budget").text, c.ref) for c in rows]
    assert got == [(sector, cost, "") for sector, cost in S.COSTS]
    assert all(c.section == "Table 22. Estimated cost of the adaptation measures by sector" for c in rows)
    _check_sources(doc, rows)


def test_actors_beside_long_responsibilities_are_rows(tmp_path):
    doc, rows = _read(tmp_path, S.actors_table, "actors")
    assert len(rows) == len(S.ACTORS)
    for c, (actor, duty) in zip(rows, S.ACTORS):
        assert _fields(c)["Actors"] == actor
        assert collapse_ws(_fields(c)["Responsibilities"]) == duty
        assert c.section.startswith("Table 27.")
    _check_sources(doc, rows)


@pytest.mark.parametrize("text", ["Each actor reports once a year.", "The costs are estimates at 2022 prices."])
def test_prose_after_an_unruled_table_stays_prose(tmp_path, text):
    maker = S.actors_table if "actor" in text else S.right_aligned_costs
    doc, rows = _read(tmp_path, maker, "prose")
    assert text in doc.text.split("\n")
    assert all(text not in f.text for c in rows for f in c.fields)
