"""Any table -> header-keyed rows -> commitments: grids of every shape, Word tables with
merged cells, HTML tables and key/value records, and the real DOCX and HTML plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.commitments import commitments
from ingest.reading import read_document
from ingest.tables.keyed import read_grid
from ingest.tables.model import Grid, GridCell
from plans.vocabulary.roles import header_roles

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "data" / "real-plans"


class Sheet:
    """Writes cells into a document text one per line, as readers do, and builds the Grid."""

    def __init__(self) -> None:
        self.text = ""

    def cell(self, value: str) -> GridCell:
        if self.text:
            self.text += "\n"
        start = len(self.text)
        self.text += value
        return GridCell(value, start, len(self.text))

    def grid(self, rows: list[list[object]], **kw) -> Grid:
        """Rows of strings, None (empty) or an already made GridCell (a merged cell)."""
        out = []
        for row in rows:
            out.append([c if isinstance(c, GridCell) or c is None else self.cell(c) for c in row])
        return Grid(out, pages=[None] * len(out), **kw)


def rows_of(grid: Grid, text: str):
    from ingest.document import ParsedDocument

    doc = ParsedDocument(path=Path("t.docx"), text=text, title="T", grids=[grid])
    doc.keyed = [read_grid(grid)]
    return doc, commitments(doc)


def check_verbatim(doc, rows) -> None:
    for r in rows:
        for f in r.fields:
            assert doc.text[f.source.start : f.source.end] == f.source.text
        for s in r.sources.values():
            assert doc.text[s.start : s.end] == s.text


@pytest.mark.parametrize("label, roles", [
    ("Lead department(s)", ("lead",)), ("Co-performer", ("partners",)), ("Performer", ("lead",)),
    ("FINISH & STATUS", ("timeline", "status")), ("Due date", ("timeline",)), ("Organe en charge", ("lead",)),
    ("Échéance de mise en œuvre", ("timeline",)), ("Trekker", ("lead",)), ("Termijn", ("timeline",)),
    ("Financial assessment (thousand AMD)", ("budget",)), ("Source of funding", ("funding",)),
    ("Indicateurs de suivi", ("indicator",)), ("Verantwoordelijke", ("lead",)), ("Grand challenges", ()),
    ("Échéance de mise en œuvre (durée de l'activité)", ("timeline",)), ("Remarks (lead to confirm)", ("notes",)),
    ("Termijn (in jaren)", ("timeline",)), ("(Organe en charge)", ("lead",)),
    ("These are the measures that the ministries will take before the end of 2025", ()),
    ("CT, MT, LT", ("timeline",)), ("Actions à long terme", ("action",)),
])
def test_header_words_give_roles_in_three_languages(label, roles):
    assert header_roles(label) == roles


def test_an_objective_spanning_rows_belongs_to_each_and_a_theme_row_is_their_section():
    s = Sheet()
    header = ["No.", "Objective", "Result", "Responsible party", "Target date"]
    theme = s.cell("Theme A: Clean water")
    objective = s.cell("Objective 1: Safe drinking water")
    grid = s.grid([header, [theme] * 5,
                   ["1.1", objective, "Wells dug in 20 villages", "Water Agency", "2025"],
                   ["1.2", objective, "Water committees trained", "Ministry of Health\nNGO Forum", "2026"]])
    doc, rows = rows_of(grid, s.text)
    assert [r.ref for r in rows] == ["1.1", "1.2"]
    assert all(r.section == "Theme A: Clean water > Objective 1: Safe drinking water" for r in rows)
    assert rows[1].action == "Water committees trained"
    assert rows[1].values("lead") == ["Ministry of Health", "NGO Forum"]
    assert rows[0].field("timeline").text == "2025" and rows[0].field("timeline").header == "Target date"
    assert rows[0].kind == "table_row"
    check_verbatim(doc, rows)


def test_a_table_continued_with_its_header_repeated_keeps_one_set_of_rows():
    s = Sheet()
    grid = s.grid([["#", "Action", "Lead", "Status"], ["1", "Publish data", "Cabinet Office", "Done"],
                   ["#", "Action", "Lead", "Status"], ["2", "Open contracts", "Treasury", "Ongoing"]])
    doc, rows = rows_of(grid, s.text)
    assert [(r.ref, r.action, r.values("lead"), r.field("status").text) for r in rows] == [
        ("1", "Publish data", ["Cabinet Office"], "Done"), ("2", "Open contracts", ["Treasury"], "Ongoing")]


def test_a_two_line_header_joins_its_labels_and_a_wrapped_row_continues():
    s = Sheet()
    calendar = s.cell("Calendar")
    grid = s.grid([["No.", "Measure", calendar, calendar, "Responsible"],
                   [None, None, "Start", "End", None],
                   ["3", "Train staff", "2024", "2025", "Ministry of Labour"],
                   [None, "in every region", None, None, None]])
    doc, rows = rows_of(grid, s.text)
    assert len(rows) == 1
    r = rows[0]
    assert [f.header for f in r.fields] == ["Calendar / Start", "Calendar / End", "Responsible"]
    assert [f.text for f in r.fields if "timeline" in f.roles] == ["2024", "2025"]
    assert r.action == "Train staff in every region"  # the wrapped line continues the action cell
    assert r.sources["action"].text == "Train staff"  # quoted from its first piece


def test_a_key_value_table_is_one_record_titled_by_its_caption():
    s = Sheet()
    grid = s.grid([["Pilote de l'action", "MINEPDED"], ["Partenaires", "PNUD, GIZ"], ["Durée", "4 ans (2016-2019)"],
                   ["Budget", "2 millions d'euros"]], header_rows=0, caption="Projet 2 : Actualiser le plan de contingence")
    doc, rows = rows_of(grid, s.text)
    assert len(rows) == 1
    r = rows[0]
    assert r.ref == "Projet 2" and r.kind == "table_row"
    assert r.field("lead").text == "MINEPDED" and r.field("partners").text == "PNUD, GIZ"
    assert r.field("timeline").text == "4 ans (2016-2019)" and r.field("budget").text == "2 millions d'euros"
    check_verbatim(doc, rows)


@pytest.mark.parametrize("first_value", [
    "Retenir les eaux de ruissellement en amont des villages.",
    "Prévenir les habitants des zones inondables par message.",  # a word the vocabulary knows ("zones")
])
def test_a_sheet_without_a_marked_header_is_one_record_not_a_column_table(first_value):
    """A label/value table the source does not mark as such (no header row, no caption
    title in it): its first line is a label and its value, not the column labels, because
    the labels go on down its first column."""
    s = Sheet()
    grid = s.grid([["Objectif", first_value], ["Pilote", "Centre régional de crise"], ["Budget", "800 000 euros"]],
                  caption="Projet 3 : Alerte précoce par SMS")
    doc, rows = rows_of(grid, s.text)
    assert len(rows) == 1
    r = rows[0]
    assert r.ref == "Projet 3" and r.field("lead").text == "Centre régional de crise"
    assert r.field("budget").text == "800 000 euros"
    check_verbatim(doc, rows)


def test_a_column_table_whose_first_column_holds_actions_keeps_its_header():
    """The control: a narrow column table headed by a word the vocabulary knows, its first
    column holding actions, is still read by its header."""
    s = Sheet()
    grid = s.grid([["Action", "Lead"], ["Dredge the north channel", "Port authority"],
                   ["Raise the quay wall", "City works"], ["Plant dune grass", "Coast agency"]])
    doc, rows = rows_of(grid, s.text)
    assert [r.action for r in rows] == ["Dredge the north channel", "Raise the quay wall", "Plant dune grass"]
    assert rows[1].field("lead").text == "City works"


def test_the_action_column_is_the_one_naming_only_the_action():
    """"Pilote de l'action" names the action too: beside a column headed "Action" it is the
    column of who leads it, not the action's."""
    s = Sheet()
    grid = s.grid([["Projet", "Action", "Pilote de l'action", "Budget"],
                   ["Projet 1", "Digues du littoral nord", "MINTP", "12 millions d'euros"],
                   ["Projet 2", "Reboisement des mangroves", "MINFOF et MINEPDED", "3 millions d'euros"]])
    doc, rows = rows_of(grid, s.text)
    assert [r.action for r in rows] == ["Digues du littoral nord", "Reboisement des mangroves"]
    assert rows[1].field("lead").text == "MINFOF et MINEPDED"
    check_verbatim(doc, rows)


def test_a_table_that_is_not_an_action_table_gives_rows_but_no_commitments():
    s = Sheet()
    grid = s.grid([["Dataset", "October", "November"], ["Spend data", "12", "15"], ["Organogram", "3", "4"]])
    doc, rows = rows_of(grid, s.text)
    assert [r.kind for r in rows] == ["table_cells", "table_cells"]
    assert rows[0].field_by_header("November").text == "15"


def test_word_merged_cells_by_identity(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    t = d.add_table(rows=5, cols=4)
    for cell, text in zip(t.rows[0].cells, ["#", "ISSUE / ACTION", "SUB TASKS", "TASK OWNER"]):
        cell.text = text
    t.cell(1, 0).merge(t.cell(1, 3)).text = "Outputs"  # a section row across the table
    t.cell(2, 0).text, t.cell(2, 1).text, t.cell(2, 3).text = "(A)", "Open data paper", "Tim"
    t.cell(3, 2).text, t.cell(3, 3).text = "Ai) First draft", "Janet"
    t.cell(4, 2).text, t.cell(4, 3).text = "Aii) Final draft", "?"
    t.cell(2, 0).merge(t.cell(4, 0))
    t.cell(2, 1).merge(t.cell(4, 1))
    path = tmp_path / "tracker.docx"
    d.save(path)
    doc = read_document(path)
    grid = doc.grids[0]
    assert grid.rows[2][0] is grid.rows[3][0] is grid.rows[4][0]  # one GridCell for the merged id
    assert doc.text.count("Open data paper") == 1  # written once
    rows = commitments(doc)
    assert [(r.ref, r.action, r.values("lead")) for r in rows] == [
        ("A", "Open data paper", ["Tim"]), ("Ai", "First draft", ["Janet"]), ("Aii", "Final draft", ["?"])]
    assert all(r.section == "Outputs" for r in rows)
    assert rows[1].field_by_header("ISSUE / ACTION").text == "Open data paper"  # the parent, kept
    check_verbatim(doc, rows)


HTML = """<h1>Mobility plan</h1><p>Intro &amp; aims.</p>
<h2>Actions</h2>
<table><caption>Table 3: Actions</caption>
<thead><tr><th>Milestone</th><th>Responsible party</th><th>Target date</th></tr></thead>
<tr><td>2.3 Bike sharing strategy</td><td>Transport Agency</td><td rowspan="2">2026</td></tr>
<tr><td>2.4 Safer crossings</td><td>City Works</td></tr>
<tr><td colspan="3">Theme: Public transport</td></tr>
<tr><td>3.1 New tram line</td><td>Tram Company</td><td>2030</td></tr>
</table>
<h3>4.1. Inventory</h3>
<strong>Overall Status</strong>: in-progress<br />
<strong>Bureau</strong>: OCIO<br />
<hr><strong>Bureau</strong>: Finance<br />
<dl><dt>Owner</dt><dd>Data Office</dd><dt>Deadline</dt><dd>June 2025</dd></dl>
"""


def test_html_tables_records_and_definition_lists(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(HTML)
    doc = read_document(path)
    assert doc.kind == "html" and doc.title == "Mobility plan" and "Intro & aims." in doc.text
    assert [(b.level, doc.text[b.start : b.end]) for b in doc.blocks if b.kind == "heading"] == [
        (1, "Mobility plan"), (2, "Actions"), (3, "4.1. Inventory")]
    rows = commitments(doc)
    table = {r.ref: r for r in rows if r.section and r.section.startswith("Table 3")}
    assert set(table) == {"2.3", "2.4", "3.1"}
    assert table["2.3"].action == "Bike sharing strategy" and table["2.3"].values("lead") == ["Transport Agency"]
    assert table["2.4"].field("timeline").text == "2026"  # rowspan: the date belongs to both
    assert table["3.1"].section == "Table 3: Actions > Theme: Public transport"
    records = [r for r in rows if r.ref == "4.1"]
    assert [r.field("status").text if r.field("status") else None for r in records] == ["in-progress", None, None]
    assert [r.field_by_header("Bureau").text for r in records[:2]] == ["OCIO", "Finance"]
    assert records[2].field("lead").text == "Data Office" and records[2].field("timeline").text == "June 2025"
    check_verbatim(doc, rows)


def test_an_html_fragment_and_a_page_keep_their_language(tmp_path):
    frag = tmp_path / "frag.htm"
    frag.write_text("<h2>1. Goal</h2><p>Caf&eacute; &ldquo;open&rdquo;</p>")
    page = tmp_path / "page.html"
    page.write_text('<html lang="fr-BE"><head><title>Plan - Site</title><script>var x=1;</script></head>'
                    '<body><nav><a href="/">Accueil</a></nav><a class="skip-link" href="#c">Aller</a>'
                    '<main><p>Le plan.</p></main><footer>Mentions</footer></body></html>')
    a, b = read_document(frag), read_document(page)
    assert "Café “open”" in a.text and a.language is None
    assert b.text == "Le plan." and b.language == "fr-BE" and b.title == "Plan"


def test_real_docx_tracker_rows():
    doc = read_document(REAL / "gb-en-local-public-data-panel-actions-2012-07.docx")
    assert doc.title == "LOCAL PUBLIC DATA PANEL – ACTIONS REPORT" and doc.language == "en-US"
    assert len(doc.grids[0].rows) == 24
    rows = {r.ref: r for r in commitments(doc)}
    assert list(rows) == ["A", "Ai", "B", "Bi", "Bii", "C", "Ci", "Cii", "D", "E", "1", "2", "3", "4", "5", "6"]
    ci = rows["Ci"]
    assert ci.action.startswith("National Advisory Group on Procurement") and ci.section == "Outputs"
    assert ci.field("lead").text == "Gesche Schmid (LGA)" and ci.field("lead").header == "TASK OWNER"
    assert ci.field("status").text == "Mid-June COMPLETED" and ci.field("status").roles == ["timeline", "status"]
    assert rows["Cii"].field("lead").text == "?"
    assert rows["4"].field("status").text == "CANCELLED" and "rejected" in rows["4"].field("notes").text
    assert rows["1"].section == "General Items"
    check_verbatim(doc, list(rows.values()))


def test_real_nasa_records_and_dutch_headings():
    nasa = read_document(REAL / "us-en-nasa-digital-strategy-report-2015.html")
    rows = commitments(nasa)
    tool = next(r for r in rows if r.ref == "8.2.2")
    assert "ForeSee" in tool.field_by_header("Describe Implementation").text
    assert [r.ref for r in rows if r.field("status") and r.field("status").text == "in-progress"] == ["1.2"]
    assert [r.field_by_header("Name of system").text for r in rows if r.ref == "2.2.2"] == [
        "NASA Data API", "Earth Observing System (EOS) Clearing House (ECHO)"]
    check_verbatim(nasa, rows)
    page = read_document(REAL / "nl-nl-pzh-acht-kansen-mobiliteit.html")
    heads = [(b.level, page.text[b.start : b.end]) for b in page.blocks if b.kind == "heading"]
    assert heads[0] == (1, "Acht kansen voor mobiliteit") and page.language == "nl-NL"
    assert (3, "1. Bereikbaarheid door nabijheid") in heads and (3, "Voorwaarde 2. Vervoer is voor iedereen") in heads
    assert "Ga naar de inhoud" not in page.text and "elementorFrontendConfig" not in page.text
    assert "Stappen (lopen), Trappen (fietsen)" in page.text


def test_labels_under_a_title_row_may_hold_a_year_beside_their_words():
    """A title spanning the table, then short labels over rows of figures, one label
    naming its period ("Total for 2031/32"): the labels are the header, the rows are keyed
    by them. A cell that is only a figure still makes a body row."""
    s = Sheet()
    title = s.cell("Busiest ferry routes in 2031/32 (passengers)")
    grid = s.grid([[title] * 4, ["Route", "Spring", "Summer", "Total for 2031/32"],
                   ["Norland harbour to Vell island", "412", "2960", "3372"],
                   ["Varlande quay to the lighthouse", "655", "1904", "2559"]], header_rows=1)
    doc, rows = rows_of(grid, s.text)
    assert [r.action for r in rows] == ["Norland harbour to Vell island", "Varlande quay to the lighthouse"]
    assert rows[1].field_by_header("Total for 2031/32").text == "2559"
    check_verbatim(doc, rows)
