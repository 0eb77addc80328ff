"""Tables of PDFs come back as Grids, cell by cell: ruled grids over several pages (header
repeated or not), landscape and rotated pages, a full-width theme row, a cell merged over
two rows, wrapped, hyphenated and bulleted cells, wrapped header labels, unruled columns,
key/value sheets, a table with no outer border (or no lines) under a wrapped header label,
and the sample plan's action table."""

from __future__ import annotations

import pytest

from ingest.readers.pdf import read_pdf
from plans.text import collapse_ws
from tests.support import synth_layouts as S
from tests.support.synth_pdf import write_rotated_copy


def _texts(row):
    return [c.text if c is not None else "" for c in row]


def _check_verbatim_once(doc, grid):
    """Every cell is a verbatim span of the text, and distinct cells never overlap."""
    cells = {id(c): c for row in grid.rows for c in row if c is not None}.values()
    for c in cells:
        assert collapse_ws(doc.text[c.start:c.end]) == c.text
    spans = sorted((c.start, c.end) for c in cells)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        assert b <= c


def _measures(tmp_path, **kw):
    made = S.measures_table(tmp_path / "measures.pdf", **kw)
    return made, made.path


@pytest.mark.parametrize("kw", [dict(), dict(repeat_header=False), dict(landscape_pages=True), dict(long_header=True)],
                         ids=["repeated-header", "header-once", "landscape", "wrapped-header-labels"])
def test_ruled_table_over_pages_cell_by_cell(tmp_path, kw):
    made, path = _measures(tmp_path, **kw)
    doc = read_pdf(path)
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert _texts(grid.rows[0]) == list(made.header)  # one header row, labels joined
    assert grid.header_rows == 1
    theme = grid.rows[1]
    assert theme[0].text == S.THEME and all(c is theme[0] for c in theme)  # full width: one cell
    assert [tuple(_texts(r)) for r in grid.rows[2:]] == made.rows
    assert len(grid.pages) == len(grid.rows) and grid.pages == sorted(grid.pages) and grid.pages[-1] > 1
    assert grid.caption == "Table 4. Measures by basin"
    _check_verbatim_once(doc, grid)


def test_merged_cell_fills_its_slots_by_identity(tmp_path):
    _, path = _measures(tmp_path)
    grid = read_pdf(path).grids[0]
    rows = {r[0].text: r for r in grid.rows[2:]}
    assert rows["3"][2] is rows["4"][2] and rows["3"][2].text == "Water Board"
    assert rows["2"][2] is not rows["3"][2]


def test_cells_written_row_by_row_one_cell_per_line(tmp_path):
    _, path = _measures(tmp_path)
    doc = read_pdf(path)
    grid = doc.grids[0]
    row5 = next(r for r in grid.rows if r[0] is not None and r[0].text == "5")
    assert doc.text[row5[3].start:row5[3].end] == "• farmers' unions\n• nature trusts"  # an item per line
    row2 = next(r for r in grid.rows if r[0] is not None and r[0].text == "2")
    assert doc.text[row2[2].start:row2[2].end] == "Ministry of Environment"  # "Environ-" / "ment" rejoined
    block = doc.text[row2[0].start:row2[4].end].split("\n")
    assert block == ["2", S._measure(2), "Ministry of Environment", "Municipalities", "2028"]
    assert "The measures will be reviewed in 2028." in doc.text.split("\n")


def test_rotated_landscape_pages(tmp_path):
    made, path = _measures(tmp_path, landscape_pages=True)
    rotated = write_rotated_copy(tmp_path / "rotated.pdf", path)
    doc = read_pdf(rotated)
    assert len(doc.grids) == 1
    assert [tuple(_texts(r)) for r in doc.grids[0].rows[2:]] == made.rows


def test_unruled_columns(tmp_path):
    doc = read_pdf(S.unruled_columns(tmp_path / "columns.pdf"))
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert [tuple(_texts(r)) for r in grid.rows] == [S.COLUMNS_HEADER, *S.COLUMNS_ROWS]
    assert grid.header_rows == 1
    _check_verbatim_once(doc, grid)
    assert doc.text.startswith("Rainfall differs a great deal from one region of the country to the next.\n\n")
    assert doc.text.endswith("\n\nThe figures are averages over the period 1991-2020.")


def test_key_value_sheets(tmp_path):
    doc = read_pdf(S.key_values(tmp_path / "sheets.pdf"))
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert [tuple(_texts(r)) for r in grid.rows] == [pair for sheet in S.KEY_VALUES for pair in sheet]
    _check_verbatim_once(doc, grid)
    assert "Lead\nMinistry of Environment" in doc.text  # a label beside its value, not a column of labels


# ---- the sample plan's action table ----------------------------------------------------------


@pytest.fixture(scope="module")
def nap_doc():
    from tests.ingest.test_pdf_reader import _fixture_path

    path = _fixture_path()
    if path is None:
        pytest.skip("sample plan not found")
    return read_pdf(path)


def test_sample_plan_tables_as_grids(nap_doc):
    doc = nap_doc
    body = [r for g in doc.grids for r in g.rows[g.header_rows or 0:]]
    assert len(body) == sum(len(tb.rows) for tb in doc.tables) == 102
    for g in doc.grids:
        assert g.header_rows == 1
        assert _texts(g.rows[0]) == ["N°", "GOAL", "LINES OF ACTION", "MONITORING INSTRUMENTS", "DEPARTMENTS"]
        _check_verbatim_once(doc, g)
    rows = {r[0].text: r for r in body}
    goal17 = rows["17.a"][1]
    assert all(rows[f"17.{c}"][1] is goal17 for c in "abcde")  # the goal merged over its rows
    assert goal17.text.startswith("Combat impunity with regard to violence against women")
    d = rows["17.b"][4]
    assert doc.text[d.start:d.end].split("\n") == ["Foreign Affairs", "Development", "Justice"]


@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_a_list_of_abbreviations_has_no_header_row(tmp_path, ruled):
    """The first row of a list of abbreviations is an entry, though its expansion holds words
    a header may hold ("monitoring and evaluation"): the abbreviation over a column of them
    says it is not a label."""
    from ingest.tables.headers import find_header

    doc = read_pdf(S.abbreviations(tmp_path / "abbreviations.pdf", ruled=ruled))
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert _texts(grid.rows[0]) == list(S.ABBREVIATIONS[0])
    assert find_header(grid) is None


@pytest.mark.parametrize("lines", [True, False], ids=["white-lines-no-outer-border", "no-lines"])
def test_wrapped_header_label_and_last_cells_read_row_by_row(tmp_path, lines):
    """A header label wrapped over two lines (in a smaller type with a wider leading than
    the body) and body rows whose last cell wraps: one header row, then a row per workshop.
    Drawn with white lines before each column and between rows and no outer border, the
    header row, the last row and the last column lie outside the grid of crossings."""
    doc = read_pdf(S.consultation_workshops(tmp_path / "workshops.pdf", lines=lines))
    assert len(doc.grids) == 1
    grid = doc.grids[0]
    assert [tuple(_texts(r)) for r in grid.rows] == [S.WORKSHOPS_HEADER, *S.WORKSHOPS]
    assert grid.caption == "Table 1: Workshops held to prepare the plan."
    _check_verbatim_once(doc, grid)
    assert "Norby\nApril 2019\n" in doc.text  # the text goes row by row, not column by column
