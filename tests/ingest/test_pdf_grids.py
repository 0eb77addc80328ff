"""Tables of PDFs come back as Grids, cell by cell: ruled grids over several pages (header
repeated or not), landscape and rotated pages, a full-width theme row, a cell merged over
two rows, wrapped, hyphenated and bulleted cells, wrapped header labels, unruled columns,
key/value sheets, a table with no outer border (or no lines) under a wrapped header label,
lists of abbreviations (with and without a header row, over several pages), and the sample
plan's action table."""

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


# ---- a list of abbreviations over several pages, without a header row ---------------------

_PLACES = ("Harbour", "Coastal", "Dune", "Estuary", "Flood", "Lagoon", "Marsh", "Polder", "Reef", "Tidal", "Wetland")
_BODIES = ("Works Agency", "Monitoring Office", "Research Institute", "Management Board", "Support Fund",
           "Warning Service", "Data Centre", "Planning Unit", "Training College")


_LONG_NAMES = (
    ("CPHW", "Convention on the Protection of Harbour Waters, Coastal Lagoons and Tidal Marshes against "
             "Pollution from Land-based Sources and Activities"),
    ("LRSP", "Lagoon Restoration and Shoreline Protection Scheme of the Coastal Towns and the Tidal "
             "Marshes of Norland"),
    ("TWRA", "Tidal Water Resources Assessment for the Estuaries, Polders and Wetlands of the Western "
             "Coast of Norland"),
)


def _glossary(wide: bool = True) -> list[tuple[str, str]]:
    """Made-up abbreviations and their names: initials over names, a few with a figure
    ("NR2 | National Road 2"), a few whose label is no abbreviation ("Project TIDE"). With
    `wide`, a name long enough to wrap on every page."""
    entries = [("".join(w[0] for w in f"{p} {b}".split()), f"{p} {b}") for p in _PLACES for b in _BODIES]
    entries += [(f"NR{k}", f"National Road {k}") for k in (1, 2, 3)]
    entries += [("SSP2", "Shared Socioeconomic Pathway 2"), ("Project TIDE", "Tidal Infrastructure for Dunes and Estuaries"),
                ("Project SALT", "Saline Agriculture and Lagoon Transition")]
    entries += list(_LONG_NAMES) if wide else []
    return sorted(entries, key=lambda e: e[0].upper())


_MEASURES = (("Measure", "Lead agency"), ("Raise the quays of the old harbour", "Harbour Works Agency"),
             ("Plant marram grass on the dunes", "Dune Management Board"),
             ("Open a flood warning line", "Flood Warning Service"),
             ("Train the lock keepers", "Polder Training College"))


def _glossary_pdf(path, header: tuple[str, str] | None = None, wide: bool = True, before: bool = False):
    """The list as a plan prints it: no lines, the abbreviation in bold at the left margin,
    its name in regular type in a second column, a row every 17.5 points (a long name wraps
    at 13), under a large bold title; it runs on over the next pages with no header, then a
    chapter of prose. A running footer and page number on every page. `header`: a first row
    of labels, set like the rows (the left one in bold). With `wide`, every page holds a
    name that wraps: its columns end where the other pages' do, and the pages are one grid;
    without, each page is a grid of its own. With `before`, a page before the list ends with
    a table of two columns (measures and their lead agencies)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    page = [1]

    def footer():
        c.setFont("Helvetica", 10)
        c.drawString(231, height - 830, "Harbour adaptation plan of Norland")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(556, height - 830, ["i", "ii", "iii", "iv", "v"][page[0] - 1])

    def lines(text: str, room: float) -> list[str]:
        out, line = [], ""
        for word in text.split():
            if line and stringWidth(f"{line} {word}", "Helvetica", 10) > room:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return out + [line]

    if before:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(67.5, height - 104, "Summary of the first measures")
        for k, (measure, lead) in enumerate(_MEASURES):
            c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
            c.drawString(67.5, height - 133 - 17.5 * k, measure)
            c.drawString(300, height - 133 - 17.5 * k, lead)
        footer()
        c.showPage()
        page[0] += 1
    c.setFont("Helvetica-Bold", 20)
    c.drawString(67.5, height - 108, "List of abbreviations")
    top = 125.0
    rows = ([header] if header else []) + _glossary(wide)
    for short, name in rows:
        wrapped = lines(name, width - 67.5 - 187.5)
        if top + 13 * (len(wrapped) - 1) > 760:
            footer()
            c.showPage()
            page[0] += 1
            top = 90.0
        c.setFont("Helvetica-Bold", 10)
        c.drawString(67.5, height - top - 8, short)
        c.setFont("Helvetica", 10)
        for k, line in enumerate(wrapped):
            c.drawString(187.5, height - top - 8 - 13 * k, line)
        top += 17.5 + 13 * (len(wrapped) - 1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(67.5, height - top - 40, "1. Introduction")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(lines("The HWA repairs the quays of the harbour every spring, and the FSF pays for "
                                   "the work on the dunes once the DMO has measured them.", width - 2 * 67.5)):
        c.drawString(67.5, height - top - 70 - 15 * k, line)
    footer()
    c.showPage()
    c.save()
    return path


def _glossary_grids(doc):
    entries = {short for short, _ in _glossary()} | {"ACRONYM", "Acronym"}
    return [g for g in doc.grids if any(r[0] is not None and r[0].text in entries for r in g.rows)]


@pytest.mark.parametrize("wide, before", [(True, False), (False, False), (False, True)],
                         ids=["one-grid", "a-grid-per-page", "a-grid-per-page-after-a-table"])
def test_a_list_of_abbreviations_over_pages_keeps_its_first_entry(tmp_path, wide, before):
    """A list of abbreviations without a header row, set like a plan's front matter (bold
    abbreviations, no lines, a figure in a few cells) and running on over two more pages:
    its first row is an entry, no column (on any page) is headed by an entry, and no line
    of it is read as a record of labels and values, or as the rest of a table of two columns
    on the page before."""
    from ingest.commitments import commitments
    from ingest.reading import read_document
    from ingest.tables.headers import find_header

    path = _glossary_pdf(tmp_path / "glossary.pdf", wide=wide, before=before)
    entries = _glossary(wide)
    doc = read_pdf(path)
    grids = _glossary_grids(doc)
    assert len(grids) == (1 if wide else 3) and max(p for g in grids for p in g.pages) == 3 + before
    assert _texts(grids[0].rows[0]) == list(entries[0])
    assert all(find_header(g) is None for g in grids)
    read = read_document(path)
    words = {w for e in entries for w in e}
    assert not [t.headers for t in read.keyed if words & set(t.headers)]
    assert [len(t.rows) for t in read.keyed] == ([len(_MEASURES) - 1] if before else [])  # no row of the list
    assert not [f.header for c in commitments(read) for f in c.fields if f.header in words]
    short, name = entries[0]
    assert f"{short}\n{name}" in read.text


@pytest.mark.parametrize("header", [("Acronym", "Meaning"), ("ACRONYM", "MEANING")], ids=["labels", "capitals"])
def test_a_list_of_abbreviations_under_a_header_row_keeps_it(tmp_path, header):
    """The same list under a first row of labels (set like its rows, in capitals or not):
    that row is its header, on every page it runs on."""
    from ingest.reading import read_document
    from ingest.tables.headers import find_header

    path = _glossary_pdf(tmp_path / "glossary.pdf", header=header)
    doc = read_pdf(path)
    grids = _glossary_grids(doc)
    assert grids and find_header(grids[0]) is not None and find_header(grids[0]).labels == list(header)
    tables = [t for t in read_document(path).keyed if t.headers == list(header)]
    assert sum(len(t.rows) for t in tables) == len(_glossary())
    assert _texts(grids[0].rows[1]) == list(_glossary()[0])


_SHEETS = (("Measure 1: Dune repair", "Coast Agency", "2 million euros"),
           ("Measure 2: Flood barriers", "River Board", "7 million euros"),
           ("Measure 3: Heat shelters", "Health Ministry", "4 million euros"))


def _consecutive_sheets(path):
    """Three ruled label/value sheets, one a page: the first titled by a row across its table,
    the next two by a heading line above theirs (no title row), with the same labels."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    doc = SimpleDocTemplate(str(path), pagesize=A4)
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=12.5)
    flow = []
    for k, (title, lead, budget) in enumerate(_SHEETS):
        rows = [["Lead", lead], ["Partners", "Municipalities, NGOs"], ["Duration", "3 years, 2026-2028"],
                ["Budget", budget], ["Funding sources", "State budget, donors"]]
        style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 10)]
        if k == 0:
            rows = [[title, ""], *rows]
            style += [("SPAN", (0, 0), (1, 0)), ("FONTNAME", (0, 1), (0, -1), "Helvetica-Bold")]
        else:
            flow += [Paragraph(title, body), Spacer(1, 4)]
            style += [("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold")]
        table = Table(rows, colWidths=[150, 300])
        table.setStyle(TableStyle(style))
        flow += [table, PageBreak()]
    doc.build(flow[:-1])
    return path


def test_consecutive_sheets_are_one_record_each(tmp_path):
    """A sheet goes on over the next page's table, but where its labels start over, the next
    sheet opens: its own record, titled by the heading above its table."""
    from ingest.reading import read_document

    doc = read_document(_consecutive_sheets(tmp_path / "sheets.pdf"))
    records = [t.rows[0] for t in doc.keyed if t.key_value]
    assert [r.ref for r in records] == ["Measure 1", "Measure 2", "Measure 3"]
    assert [r.get("budget").text for r in records] == [budget for _, _, budget in _SHEETS]
    assert [[c.header for c in r.cells].count("Budget") for r in records] == [1, 1, 1]


_PROJECTS = (("Projet 1 : Curage des canaux de Varlande", "Office des eaux", "3 millions d’euros", "4 ans, 2026-2029"),
             ("Projet 2 : Protection des berges du lac Morel", "Agence des rives", "6 millions d’euros", "5 ans, 2026-2030"))
_CONTEXT = "Les crues de printemps inondent chaque année les quartiers bas de Varlande."


def _measures_apart(path, title_at_foot: bool):
    """Two project sheets of three pages each: the first page holds the labelled fields up to
    the objective, the second only the sheet's table of measures, the third its indicators
    (a label across the table: a title row without an id), duration and budget. The first
    sheet is titled by a row across its table; the second by a heading line above its table
    (no title row: a context line across it opens it), or (`title_at_foot`) by that line
    printed at the foot of the page before."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    doc = SimpleDocTemplate(str(path), pagesize=A4)
    heading = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=12.5)

    def table(rows, widths, across: bool = False):
        t = Table([[Paragraph(x, cell) if len(x) > 40 else x for x in row] for row in rows], colWidths=widths)
        style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                 ("FONTNAME", (0, 1 if across else 0), (0, -1), "Helvetica-Bold")]
        t.setStyle(TableStyle(style + ([("SPAN", (0, 0), (1, 0))] if across else [])))
        return t

    flow: list = []
    for k, (title, lead, budget, duration) in enumerate(_PROJECTS):
        fields = [["Pilote", lead], ["Partenaires", "Communes riveraines, Institut des sols"],
                  ["Objectif global", "Réduire les dommages causés par les crues"]]
        if k == 0:
            fields = [[title, ""], ["Contexte", _CONTEXT], *fields]
        else:
            fields = [[f"Contexte : {_CONTEXT}", ""], *fields]
            flow += [] if title_at_foot else [Paragraph(title, heading), Spacer(1, 6)]
        measures = [["#", "Mesures", "Échéance"]]
        measures += [[str(12 * k + i), f"Travaux sur le tronçon {i} des ouvrages de Varlande", "2027"]
                     for i in range(1, 13)]
        flow += [table(fields, [150, 300], across=True), PageBreak(), table(measures, [40, 330, 80]), PageBreak()]
        flow.append(table([["Indicateurs de suivi", ""], ["#1 #2", "Kilomètres de berges remis en état"],
                           ["Risques", "Retards des chantiers"], ["Calendrier", duration], ["Budget", budget],
                           ["Sources de financement", "Budget national, Fonds des rives"]], [150, 300], across=True))
        if title_at_foot and k == 0:
            flow += [Spacer(1, 12), Paragraph(_PROJECTS[1][0], heading)]
        flow.append(PageBreak())
    doc.build(flow[:-1])
    return path


@pytest.mark.parametrize("title_at_foot", [False, True], ids=["title-above-its-table", "title-at-foot-of-page"])
def test_a_sheet_goes_on_past_a_page_of_its_measures(tmp_path, title_at_foot):
    """A page that holds only a sheet's table of measures does not close the sheet: the
    fields on the next page (duration, budget) go on with its record; the next project's
    labels starting over open its own record, whose lead never lands in the first one's."""
    from ingest.reading import read_document

    doc = read_document(_measures_apart(tmp_path / "projets.pdf", title_at_foot))
    records = [t.rows[0] for t in doc.keyed if t.key_value]
    assert [r.ref for r in records] == ["Projet 1", "Projet 2"]
    for record, (_, lead, budget, duration) in zip(records, _PROJECTS):
        assert [c.text for c in record.cells if "lead" in c.roles] == [lead]
        assert [c.text for c in record.cells if "budget" in c.roles] == [budget]
        assert duration in [c.text for c in record.cells]
    measures = [t for t in doc.keyed if not t.key_value]
    assert [len(t.rows) for t in measures] == [12, 12]
    assert [t.caption for t in measures] == [title for title, *_ in _PROJECTS]
