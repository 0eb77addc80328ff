"""Small PDFs, drawn with reportlab, for what the PDF reader must read as a person does.

Text layouts: two columns on shared baselines under a full-width title, words placed
glyph by glyph with no space characters, /PageLabels (roman numerals, then 1..n),
running heads and footers whose printed numbers are offset from the physical pages,
words hyphenated at line ends (soft hyphens too), a page that is only a picture.

Tables: a ruled grid over several pages (header repeated or not, a full-width theme row,
a cell merged over two rows, wrapped, hyphenated and bulleted cells, wrapped header
labels), unruled columns, key/value sheets, ruled sector sheets with a summary paragraph
across the sheet, a table of shaded cells set apart by white lines with no outer border
(or no lines at all) under a wrapped header label. Each maker returns what a person reads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

VERA = "Vera"


def _vera() -> str:
    """Bitstream Vera (shipped with reportlab): a TrueType font whose soft hyphen survives."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if VERA not in pdfmetrics.getRegisteredFontNames():
        base = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
        pdfmetrics.registerFont(TTFont(VERA, os.path.join(base, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(VERA + "-Bold", os.path.join(base, "VeraBd.ttf")))
    return VERA


# ---- text layouts ------------------------------------------------------------------------

COLUMN_TITLE = "Regional Water Strategy"
LEFT = (
    ["The region draws most of its drinking water", "from two rivers and a shallow aquifer that", "is refilled by winter rain."],
    ["Summer droughts have become longer and the", "aquifer now falls below its safe level in", "three years out of five."],
)
RIGHT = (
    ["The strategy sets a ceiling on abstraction", "and pays farmers who switch to drip", "irrigation before the end of 2027."],
    ["A new monitoring network of forty wells", "will report levels every week to the", "regional water board."],
)


def two_columns(path: Path) -> Path:
    """A full-width title, then two columns whose lines share their baselines."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 780, COLUMN_TITLE)
    c.setFont("Helvetica", 10)
    for x, paras in ((72, LEFT), (310, RIGHT)):
        y = 740
        for para in paras:
            for line in para:
                c.drawString(x, y, line)
                y -= 12.5
            y -= 12
    c.showPage()
    c.save()
    return path


def glyph_by_glyph(path: Path, sentences: list[str]) -> Path:
    """Every glyph placed on its own, spaces left out: only the gaps tell the words."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for sentence in sentences:
        x = 72.0
        for ch in sentence:
            if ch != " ":
                c.setFont("Times-Roman", 11)
                c.drawString(x, y, ch)
            x += stringWidth(ch, "Times-Roman", 11)
        y -= 16
    c.showPage()
    c.save()
    return path


def page_labels(path: Path, front: int = 2, body: int = 3) -> Path:
    """`front` pages labelled i, ii, ... then `body` pages labelled 1, 2, ... (/PageLabels)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.addPageLabel(0, "ROMAN_LOWER")
    c.addPageLabel(front, "ARABIC", 1)
    for n in range(front + body):
        c.setFont("Helvetica", 11)
        c.drawString(72, 600, f"Physical page {n + 1} of the labelled document.")
        c.showPage()
    c.save()
    return path


RUNNING_HEAD = "Coastal Resilience Plan - consultation draft"


def running_numbers(path: Path, unnumbered: int = 2, numbered: int = 4) -> Path:
    """`unnumbered` cover pages, then pages with a running head and a footer printing
    1, 2, ... (physical page minus `unnumbered`)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(unnumbered + numbered):
        c.setFont("Helvetica", 11)
        c.drawString(72, 700, f"Body text of physical page {n + 1}, which says something.")
        c.drawString(72, 686, "A second line of body text keeps the page honest.")
        if n >= unnumbered:
            c.setFont("Helvetica", 8)
            c.drawString(72, 810, RUNNING_HEAD)
            c.drawRightString(523, 30, str(n + 1 - unnumbered))
        c.showPage()
    c.save()
    return path


HYPHEN_LINES = (
    "The board will seek the approv-",
    "al of the minister for each co-",
    "performer named in the annex. The",
    "investerings\u00ad",
    "fonds pays for the pumps; the co-performer",
    "reports twice a year.",
)


def hyphenated(path: Path) -> Path:
    """A paragraph with words broken at line ends: a typesetter's hyphen ("approv-"), a
    real compound ("co-" / "performer", printed whole further on) and a soft hyphen."""
    font = _vera()
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    y = 760
    for line in HYPHEN_LINES:
        c.drawString(72, y, line)
        y -= 12.5
    c.showPage()
    c.save()
    return path


FOOTNOTED = (
    "Norland loses more each year to unpaid port levies than it",
    "collects in harbour dues. In 2031 the ports lost over 40 million in unpaid",
    "levies, a rise of 12% in one year. The plan sets out how the",
    "levy office will recover them.",
)
FOOTNOTE_AFTER = "dues."  # the word of the second line the mark belongs to


def footnoted(path: Path) -> Path:
    """A paragraph whose second line carries a footnote mark drawn small, below the baseline
    and over the end of a word, as some word processors export it: the words after the mark
    stand a column gap from the mark's end, and the mark reaches down into the next line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760.0
    for n, line in enumerate(FOOTNOTED):
        c.setFont("Helvetica", 11)
        c.drawString(72, y, line)
        if n == 1:
            head = line[: line.index(FOOTNOTE_AFTER) + len(FOOTNOTE_AFTER)]
            c.setFont("Helvetica", 7)
            c.drawString(72 + stringWidth(head, "Helvetica", 11) - 22, y - 7.5, "3")
        y -= 13.5
    c.showPage()
    c.save()
    return path


def with_picture_page(path: Path, picture_only: bool = False) -> Path:
    """Text on pages 1 and 3 and a picture only on page 2 (or only pictures)."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    image = ImageReader(Image.new("RGB", (60, 40), (120, 160, 200)))
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(3):
        if picture_only or n == 1:
            c.drawImage(image, 72, 400, width=300, height=200)
        else:
            c.setFont("Helvetica", 11)
            c.drawString(72, 600, f"Typed text on page {n + 1}.")
        c.showPage()
    c.save()
    return path


# ---- tables ------------------------------------------------------------------------------

HEADER = ("No.", "Measure", "Lead body", "Partners", "Due date")
THEME = "Theme A: keeping water in the landscape"


@dataclass
class TableDoc:
    path: Path
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]  # body rows as a person reads them ("" for an empty cell)
    pages: dict[str, int] = field(default_factory=dict)  # row id -> page it is printed on
    theme: str = THEME
    merged: tuple[str, str] = ("3", "4")  # rows sharing a merged lead cell


def _measure(i: int) -> str:
    return (f"Measure {i}: restore the wetlands of basin {i} so that they hold back winter "
            f"floods and release water slowly during the summer months.")


def measures_table(path: Path, repeat_header: bool = True, landscape_pages: bool = False,
                   rows: int = 24, long_header: bool = False) -> TableDoc:
    """A ruled table breaking over pages: a theme row across all columns, the lead cell
    of rows 3 and 4 merged, a hyphenated cell, a bulleted cell, wrapped cells."""
    font = _vera()
    pagesize = landscape(A4) if landscape_pages else A4
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title="Wetland measures")
    cell = ParagraphStyle("c", fontName=font, fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName=font + "-Bold", fontSize=9, leading=11)
    header = ("No.", "Measure to be taken", "Lead body responsible", "Partners consulted",
              "Due date of delivery") if long_header else HEADER
    data: list[list] = [[Paragraph(h, head) for h in header]]
    data.append([Paragraph(THEME, head), "", "", "", ""])
    expected: list[tuple[str, ...]] = []
    for i in range(1, rows + 1):
        lead = "Ministry of Environ-<br/>ment" if i == 2 else ("Water Board" if i in (3, 4) else "Regional Council")
        partners = "• farmers' unions<br/>• nature trusts" if i == 5 else "Municipalities"
        lead_text = {2: "Ministry of Environment", 3: "Water Board", 4: "Water Board"}.get(i, "Regional Council")
        partner_text = "• farmers' unions • nature trusts" if i == 5 else "Municipalities"
        data.append([Paragraph(str(i), cell), Paragraph(_measure(i), cell),
                     Paragraph(lead, cell) if i != 4 else "", Paragraph(partners, cell), Paragraph(f"{2026 + i % 4}", cell)])
        expected.append((str(i), _measure(i), lead_text, partner_text, str(2026 + i % 4)))
    widths = [0.08, 0.42, 0.18, 0.18, 0.14]
    table = Table(data, colWidths=[w * doc.width for w in widths], repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("SPAN", (0, 1), (-1, 1)),
        ("SPAN", (2, 4), (2, 5)),  # measures 3 and 4 (table rows 4 and 5) share their lead
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [Paragraph("Annex 2: Wetland measures", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16)),
             Spacer(1, 6), Paragraph("Table 4. Measures by basin", cell), Spacer(1, 4), table, Spacer(1, 10),
             Paragraph("The measures will be reviewed in 2028.", cell)]
    doc.build(story)
    return TableDoc(path, header, expected)


KEY_VALUES = (
    (("Project", "Coastal dune restoration"),
     ("Lead", "Ministry of Environment"),
     ("Partners", "Municipalities of the north coast"),
     ("Duration", "5 years (2026-2030)"),
     ("Budget", "2 million euros")),
    (("Project", "Flood warning network"),
     ("Lead", "Meteorological Institute"),
     ("Partners", "Civil protection"),
     ("Duration", "4 years (2026-2029)"),
     ("Budget", "1.5 million euros")),
)


def key_values(path: Path) -> Path:
    """Project sheets without ruling lines: a label column and a value column."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "Project sheets")
    y -= 30
    for sheet in KEY_VALUES:
        for label, value in sheet:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, label)
            c.setFont("Helvetica", 10)
            c.drawString(200, y, value)
            y -= 14
        y -= 20
    c.showPage()
    c.save()
    return path


COLUMNS_HEADER = ("Region", "Rainfall", "Trend", "Main risk")
COLUMNS_ROWS = (
    ("North coast", "780 mm", "falling", "summer drought"),
    ("Central plain", "620 mm", "stable", "river floods"),
    ("Southern hills", "910 mm", "rising", "landslides"),
    ("Eastern valley", "540 mm", "falling", "forest fires"),
)


def unruled_columns(path: Path) -> Path:
    """A four-column table with no lines at all, a bold header, prose above and below."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Regional climate")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=12.5)
    data = [list(COLUMNS_HEADER), *[list(r) for r in COLUMNS_ROWS]]
    table = Table(data, colWidths=[120, 90, 80, 150])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 10)]))
    doc.build([Paragraph("Rainfall differs a great deal from one region of the country to the next.", body),
               Spacer(1, 8), table, Spacer(1, 8),
               Paragraph("The figures are averages over the period 1991-2020.", body)])
    return path


SECTOR_SHEETS = (
    ("Sector 1. Fisheries",
     "The assessment shows that fisheries are the sector most exposed to storms, since two thirds of the "
     "fleet has no safe harbour within a day's sailing.",
     "Protect the fishing fleet and the harbours against stronger storms",
     ("Build three storm shelters for the fleet", "Train harbour masters in storm warnings"),
     ("Measure 1.1. Strengthen the monitoring of catches in the coastal waters.",
      "Measure 1.2. Creation and promotion of fish ponds in the river valleys."),
     "Ministry of Fisheries"),
    ("Sector 2. Tourism",
     "Beach tourism loses a tenth of its visitors in every summer with a heat wave, and the southern "
     "resorts lose the most of them.",
     "Spread the tourist season over the whole year",
     ("Promote inland walking routes", "Fund shaded promenades in the resorts"),
     ("Measure 2.1. Open the inland nature reserves to walkers in every season.",),
     "Tourist Board"),
)
# a label longer than a label before a colon may be, beside its value, between two labelled rows
SECTOR_MEASURES_LABEL = "Recommended policies, programmes and measures to be put in place"


def sector_sheets(path: Path) -> Path:
    """One ruled sheet per sector: its title and a summary paragraph across the sheet, then
    label/value rows (the sector's goal, its strategic lines as bullets, its measures under a
    long label, its responsible actor)."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Coastal adaptation plan")
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=9, leading=11)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)
    story = [Paragraph("Sector recommendations", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16)),
             Spacer(1, 8), Paragraph("Each sector has a sheet with its adaptation goal and its strategic lines.", cell),
             Spacer(1, 8)]
    for title, summary, goal, lines, measures, actor in SECTOR_SHEETS:
        data = [[Paragraph(title, head), ""], [Paragraph(summary, cell), ""],
                [Paragraph("Sector adaptation goal", head), Paragraph(goal, cell)],
                [Paragraph("Strategic lines for the sector", head),
                 Paragraph("<br/>".join(f"• {line}" for line in lines), cell)],
                [Paragraph(SECTOR_MEASURES_LABEL, head), Paragraph("<br/>".join(measures), cell)],
                [Paragraph("Responsible actor", head), Paragraph(actor, cell)]]
        table = Table(data, colWidths=[150, 300])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (-1, 0)),
                                   ("SPAN", (0, 1), (-1, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [table, Spacer(1, 12)]
    doc.build(story)
    return path


ABBREVIATIONS = (
    ("HME", "harbour monitoring and evaluation"),
    ("CPA", "coastal protection agency"),
    ("DWS", "dune watch service"),
    ("FRB", "flood reserve budget"),
    ("SLR", "sea level rise"),
    ("TWG", "tidal works group"),
)


def abbreviations(path: Path, ruled: bool = False) -> Path:
    """A plan's list of abbreviations with no header row: each abbreviation, then its
    expansion in lower case. The first expansion holds words a header may hold ("monitoring
    and evaluation"). Then a page of prose that uses the first abbreviation."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Harbour adaptation programme")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13, leading=16)
    table = Table([list(row) for row in ABBREVIATIONS], colWidths=[80, 300])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")] + ([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else [])
    table.setStyle(TableStyle(style))
    story = [Paragraph("ABBREVIATIONS AND ACRONYMS", head), Spacer(1, 8), table, Spacer(1, 18),
             Paragraph("Chapter 4. Monitoring", head), Spacer(1, 8),
             Paragraph("The HME system will report every year to the harbour council on the measures of the programme.",
                       body),
             Paragraph("The HME system will reuse the data of the dune watch and of the tide gauges.", body)]
    doc.build(story)
    return path


WORKSHOPS_HEADER = ("CONSULTATION WORKSHOP", "DATE", "REGIONS REPRESENTED")
WORKSHOPS = (
    ("Havenport", "March 2019", "North Coast, Lake District, Eastern Hills"),
    ("Norby", "April 2019", "Upper Valley, Western Plains, Salt Marshes, Pine Uplands, Southern Islands, Border Heath"),
    ("Eastwick", "April 2019", "Eastern Hills, River Delta"),
    ("Kestral", "May 2019", "Central Plateau, Highland Moors, Northern Forests, Old Mining Belt, Green Lowlands"),
    ("Southmere", "June 2021", "Southern Islands, Salt Marshes"),
)


def consultation_workshops(path: Path, lines: bool = True) -> Path:
    """A table of workshops (town, date, regions) under its caption: a header row whose
    first label wraps over two lines, set in a smaller type with a wider leading than the
    body; body rows whose last cell wraps. With `lines`, a dark header and grey rows set apart
    by white lines before each column and between the rows, none above, below or at the
    right: the header row, the last row and the last column lie outside every crossing of
    rules. Without, no lines and no shading."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Norland adaptation plan")
    body = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13)
    head = ParagraphStyle("h", fontName="Helvetica", fontSize=9, leading=15, textColor=colors.white)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=10, leading=12.5)
    data = [[Paragraph(h, head) for h in WORKSHOPS_HEADER]]
    data += [[Paragraph(t, cell) for t in row] for row in WORKSHOPS]
    table = Table(data, colWidths=[130, 80, 240])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    if lines:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.22, 0.24, 0.14)),
                  ("BACKGROUND", (0, 1), (-1, -1), colors.Color(0.9, 0.9, 0.9)),
                  ("LINEBEFORE", (0, 0), (-1, -1), 1.5, colors.white),
                  ("LINEBELOW", (0, 0), (-1, -2), 1.5, colors.white)]
    table.setStyle(TableStyle(style))
    doc.build([Paragraph("Five consultation workshops brought together the regions of Norland.", body),
               Spacer(1, 8), Paragraph("Table 1: Workshops held to prepare the plan.", body), Spacer(1, 4),
               table, Spacer(1, 10),
               Paragraph("The recommendations of the workshops were taken into account in the plan.", body)])
    return path


NUMBERED_TITLE = "Norland coastal plan"
NUMBERED_SECTIONS = (
    ("2.3", "Harbour defences", ("The Coastal Works Agency coordinates the dyke works along the harbour.",
                                 "The works start in the spring of 2027 and end in 2029.")),
    ("3", "Funding", ("The regional fund pays two thirds of the works.",
                      "The towns pay the remaining third from their own budgets.")),
)
FIGURE_NUMBER = "78"


def numbers_over_headings(path: Path) -> Path:
    """Section numbers set on their own line in the heading's type, just over the heading's
    words ("2.3" over "Harbour defences"), and a large figure alone on its line over body
    text (a number that opens no heading)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 780, NUMBERED_TITLE)
    y = 740
    c.setFont("Helvetica", 10)
    for line in ("This plan protects the towns of the Norland coast against storm surges.",
                 "It was adopted by the regional government after a public consultation."):
        c.drawString(72, y, line)
        y -= 12.5
    y -= 20
    for number, heading, body in NUMBERED_SECTIONS:
        c.setFont("Helvetica", 13)
        c.drawString(72, y, number)
        y -= 13
        c.drawString(72, y, heading)
        y -= 22
        c.setFont("Helvetica", 10)
        for line in body:
            c.drawString(72, y, line)
            y -= 12.5
        y -= 20
    c.setFont("Helvetica", 20)
    c.drawString(72, y, FIGURE_NUMBER)
    y -= 16
    c.setFont("Helvetica", 10)
    c.drawString(72, y, "per cent of the coast is protected by dykes today.")
    c.showPage()
    c.save()
    return path
