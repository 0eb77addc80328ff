"""Render the made-up plan of `synthetic_plan` as PDFs with real tables, in many layouts.

Each `Variant` changes one or more things a reader must cope with: page orientation,
font and size, column widths, ruling lines, zebra shading, vertical alignment, a header
repeated (or not) after a page break, header words and centred (wrapped) labels, merged
objective cells (SPAN) or goals printed once per group or on every row, rows split over
a page break, tight cell padding, prose set right under a table, a column no role maps
to, running heads and page numbers. Every document has a title, an introduction long
enough to push the first table over a page break, and per section a heading and prose
before its table (and a numbered list and a closing paragraph after the last one).

`render_plan` returns the page each row was drawn on (recorded while drawing), so tests
know where rows land without reading the PDF back.

Also here: `lines_pdf` (a page of plain lines); files a reader must refuse
(`write_corrupt_pdf`, `write_truncated_pdf`, `write_encrypted_pdf`, `write_empty_file`,
`write_random_bytes`, `write_image_only_pdf`); and `write_rotated_copy` (landscape pages
stored as rotated portrait pages).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.support.synthetic_plan import HEADERS, ROWS, SynthRow

TITLE = "Coastal Resilience Action Plan 2026-2030"
INTRO_HEADING = "Why a coastal resilience plan"
CLOSING = (
    "The measures above will be reviewed every two years. Municipalities that wish to take "
    "part in the pilot phase can contact the regional planning office before the end of the year."
)
RUNNING_HEAD = "Coastal Resilience Action Plan - consultation draft"
CLOSING_LIST = (
    "1. The first review will take place in 2028.",
    "2. A public summary of each review will be published.",
)

_SENTENCES = (
    "Sea levels along the coast have risen steadily over the last fifty years, and storm surges now reach further inland than the old defences were built for.",
    "Several towns were cut off for days during the last great storm, and the damage to homes, roads and harbours ran into the hundreds of millions.",
    "This plan brings together the measures that the regional government will take over the coming five years to protect people and property.",
    "It was drafted after a consultation with municipalities, emergency services, residents' associations and the scientific community.",
    "Each pillar sets out objectives; each objective is broken down into numbered measures with an indicator and the bodies responsible.",
    "The measures are financed from the regular budgets of the bodies concerned, topped up by a dedicated resilience fund.",
    "Progress will be reported to the regional parliament every year, and an independent evaluation will take place at mid-term.",
    "Where a measure depends on other levels of government, the plan says so and names the body that will negotiate on its behalf.",
)

_SECTION_PROSE = {
    0: "The first pillar deals with the physical protection of the coast and with the warning systems that give residents time to act.",
    1: "The second pillar turns to households and communities, whose preparedness decides how well a town gets through a flood.",
}


@dataclass(frozen=True)
class Variant:
    name: str
    landscape: bool = False
    font: str = "Helvetica"  # Helvetica, Times-Roman or Courier (bold: the -Bold face)
    font_size: float = 8.5
    widths: tuple[float, ...] = (0.08, 0.22, 0.34, 0.20, 0.16)  # fractions of the frame width
    grid: bool = True
    zebra: bool = False
    valign: str = "TOP"  # TOP or MIDDLE
    repeat_header: bool = True
    header_fill: bool = True
    merge_goals: bool = True  # SPAN the objective over its rows; else print it on the first row only
    goal_every_row: bool = False  # print the objective again on every row (no merging)
    split_in_row: bool = False  # let a row break over a page
    dept_separator: str = "<br/>"  # how the departments of a cell are printed
    monitoring_separator: str = " "
    intro_paragraphs: int | None = None  # None: as many as it takes to break the first table
    padding: float | None = None  # cell padding (top/bottom); None = reportlab default
    set_title: bool = True
    closing_paragraph: bool = True
    headers: tuple[str, ...] | None = None  # other header words (same five roles)
    header_align: str = "LEFT"
    extra_column: bool = False  # a sixth column ("Timeline") no role maps to
    space_after: float = 8  # points between a table and what follows
    furniture: bool = False  # a running head and a page number (at the left, under the ids)

    @property
    def bold_font(self) -> str:
        return {"Times-Roman": "Times-Bold"}.get(self.font, self.font + "-Bold")


VARIANTS: tuple[Variant, ...] = (
    Variant("portrait-grid-helvetica"),
    Variant("landscape-grid", landscape=True),
    Variant("times-no-lines-zebra", font="Times-Roman", font_size=9.5, grid=False, zebra=True,
            header_fill=False),
    Variant("courier-narrow", font="Courier", font_size=7.5, widths=(0.07, 0.18, 0.35, 0.22, 0.18)),
    Variant("middle-aligned-merged", valign="MIDDLE"),
    Variant("middle-no-lines", valign="MIDDLE", grid=False, header_fill=False),
    Variant("no-repeat-header", repeat_header=False),
    Variant("goals-not-merged", merge_goals=False, zebra=True),
    Variant("goal-every-row", merge_goals=False, goal_every_row=True, grid=False),
    Variant("split-rows", split_in_row=True, merge_goals=False),
    Variant("wide-ids-big-font", font_size=10.5, widths=(0.1, 0.2, 0.3, 0.2, 0.2),
            set_title=False),
    Variant("narrow-departments", widths=(0.08, 0.24, 0.355, 0.18, 0.145), font="Times-Roman",
            font_size=8.5),
    Variant("comma-departments", dept_separator=", ", monitoring_separator="<br/>", grid=False,
            zebra=True, valign="MIDDLE"),
    Variant("tight-padding", padding=1, grid=False, header_fill=False, font_size=8),
    Variant("centred-headers", headers=("#", "Goal", "Action", "Indicators", "Lead department"),
            header_align="CENTER", grid=False, zebra=True),
    Variant("page-furniture", repeat_header=False, furniture=True, grid=False, zebra=True),
    Variant("prose-hugs-table", padding=1, grid=False, header_fill=False, space_after=0),
    Variant("extra-column", extra_column=True, landscape=True, widths=(0.06, 0.2, 0.3, 0.16, 0.16, 0.12),
            valign="MIDDLE"),
)

TIMELINE = {"1": "2026-2027", "2": "2026", "3": "2027-2030", "4": "2028", "5": "Every year"}


@dataclass
class Rendered:
    path: Path
    variant: Variant
    pages: dict[str, int] = field(default_factory=dict)  # row ref -> page where it starts
    last_pages: dict[str, int] = field(default_factory=dict)  # row ref -> page where it ends
    page_count: int = 0


class _Tracked(Paragraph):
    """A Paragraph that records the page it is drawn on (for the expected row pages)."""

    def __init__(self, text, style=None, *args, key=None, sink=None, **kwargs):
        super().__init__(text, style, *args, **kwargs)
        self._key = key
        self._sink = sink

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for p in parts:
            if isinstance(p, _Tracked):
                p._key, p._sink = self._key, self._sink
        return parts

    def drawOn(self, canvas, x, y, _sW=0):
        if self._sink is not None and self._key is not None and self.getPlainText().strip():
            self._sink.setdefault(self._key, []).append(canvas.getPageNumber())
        super().drawOn(canvas, x, y, _sW)


def _styles(v: Variant) -> dict[str, ParagraphStyle]:
    s = v.font_size
    return {
        "title": ParagraphStyle("title", fontName=v.bold_font, fontSize=16, leading=20, spaceAfter=10),
        "h": ParagraphStyle("h", fontName=v.bold_font, fontSize=12, leading=15, spaceBefore=8, spaceAfter=6),
        "body": ParagraphStyle("body", fontName=v.font, fontSize=10, leading=12.5, spaceAfter=6, alignment=TA_LEFT),
        "cell": ParagraphStyle("cell", fontName=v.font, fontSize=s, leading=s * 1.2),
        "head": ParagraphStyle("head", fontName=v.bold_font, fontSize=s, leading=s * 1.2),
        "head_c": ParagraphStyle("head_c", fontName=v.bold_font, fontSize=s, leading=s * 1.2, alignment=TA_CENTER),
    }


def _intro(n: int) -> list[str]:
    out = []
    for i in range(n):
        k = len(_SENTENCES)
        out.append(" ".join(_SENTENCES[(i + j) % k] for j in range(4)))
    return out


def _sections(rows: tuple[SynthRow, ...]) -> list[tuple[str, list[SynthRow]]]:
    out: list[tuple[str, list[SynthRow]]] = []
    for r in rows:
        if not out or out[-1][0] != r.section:
            out.append((r.section, []))
        out[-1][1].append(r)
    return out


def _table(v: Variant, rows: list[SynthRow], headers, st, width: float, sink: dict) -> Table:
    headers = list(v.headers or headers) + (["Timeline"] if v.extra_column else [])
    data = [[Paragraph(escape(h), st["head_c"] if v.header_align == "CENTER" else st["head"]) for h in headers]]
    spans: list[tuple[int, int]] = []
    for i, r in enumerate(rows, start=1):
        first_of_goal = i == 1 or rows[i - 2].goal != r.goal  # a goal cell spans its rows
        if first_of_goal:
            spans.append((i, i))
        else:
            spans[-1] = (spans[-1][0], i)
        show_goal = first_of_goal or v.goal_every_row
        cells = [
            _Tracked(escape(r.ref), st["cell"], key=r.ref, sink=sink),
            _Tracked(escape(r.goal) if show_goal else "", st["cell"], key=r.ref, sink=sink),
            _Tracked(escape(r.action), st["cell"], key=r.ref, sink=sink),
            _Tracked(v.monitoring_separator.join(escape(m) for m in r.monitoring), st["cell"], key=r.ref, sink=sink),
            _Tracked(v.dept_separator.join(escape(d) for d in r.departments), st["cell"], key=r.ref, sink=sink),
        ]
        if v.extra_column:
            cells.append(Paragraph(TIMELINE.get(r.goal_ref, "2029"), st["cell"]))
        data.append(cells)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), v.valign),
        ("FONTNAME", (0, 0), (-1, -1), v.font),
    ]
    if v.padding is not None:
        commands += [("TOPPADDING", (0, 0), (-1, -1), v.padding), ("BOTTOMPADDING", (0, 0), (-1, -1), v.padding)]
    if v.grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    if v.header_fill:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")))
    if v.zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eeeeee")]))
    if v.merge_goals and not v.goal_every_row:
        for a, b in spans:
            if b > a:
                commands.append(("SPAN", (1, a), (1, b)))
    t = Table(
        data,
        colWidths=[f * width for f in v.widths],
        repeatRows=1 if v.repeat_header else 0,
        splitByRow=0 if v.split_in_row else 1,
        splitInRow=12 if v.split_in_row else 0,
    )
    t.setStyle(TableStyle(commands))
    return t


def render_plan(path: Path, variant: Variant = VARIANTS[0], rows: tuple[SynthRow, ...] = ROWS,
                headers: tuple[str, ...] = HEADERS) -> Rendered:
    """Write the plan as a PDF at `path`; return where each row was drawn.

    Without a set `intro_paragraphs`, the introduction grows until the first table breaks
    over a page (and, for `split_in_row`, until a row itself is split by the break).
    """
    if variant.intro_paragraphs is not None:
        return _render(path, variant, rows, headers)
    first = {r.ref for r in _sections(rows)[0][1]}
    out = None
    for n in range(1, 16):
        out = _render(path, replace(variant, intro_paragraphs=n), rows, headers)
        starts = {out.pages[r] for r in first}
        split = any(out.pages[r] != out.last_pages[r] for r in out.pages)
        if (split if variant.split_in_row else len(starts) > 1):
            return out
    return out


def _render(path: Path, variant: Variant, rows: tuple[SynthRow, ...], headers: tuple[str, ...]) -> Rendered:
    pagesize = landscape(A4) if variant.landscape else A4
    st = _styles(variant)
    doc = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
        topMargin=16 * mm, bottomMargin=16 * mm,
        title=TITLE if variant.set_title else "", author="Regional Government (synthetic)" if variant.set_title else "",
    )
    sink: dict[str, list[int]] = {}
    story: list = [Paragraph(TITLE, st["title"]), Paragraph(INTRO_HEADING, st["h"])]
    story += [Paragraph(p, st["body"]) for p in _intro(variant.intro_paragraphs)]
    for k, (section, srows) in enumerate(_sections(rows)):
        story.append(Paragraph(escape(section), st["h"]))
        story.append(Paragraph(_SECTION_PROSE.get(k, _SENTENCES[k % len(_SENTENCES)]), st["body"]))
        story.append(Spacer(1, 4))
        story.append(_table(variant, srows, headers, st, doc.width, sink))
        if variant.space_after:
            story.append(Spacer(1, variant.space_after))
    if variant.closing_paragraph:
        story += [Paragraph(item, st["body"]) for item in CLOSING_LIST]
        story.append(Paragraph("Review", st["h"]))
        story.append(Paragraph(CLOSING, st["body"]))
    if variant.furniture:
        def furniture(canvas, d):
            canvas.saveState()
            canvas.setFont(variant.font, 8)
            canvas.drawString(d.leftMargin, d.pagesize[1] - 10 * mm, RUNNING_HEAD)
            canvas.drawString(d.leftMargin + 2, 8 * mm, str(canvas.getPageNumber()))
            canvas.restoreState()

        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    else:
        doc.build(story)
    out = Rendered(path, variant, {k: min(v) for k, v in sink.items()}, {k: max(v) for k, v in sink.items()})
    out.page_count = doc.page
    return out


# ---- files a reader must refuse ----------------------------------------------------------


def lines_pdf(path: Path, lines: list[str], step: float = 16) -> Path:
    """A one-page PDF with the lines drawn one under the other ("" leaves a blank line; a
    line written "**..." is set in bold, and "**lead-in**rest" in bold up to the second
    "**", then in the regular face)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in lines:
        if line:
            bold = line.startswith("**")
            lead, _, rest = line[2:].partition("**") if bold else ("", "", line)
            x = 60.0
            for text, face in ((lead, "Helvetica-Bold"), (rest, "Helvetica")):
                if text:
                    c.setFont(face, 12)
                    c.drawString(x, y, text)
                    x += c.stringWidth(text, face, 12)
        y -= step
    c.save()
    return path


def write_empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def write_random_bytes(path: Path, n: int = 4096, seed: int = 7) -> Path:
    rng = random.Random(seed)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(n)))
    return path


def write_corrupt_pdf(path: Path, source: Path) -> Path:
    """A PDF whose body was overwritten with garbage (header and trailer kept)."""
    data = bytearray(source.read_bytes())
    rng = random.Random(11)
    for i in range(200, len(data) - 200):
        data[i] = rng.randrange(256)
    path.write_bytes(bytes(data))
    return path


def write_truncated_pdf(path: Path, source: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def write_encrypted_pdf(path: Path, source: Path, user_password: str = "secret") -> Path:
    """`source` encrypted with pypdf; an empty `user_password` gives a PDF anyone can open."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-" + (user_password or "x"),
                   algorithm="AES-128")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def write_image_only_pdf(path: Path) -> Path:
    """A page with drawings and no text at all (what a scan looks like to a text extractor)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFillColor(colors.lightgrey)
    for i in range(10):
        c.rect(50 + i * 40, 100 + i * 50, 30, 40, fill=1, stroke=0)
    c.showPage()
    c.save()
    return path


def variant(name: str) -> Variant:
    for v in VARIANTS:
        if v.name == name:
            return v
    raise KeyError(name)


__all__ = [
    "VARIANTS", "Variant", "Rendered", "render_plan", "variant", "replace", "TITLE", "CLOSING",
    "write_empty_file", "write_random_bytes", "write_corrupt_pdf", "write_truncated_pdf",
    "write_encrypted_pdf", "write_image_only_pdf", "write_rotated_copy",
]


def write_rotated_copy(path: Path, source: Path) -> Path:
    """`source` (landscape pages) stored the way word processors store landscape sections:
    a portrait page whose content is drawn turned by a quarter, with /Rotate 90 so that a
    viewer shows it upright again."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    writer = PdfWriter(clone_from=PdfReader(str(source)))
    for page in writer.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().rotate(90).translate(h, 0))
        page.mediabox = RectangleObject((0, 0, h, w))
        page.cropbox = RectangleObject((0, 0, h, w))
        page.rotate(90)
    writer.add_metadata({"/Title": TITLE})
    with path.open("wb") as fh:
        writer.write(fh)
    return path
