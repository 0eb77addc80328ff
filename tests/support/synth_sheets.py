"""More table shapes of real plans, drawn with reportlab: a timeline whose periods are marked
by shading (a Gantt row) under a title row and a two-level header; project sheets (a title
row, "Label: value" lines, bold labels over their values, a label cell beside its value, a
table of measures inside) continued on the next page; an unruled table of right-aligned
amounts; an unruled table of actors beside responsibilities that wrap over many lines.
Each maker returns what a person reads on the page."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
BOLD = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=9, leading=11)
SHADE = colors.HexColor("#8DB3E2")

# ---- a timeline marked by shading ----------------------------------------------------------

GANTT_TITLE = "Level 1 of the implementation"
GANTT_ROWS = (  # id, action, responsible, shaded periods, indicator
    ("1", "Translate the plan and publish it", "Climate Directorate", ("Short",), "Plan online"),
    ("2", "Build leadership on adaptation", "Climate Directorate", ("Short",),
     "Ministries engaged, for a cost of 2 million euros"),
    ("3", "Review the current policies", "All sector ministries", ("Short", "Medium"), "Policies revised"),
    ("4", "Mobilise technical and financial resources", "Climate Directorate and partners",
     ("Short", "Medium", "Long"), "Investments increased"),
)
PERIODS = ("Short", "Medium", "Long")


def gantt_table(path: Path) -> Path:
    """A ruled table: a title row across it, "Timeline" over "Short | Medium | Long", and
    the periods of each action marked by shaded empty cells."""
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), title="Adaptation plan")
    data: list[list] = [[Paragraph(GANTT_TITLE, BOLD), "", "", "", "", ""],
                        [Paragraph(h, BOLD) for h in ("Action to take", "Responsibility", "Timeline", "", "",
                                                      "Comments / indicators")],
                        ["", "", *[Paragraph(p, BOLD) for p in PERIODS], ""]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 0), (-1, 0)),
             ("SPAN", (2, 1), (4, 1)), ("SPAN", (0, 1), (0, 2)), ("SPAN", (1, 1), (1, 2)), ("SPAN", (5, 1), (5, 2)),
             ("BACKGROUND", (0, 0), (-1, 2), colors.HexColor("#DDDDDD")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, (ref, action, lead, marked, indicator) in enumerate(GANTT_ROWS, start=3):
        data.append([Paragraph(f"{ref}. {action}", BODY), Paragraph(lead, BODY), "", "", "", Paragraph(indicator, BODY)])
        for p in marked:
            k = 2 + PERIODS.index(p)
            style.append(("BACKGROUND", (k, r), (k, r), SHADE))
    table = Table(data, colWidths=[230, 120, 50, 50, 50, 200])
    table.setStyle(TableStyle(style))
    doc.build([Paragraph("Implementation of the plan", ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=13,
                                                                     leading=16)), Spacer(1, 8), table])
    return path


# ---- project sheets ------------------------------------------------------------------------

SHEET_TITLE = "Project 2: Update the national contingency plan"
SHEET_NEXT = "Project 3: Map land use in the river basins"
SHEET_MEASURES = (("8", "Update the national contingency plan", "Civil Protection"),
                  ("9", "Train the regional crisis committees", "Civil Protection and Red Cross"),
                  ("10", "Draw up emergency plans for every district", "Districts"))


def project_sheets(path: Path) -> Path:
    """Project 2's sheet over two pages (its measures table cut by the page break), then
    project 3's sheet. Labels: "Lead: ..." inline, "Objective" in a cell beside its value,
    "Duration" and "Budget" in bold over their values."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Project sheets")
    width = doc.width
    grid = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def sheet(title: str, lead: str, objective: str) -> list[list]:
        return [[Paragraph(title, BOLD), "", ""],
                [Paragraph(f"<b>Lead:</b> {lead}", BODY), "", ""],
                [Paragraph("<b>Justification:</b> floods and droughts are more frequent every year.", BODY), "", ""],
                [Paragraph("Objective", BOLD), Paragraph(objective, BODY), ""]]

    first = sheet(SHEET_TITLE, "Civil Protection Directorate", "Make the country more resilient to disasters")
    first.append([Paragraph(h, BOLD) for h in ("#", "Measures", "Key actors")])
    first += [[Paragraph(a, BODY), Paragraph(b, BODY), Paragraph(c, BODY)] for a, b, c in SHEET_MEASURES[:2]]
    spans = [("SPAN", (0, r), (-1, r)) for r in range(3)] + [("SPAN", (1, 3), (2, 3))]
    t1 = Table(first, colWidths=[0.25 * width, 0.45 * width, 0.3 * width])
    t1.setStyle(TableStyle(grid + spans))
    a, b, c = SHEET_MEASURES[2]
    rest = [[Paragraph(a, BODY), Paragraph(b, BODY), Paragraph(c, BODY)],
            [Paragraph("<b>Duration</b><br/>4-year project: 2016-2019", BODY), "", ""],
            [Paragraph("<b>Budget</b><br/>2 million euros", BODY), "", ""],
            [Paragraph("<b>Sources of funding</b><br/>see the study of funding options", BODY), "", ""]]
    t2 = Table(rest, colWidths=[0.25 * width, 0.45 * width, 0.3 * width])
    t2.setStyle(TableStyle(grid + [("SPAN", (0, r), (-1, r)) for r in (1, 2, 3)]))
    third = sheet(SHEET_NEXT, "Land Registry Office", "Plan the use of land with climate risks in mind")
    third += [[Paragraph("<b>Duration</b><br/>5-year project: 2016-2020", BODY), "", ""],
              [Paragraph("<b>Budget</b><br/>3 million euros", BODY), "", ""]]
    t3 = Table(third, colWidths=[0.25 * width, 0.45 * width, 0.3 * width])
    t3.setStyle(TableStyle(grid + [("SPAN", (0, r), (-1, r)) for r in (0, 1, 2, 4, 5)] + [("SPAN", (1, 3), (2, 3))]))
    doc.build([Paragraph("Part 5: project sheets", BOLD), Spacer(1, 560), t1, PageBreak(), t2, Spacer(1, 30), t3])
    return path


# ---- unruled tables ------------------------------------------------------------------------

COSTS = (("Infrastructure and urban planning", "1 075"), ("Coastline", "757"), ("Tourism", "747"),
         ("Forestry", "554"), ("Health", "390"), ("Water", "153"), ("TOTAL", "3 676"))


def right_aligned_costs(path: Path) -> Path:
    """No lines: a caption, a bold header, sector names and amounts aligned on the right."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Costs")
    data = [["Development sector", "Estimated cost (million USD)"], *[list(r) for r in COSTS]]
    table = Table(data, colWidths=[230, 200])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("ALIGN", (1, 1), (1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    doc.build([Paragraph("The adaptation options of the eight sectors are costed below.", BODY), Spacer(1, 8),
               Paragraph("Table 22. Estimated cost of the adaptation measures by sector", BOLD), Spacer(1, 6),
               table, Spacer(1, 10), Paragraph("The costs are estimates at 2022 prices.", BODY)])
    return path


ACTORS = (
    ("National Climate Change Committee",
     "A body of many actors that steers the policy and takes the decisions. It coordinates the "
     "sector action plans on climate change, supports the national strategies and the study of "
     "every scientific question about the climate; it sits under the minister in charge of "
     "climate change and it validates the plan."),
    ("Directorate for Environment and Climate",
     "A body that coordinates and carries out every question of climate change management under "
     "the authority of the committee. For the monitoring of the plan it collects the data of the "
     "sector ministries, checks their quality and publishes them every year."),
)


def actors_table(path: Path) -> Path:
    """No lines: actors (one or two lines) beside responsibilities that wrap over many lines."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, title="Monitoring")
    data = [[Paragraph("Actors", BOLD), Paragraph("Responsibilities", BOLD)],
            *[[Paragraph(a, BODY), Paragraph(r, BODY)] for a, r in ACTORS]]
    table = Table(data, colWidths=[200, 230])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    doc.build([Paragraph("The monitoring of the plan involves the actors below.", BODY), Spacer(1, 8),
               Paragraph("Table 27. Actors and their responsibilities in monitoring", BOLD), Spacer(1, 6),
               table, Spacer(1, 10), Paragraph("Each actor reports once a year.", BODY)])
    return path
