"""The PDF reader: prose, action-plan tables row by row, pages, metadata and refusals.

Synthetic plans (tests/support/synth_pdf.py) are rendered in many layouts and must come
back row for row; the sample plan (a real action-plan layout) is checked against the
hand-checked gold rows in tests/gold/wps_nap_rows.json.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from ingest.readers.pdf import read_pdf
from plans.errors import ReadError
from plans.text import collapse_ws, normalize
from tests.support import synth_pdf
from tests.support.synth_pdf import VARIANTS, render_plan, replace, variant
from tests.support.synthetic_plan import (
    ROWS, SECTION_A, SynthRow, expected_coordinators, expected_departments,
)

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO / "tests" / "gold" / "wps_nap_rows.json"
FIXTURE_NAME = "wps-nap-1325-2013-2016.pdf"


def _fixture_path() -> Path | None:
    candidates = [
        Path(os.environ["PLANS_FIXTURES"]) / FIXTURE_NAME if os.environ.get("PLANS_FIXTURES") else None,
        REPO / "tests" / "fixtures" / FIXTURE_NAME,
        REPO / "data" / "fixtures" / FIXTURE_NAME,
        Path("/work/shared/fixtures") / FIXTURE_NAME,
    ]
    return next((p for p in candidates if p is not None and p.exists()), None)


def _rows(doc):
    return [r for tb in doc.tables for r in tb.rows]


def _cells(row):
    return [c for c in (row.goal, row.action, *row.monitoring, *row.departments) if c is not None]


# ---- synthetic plans, many layouts ------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = {}
    base = tmp_path_factory.mktemp("synth")
    for v in VARIANTS:
        r = render_plan(base / f"{v.name}.pdf", v)
        out[v.name] = (r, read_pdf(r.path))
    return out


@pytest.mark.parametrize("name", [v.name for v in VARIANTS])
def test_variant_comes_back_row_for_row(rendered, name):
    r, doc = rendered[name]
    got = _rows(doc)
    assert [g.ref for g in got] == [x.ref for x in ROWS]
    for g, x in zip(got, ROWS):
        assert g.goal_ref == x.goal_ref
        assert g.goal is not None and g.goal.text == x.goal, x.ref
        assert g.action is not None and g.action.text == x.action, x.ref
        assert " ".join(c.text for c in g.monitoring) == " ".join(x.monitoring), x.ref
        assert [c.text for c in g.departments] == expected_departments(x), x.ref
        assert g.coordinators == expected_coordinators(x), x.ref
        assert g.objective == x.section, x.ref
        assert g.page == r.pages[x.ref], x.ref


@pytest.mark.parametrize("name", [v.name for v in VARIANTS])
def test_variant_tables_break_over_a_page(rendered, name):
    r, doc = rendered[name]
    pages = {g.page for g in _rows(doc)}
    assert pages >= {1, 2} or (r.variant.split_in_row and max(r.last_pages.values()) > min(r.pages.values()))
    assert len(doc.pages) == r.page_count


@pytest.mark.parametrize("name", [v.name for v in VARIANTS])
def test_variant_spans_are_verbatim_and_on_the_row_page(rendered, name):
    _, doc = rendered[name]
    for row in _rows(doc):
        for c in _cells(row):
            assert collapse_ws(doc.text[c.start:c.end]) == c.text
        # a row's own cells (not a goal shared with the rows of its group) lie in its table
        # block, on the page where the row starts
        block = next(tb for tb in doc.tables if row in tb.rows)
        for c in [row.action, *row.monitoring, *row.departments]:
            assert block.start <= c.start < c.end <= block.end
            assert doc.page_at(c.start) == row.page, (row.ref, c.text)


@pytest.mark.parametrize("name", [v.name for v in VARIANTS])
def test_variant_text_is_row_by_row_with_prose_around(rendered, name):
    _, doc = rendered[name]
    lines = doc.text.split("\n")
    for x in ROWS:
        assert x.action in lines  # a whole cell on a line of its own, not interleaved
    for d in ("Interior-Civil Protection", "Meteorological Institute", "Red Cross liaison office"):
        assert any(d in line for line in lines)  # a department wrapped in its cell is rejoined
    assert "\n\n".join(synth_pdf.CLOSING_LIST) in doc.text  # list after the table is prose
    assert collapse_ws(synth_pdf.CLOSING) in collapse_ws(doc.text)
    for tb in doc.tables:
        assert not any(item in doc.text[tb.start:tb.end] for item in synth_pdf.CLOSING_LIST)
    heading = doc.text.index(SECTION_A)
    assert heading < doc.tables[0].start
    assert doc.text[doc.tables[0].start:].startswith(("No.\n", "#\n"))
    table_blocks = [(b.start, b.end) for b in doc.blocks if b.kind == "table"]
    assert table_blocks == [(tb.start, tb.end) for tb in doc.tables]


LONG_HEADERS = ("No.", "Strategic objective of the plan", "Measure to be taken",
                "Indicator of progress and results", "Responsible body")


@pytest.mark.parametrize("name", [v.name for v in VARIANTS])
def test_wrapped_centred_header_labels(tmp_path, name):
    """Labels over two lines, centred (single-line labels sit between the two lines)."""
    r = render_plan(tmp_path / "plan.pdf", replace(variant(name), headers=LONG_HEADERS, header_align="CENTER"))
    doc = read_pdf(r.path)
    got = _rows(doc)
    assert doc.tables[0].header[:5] == list(LONG_HEADERS)
    assert [g.ref for g in got] == [x.ref for x in ROWS]
    for g, x in zip(got, ROWS):
        assert (g.goal.text, g.action.text, g.page, g.objective) == (x.goal, x.action, r.pages[x.ref], x.section)
        assert [c.text for c in g.departments] == expected_departments(x)
    assert SECTION_A in doc.text and ROWS[-1].section in doc.text


def test_variant_pages_cover_the_text(rendered):
    _, doc = rendered["portrait-grid-helvetica"]
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert doc.text[doc.pages[0].end:doc.pages[1].start] == "\n\n"
    assert doc.text[doc.pages[1].start:].startswith("No.\nObjective\nMeasure\nIndicator\nResponsible\n\n")


def test_split_row_is_one_row_on_its_first_page(rendered):
    r, doc = rendered["split-rows"]
    split = [ref for ref in r.pages if r.pages[ref] != r.last_pages[ref]]
    assert split, "the variant must split a row over a page break"
    rows = {g.ref: g for g in _rows(doc)}
    for ref in split:
        x = next(x for x in ROWS if x.ref == ref)
        assert [c.text for c in rows[ref].departments] == expected_departments(x)
        assert rows[ref].page == r.pages[ref]
    assert len(_rows(doc)) == len(ROWS)


def test_titles_and_authors(rendered):
    _, doc = rendered["portrait-grid-helvetica"]
    assert doc.title == synth_pdf.TITLE
    assert doc.author == "Regional Government (synthetic)"
    _, doc = rendered["wide-ids-big-font"]  # no metadata: the first heading
    assert doc.title == synth_pdf.TITLE
    assert doc.author is None


def test_extra_column_is_kept_in_the_text_but_not_in_the_cells(rendered):
    _, doc = rendered["extra-column"]
    assert doc.tables[0].header == ["No.", "Objective", "Measure", "Indicator", "Responsible", "Timeline"]
    row = _rows(doc)[0]
    assert "2026-2027" in doc.text[row.span[0]:row.span[1] + 20]
    assert all("2026-2027" not in c.text for c in _cells(row))


def test_rotated_landscape_page(tmp_path):
    r = render_plan(tmp_path / "landscape.pdf", variant("landscape-grid"))
    rotated = synth_pdf.write_rotated_copy(tmp_path / "rotated.pdf", r.path)
    doc = read_pdf(rotated)
    got = _rows(doc)
    assert [g.ref for g in got] == [x.ref for x in ROWS]
    assert [g.page for g in got] == [r.pages[x.ref] for x in ROWS]
    assert [[c.text for c in g.departments] for g in got] == [expected_departments(x) for x in ROWS]


_G1 = "Make every school a safe shelter during storms."
_G2 = "Train teachers in emergency procedures."
PLAIN_IDS = (
    SynthRow("1", "1", _G1, "Reinforce the roofs of school buildings in the coastal zone.",
             ("Schools reinforced.",), ("Education",), SECTION_A),
    SynthRow("2", "2", _G1, "Stock emergency supplies for three days in every school.",
             ("Schools stocked.",), ("Education", "Health"), SECTION_A),
    SynthRow("3", "3", _G1, "Mark the shelter rooms with signs visible from the street.",
             ("Signs placed.",), ("Education",), SECTION_A),
    SynthRow("4", "4", _G2, "Offer a yearly training day on evacuation.",
             ("Teachers trained.",), ("Education (coordination)", "Interior"), SECTION_A),
)


@pytest.mark.parametrize("name", ["middle-aligned-merged", "portrait-grid-helvetica", "goals-not-merged"])
def test_goal_merged_over_rows_with_plain_ids(tmp_path, name):
    """Ids 1, 2, 3 share a goal cell: the ruling lines (or the blank cells) say so."""
    r = render_plan(tmp_path / "plain.pdf", replace(variant(name), intro_paragraphs=2), rows=PLAIN_IDS)
    got = _rows(read_pdf(r.path))
    assert [g.ref for g in got] == ["1", "2", "3", "4"]
    assert [g.goal.text for g in got] == [_G1, _G1, _G1, _G2]
    assert got[3].coordinators == ["Education"]


# ---- the sample plan ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def nap():
    path = _fixture_path()
    if path is None:
        pytest.skip(f"{FIXTURE_NAME} not found (set PLANS_FIXTURES)")
    t = time.perf_counter()
    doc = read_pdf(path)
    return doc, time.perf_counter() - t


@pytest.fixture(scope="module")
def nap_rows(nap):
    doc, _ = nap
    return {r.ref: r for r in _rows(doc)}


def _expected_refs() -> list[str]:
    refs = []
    for goal in range(1, 38):
        letters = {1: "abc", 2: "abc", 3: "abcd", 4: "abcdef", 5: "abcdef", 6: "abcd", 7: "abc", 8: "ab",
                   10: "abcdefg", 13: "abc", 14: "abc", 16: "abc", 17: "abcde", 18: "abcde", 19: "ab",
                   20: "abcde", 23: "abcd", 24: "abcd", 25: "abcd", 26: "abc", 28: "abcdef", 29: "ab"}.get(goal)
        refs += [f"{goal}.{c}" for c in letters] if letters else [str(goal)]
    return refs


def test_nap_ids_present_once_in_order(nap):
    doc, _ = nap
    refs = [r.ref for r in _rows(doc)]
    assert refs == _expected_refs()
    assert refs[0] == "1.a" and refs[-1] == "37" and len(refs) == len(set(refs)) == 102


def test_nap_spot_checks(nap_rows):
    r = nap_rows["17.b"]
    assert [c.text for c in r.departments] == ["Foreign Affairs", "Development", "Justice"]
    assert [c.text for c in r.monitoring] == ["Interventions carried out."]
    assert r.goal.text.startswith("Combat impunity with regard to violence against women")
    assert r.action.text.startswith("Support initiatives that contribute to the development and application")
    assert r.page == 10 and r.goal_ref == "17"
    assert r.objective.startswith("OBJECTIVE 3. Protection of women and girls")
    goal17 = nap_rows["17.a"].goal
    assert all(nap_rows[f"17.{c}"].goal == goal17 for c in "abcde")
    assert nap_rows["33"].coordinators == ["Equality"]
    assert [c.text for c in nap_rows["33"].departments][0] == "Equality"
    assert nap_rows["34"].coordinators == ["Foreign Affairs"]
    assert [c.text for c in nap_rows["13.a"].departments] == ["Interior-CGRS/Office for Foreigners"]
    assert [c.text for c in nap_rows["20.b"].departments] == ["Interior-Office for Foreigners", "Justice"]
    assert [c.text for c in nap_rows["10.b"].monitoring] == ["Gender database.", "Support provided"]
    assert {ref: nap_rows[ref].page for ref in ("1.a", "3.a", "3.b", "13.c", "14.a", "33", "37")} == {
        "1.a": 4, "3.a": 4, "3.b": 5, "13.c": 8, "14.a": 9, "33": 16, "37": 16}
    assert nap_rows["3.b"].goal == nap_rows["3.a"].goal  # the goal carries over the page break


def test_nap_matches_gold_rows(nap_rows):
    if not GOLD.exists():
        pytest.skip("gold rows not written yet")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    assert [g["ref"] for g in gold] == list(nap_rows)
    mismatches = []
    for g in gold:
        r = nap_rows[g["ref"]]
        got = {
            "goal_ref": r.goal_ref,
            "goal": normalize(r.goal.text if r.goal else ""),
            "action": normalize(r.action.text if r.action else ""),
            "monitoring": normalize(" ".join(c.text for c in r.monitoring)),
            "departments": [normalize(c.text) for c in r.departments],
            "coordinators": [normalize(c) for c in r.coordinators],
            "page": r.page,
            "objective": int(re.match(r"OBJECTIVE (\d+)", r.objective or "").group(1)),
        }
        want = {
            "goal_ref": g["goal_ref"],
            "goal": normalize(g["goal"]),
            "action": normalize(g["action"]),
            "monitoring": normalize(" ".join(g["monitoring"])),
            "departments": [normalize(d) for d in g["departments"]],
            "coordinators": [normalize(d) for d in g["coordinators"]],
            "page": g["page"],
            "objective": int(g["objective"]),
        }
        mismatches += [(g["ref"], k, got[k], want[k]) for k in want if got[k] != want[k]]
    assert mismatches == []


def test_nap_spans_verbatim_and_pages_consistent(nap):
    doc, _ = nap
    assert doc.pages[0].start == 0 and doc.pages[-1].end == len(doc.text)
    assert [p.number for p in doc.pages] == list(range(1, 17))
    for a, b in zip(doc.pages, doc.pages[1:]):
        assert a.end <= b.start
    for row in _rows(doc):
        for c in _cells(row):
            assert collapse_ws(doc.text[c.start:c.end]) == c.text
        assert doc.page_at(row.action.start) == row.page
        if row.goal.start >= doc.tables[0].start:
            assert doc.page_at(row.goal.start) <= row.page


def test_nap_prose(nap):
    doc, _ = nap
    flat = collapse_ws(doc.text)
    sentence = "on 31 October 2000, the UN Security Council adopted by consensus resolution 1325"
    assert sentence in flat
    p1 = doc.pages[0]
    assert sentence in collapse_ws(doc.text[p1.start:p1.end])
    assert doc.text.startswith("WOMEN, PEACE AND SECURITY\n\nBelgian National Action Plan 2013-2016\n\n")
    # paragraphs are separated by blank lines, headings stand alone
    assert "\n\nResolution 1325\n\n" in doc.text
    assert "\n\nOBJECTIVE 1. International normative framework\n\n" in doc.text
    # the tables are not interleaved column-wise into the prose
    lines = doc.text.split("\n")
    assert not any("Ensure that treaties and" in l and "Apply in Belgium" in l for l in lines)
    assert not any(l.startswith("N° GOAL") for l in lines)
    assert "Apply in Belgium the international conventions that protect the rights of women." in lines


def test_nap_tables_blocks_and_metadata(nap):
    doc, elapsed = nap
    assert doc.title == "Women, Peace and Security - Belgian National Action Plan 2013-2016"
    assert doc.author.startswith("Kingdom of Belgium")
    assert doc.tables and all(tb.header[:3] == ["N°", "GOAL", "LINES OF ACTION"] for tb in doc.tables)
    assert [(b.start, b.end) for b in doc.blocks if b.kind == "table"] == [(tb.start, tb.end) for tb in doc.tables]
    first = doc.tables[0]
    assert doc.text[first.start:].startswith("N°\nGOAL\nLINES OF ACTION\nMONITORING INSTRUMENTS\nDEPARTMENTS\n\n1.a\n")
    assert elapsed < 10  # about 0.7 s on two cores; a loose bound against pathologies


# ---- refusals ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def source_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("src") / "plan.pdf"
    render_plan(path, variant("portrait-grid-helvetica"))
    return path


@pytest.mark.parametrize(
    "maker, reason",
    [
        (lambda d, src: synth_pdf.write_empty_file(d / "empty.pdf"), "the file is empty"),
        (lambda d, src: synth_pdf.write_random_bytes(d / "random.pdf"), "not a valid PDF"),
        (lambda d, src: synth_pdf.write_corrupt_pdf(d / "corrupt.pdf", src), "damaged"),
        (lambda d, src: synth_pdf.write_truncated_pdf(d / "truncated.pdf", src), "truncated"),
        (lambda d, src: synth_pdf.write_encrypted_pdf(d / "locked.pdf", src), "the PDF is encrypted; decrypt it first"),
        (lambda d, src: synth_pdf.write_image_only_pdf(d / "scan.pdf"), "a scanned PDF with no text layer"),
        (lambda d, src: d / "missing.pdf", "does not exist"),
    ],
    ids=["empty", "random", "corrupt", "truncated", "encrypted", "scanned", "missing"],
)
def test_unreadable_files_raise_read_error(tmp_path, source_pdf, maker, reason):
    path = maker(tmp_path, source_pdf)
    with pytest.raises(ReadError) as info:
        read_pdf(path)
    message = str(info.value)
    assert message.startswith(path.name + ": ")
    assert reason in message
    assert "\n" not in message and "Traceback" not in message
    assert info.value.reason in message


def test_encrypted_with_empty_password_opens(tmp_path, source_pdf):
    path = synth_pdf.write_encrypted_pdf(tmp_path / "open.pdf", source_pdf, user_password="")
    assert [r.ref for r in _rows(read_pdf(path))] == [x.ref for x in ROWS]
