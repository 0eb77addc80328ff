"""The text of a PDF, page by page, in reading order: prose, action tables and grids.

Per page: running heads, footers and page numbers are left out (`pdf_furniture`); the
prose lines and the table regions are put in reading order (`pdf_prose`, columns one
after the other); prose lines are grouped into paragraphs (a blank line between them,
headings and list items on their own, words broken over a line end made whole); each
table is written row by row, one cell per line. Pages are separated by a blank line and
recorded as offsets, with the label printed on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.document import Block, Page, ParsedDocument
from ingest.readers.pdf_actions import ActionTables
from ingest.readers.pdf_furniture import Furniture
from ingest.readers.pdf_prose import page_blocks
from ingest.readers.pdf_writer import Writer
from ingest.tables.keyed import read_grid
from ingest.tables.model import Grid, GridCell, GridLine
from ingest.tables.pdf import PdfTable, Segment
from ingest.tables.pdf_cells import BULLETS, logical_lines
from ingest.tables.pdf_grids import DraftCell, DraftTable, Part
from ingest.tables.pdf_hyphens import Hyphenation
from ingest.tables.pdf_layout import SOFT_HYPHEN, Line, PageLayout, typical_gap
from plans.ids import TABLE_WORDS
from plans.text import collapse_ws
from plans.vocabulary.time import DATE_LINE

_SYMBOLS = "".join(sorted(BULLETS - set("-*o–")))  # dashes and "o" also open wrapped lines
_SYMBOL_BULLET = re.compile(r"^[" + re.escape(_SYMBOLS) + r"]\s")
_BULLET = re.compile(r"^(?:[" + re.escape(_SYMBOLS) + r"\-*–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_TABLE_CAPTION = re.compile(rf"^\s*(?:{'|'.join(TABLE_WORDS)})\s+\d{{1,3}}(?:\.\d{{1,2}})?\s*[.:–-]", re.I)
_CAPTION_WORDS = 40  # a paragraph right above a table is its caption when this short

_DATE_LINE = re.compile(DATE_LINE)
_NUMBER_LINE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,4}\.?\s*$")  # "7", "6.3.8", "2.1."


@dataclass
class _Para:
    lines: list[Line]
    heading: bool

    @property
    def top(self) -> float:
        return self.lines[0].top


class Builder:
    def __init__(self, path: Path, pages: list[PageLayout], actions: list[PdfTable], drafts: list[DraftTable],
                 furniture: Furniture, hyphenation: Hyphenation):
        self.path = path
        self.pages = pages
        self.furniture = furniture
        self.hyph = hyphenation
        self.out = Writer()
        self.actions = ActionTables(self.out, actions)
        self.drafts = drafts
        self.parts: dict[int, list[tuple[DraftTable, Part]]] = {}
        for d in drafts:
            for part in d.parts:
                self.parts.setdefault(part.page, []).append((d, part))
        self.claimed = {w for d in drafts for w in d.words}
        self.blocks: list[Block] = []
        self.last_heading: str | None = None
        self.first_heading: str | None = None
        self.recent: tuple[str, int, float] | None = None  # last paragraph: text, page, bottom
        self.captions: dict[int, str | None] = {}  # id(draft) -> caption
        self.cell_spans: dict[int, tuple[int, int]] = {}  # id(DraftCell) -> written span
        self.cell_lines: dict[int, list[tuple[tuple[int, int], bool]]] = {}  # id(DraftCell) -> its lines, bold or not
        self.row_spans: dict[int, list[list[tuple[int, int]]]] = {}  # id(draft) -> per part, its written rows
        prose = [l for p in pages for l in self._prose_lines(p)]
        self.body_size = _common_size(prose)
        self.heading_sizes = sorted({round(l.size, 1) for l in prose if self._is_heading(l)}, reverse=True)

    def build(self, labels: list[str | None]) -> ParsedDocument:
        page_spans: list[Page] = []
        for page, label in zip(self.pages, labels):
            self.out.new_page()
            start = self.out.pos
            self._page(page)
            page_spans.append(Page(page.number, start, self.out.pos, label))
        text = self.out.text
        grids = self.actions.finish(text)
        for d in self.drafts:
            grid = self._grid(d, text)
            if grid is not None:
                grids.append(grid)
            self.blocks += self._grid_blocks(d, grid)
        blocks = sorted(self.blocks + self.actions.blocks, key=lambda b: b.start)
        return ParsedDocument(path=self.path, text=text, title=self.first_heading or "", pages=page_spans,
                              blocks=blocks, tables=self.actions.table_blocks, grids=grids)

    # -- what is prose --

    def _prose_lines(self, page: PageLayout) -> list[Line]:
        bands = [(s.top - 0.5, s.bottom + 0.5) for _, s in self.actions.on_page(page.number)]
        out = []
        for line in self.furniture.keep(page):
            if any(a <= (line.top + line.bottom) / 2 <= b for a, b in bands):
                continue
            words = [w for w in line.words if id(w) not in self.claimed]
            if len(words) == len(line.words):
                out.append(line)
            elif words:
                out.append(Line(words))
        return out

    # -- a page --

    def _page(self, page: PageLayout) -> None:
        lines = self._prose_lines(page)
        regions: list[tuple[tuple[float, float, float, float], object]] = [
            ((0.0, s.top, page.width, s.bottom), (t, s)) for t, s in self.actions.on_page(page.number)
        ]
        regions += [(part.box, (d, part)) for d, part in self.parts.get(page.number, [])]
        for block in page_blocks(lines, regions, page.width):
            if block.item is None:  # line spacing measured in the block's own column
                for para in self._paragraphs(block.lines, block.lines, {}):
                    self._write_para(para, page.number)
            elif isinstance(block.item[1], Segment):
                self.actions.write(block.item[0], block.item[1], self.last_heading)
            else:
                self._write_part(*block.item)

    def _paragraphs(self, lines: list[Line], page_lines: list[Line], gaps: dict[float, float]) -> list[_Para]:
        paras: list[_Para] = []
        for i, line in enumerate(lines):
            heading = self._is_heading(line) or self._heading_number(line, lines[i + 1] if i + 1 < len(lines) else None)
            if paras and paras[-1].heading and line.words[0].bold and _regular_tail(line) \
                    and not self._breaks(_Para(paras[-1].lines, False), line, False, page_lines, gaps):
                paras[-1].heading = False  # a bold lead-in wrapped over lines before its text runs in
                paras[-1].lines.append(line)
            elif paras and not self._breaks(paras[-1], line, heading, page_lines, gaps):
                paras[-1].lines.append(line)
            else:
                paras.append(_Para([line], heading))
        return paras

    def _is_heading(self, line: Line) -> bool:
        text = line.text
        if len(text) > 160 or not re.search(r"[^\W\d_]", text) or _SYMBOL_BULLET.match(text):
            return False
        if _DATE_LINE.match(text):  # a cover's or colophon's date, however large: a statement
            return False
        return line.bold and not _regular_tail(line) or line.size >= self.body_size * 1.15

    def _heading_number(self, line: Line, nxt: Line | None) -> bool:
        """A section number set on its own line in the heading's type, just over the heading's
        words ("6.3.8" over "Gordelfestival"): the start of that heading."""
        return (_NUMBER_LINE.match(line.text) is not None and nxt is not None and self._is_heading(nxt)
                and (line.bold or line.size >= self.body_size * 1.15) and abs(nxt.size - line.size) <= 0.6
                and 0 <= nxt.top - line.bottom < line.size)

    def _breaks(self, para: _Para, line: Line, heading: bool, lines: list[Line], cache: dict) -> bool:
        prev = para.lines[-1]
        if heading != para.heading or abs(line.size - prev.size) > 0.6:
            return True
        size = round(prev.size, 1)
        if size not in cache:
            cache[size] = typical_gap(lines, prev.size)
        gap = line.top - prev.bottom
        if gap > cache[size] + 0.35 * prev.size or gap < -0.5 * prev.size:
            return True
        if _SYMBOL_BULLET.match(line.text):
            return True
        ends = prev.text.rstrip().endswith((".", "!", "?", ":", ";"))
        if ends and line.x0 - prev.x0 > 0.9 * prev.size:
            return True  # first-line indent
        return ends and bool(_BULLET.match(line.text))

    def _write_para(self, para: _Para, page: int) -> None:
        texts = [t.replace(SOFT_HYPHEN, "") for t in self.hyph.rewrap([l.text for l in para.lines])]
        texts = [t for t in texts if t.strip()]
        if not texts:
            return
        spans = self.out.block(texts)
        start, end = spans[0][0], spans[-1][1]
        if para.heading and _bold_item(" ".join(texts), self.recent[0] if self.recent else "",
                                       self.blocks[-1].kind if self.blocks else ""):
            self.blocks.append(Block("list_item", start, end))
        elif para.heading:
            heading = " ".join(texts)
            self.last_heading = heading
            if self.first_heading is None and para.lines[0].size >= self.body_size:
                self.first_heading = heading
            self.blocks.append(Block("heading", start, end, self._level(para.lines[0].size)))
        elif _BULLET.match(texts[0]):
            self.blocks.append(Block("list_item", start, end))
        else:
            self.blocks.append(Block("paragraph", start, end))
        self.recent = (" ".join(texts), page, para.lines[-1].bottom)

    def _level(self, size: float) -> int:
        """1 for the largest heading size of the document, 2 for the next, ..."""
        return 1 + sum(1 for s in self.heading_sizes if s > size + 0.5)

    # -- grids --

    def _write_part(self, draft: DraftTable, part: Part) -> None:
        if id(draft) not in self.captions:
            self.captions[id(draft)] = self._caption(part)
        written = self.row_spans.setdefault(id(draft), [])
        written.append([])
        for r in range(part.first, part.first + part.count):
            lines: list[str] = []
            owners: list[DraftCell] = []
            weights: list[bool] = []
            for cell in draft.rows[r]:
                if cell is None or id(cell) in self.cell_spans or any(o is cell for o in owners):
                    continue
                for run in _weight_runs(cell.lines):  # a bold label line is never joined to its value
                    for t in logical_lines(run, cell.limit, join=self.hyph.join):
                        lines.append(t.replace(SOFT_HYPHEN, ""))
                        owners.append(cell)
                        weights.append(run[0].bold)
            if not lines:
                continue
            spans = self.out.block(lines)
            for cell, span, strong in zip(owners, spans, weights):
                a = self.cell_spans.get(id(cell), span)[0]
                self.cell_spans[id(cell)] = (a, span[1])
                self.cell_lines.setdefault(id(cell), []).append((span, strong))
            written[-1].append((spans[0][0], spans[-1][1]))

    def _grid_blocks(self, draft: DraftTable, grid: Grid | None) -> list[Block]:
        """A table block per page of a grid whose rows are read by their headers (they are
        indexed row by row, like Word and HTML tables); else a paragraph per row, so that a
        table no reader can key stays searchable text."""
        parts = [rows for rows in self.row_spans.get(id(draft), []) if rows]
        if grid is not None and read_grid(grid) is not None:
            return [Block("table", rows[0][0], rows[-1][1]) for rows in parts]
        return [Block("paragraph", a, b) for rows in parts for a, b in rows]

    def _caption(self, part: Part) -> str | None:
        """The table's numbered caption ("Table 7: ...") printed above it or inside its frame,
        else the short paragraph right above it, else the heading it falls under."""
        numbered = self._numbered_caption(part)
        if numbered:
            return numbered
        if self.recent is not None:
            text, page, bottom = self.recent
            near = page == part.page and 0 <= part.box[1] - bottom <= 4 * self.body_size
            if near and len(text.split()) <= _CAPTION_WORDS:
                return text
        return self.last_heading

    def _numbered_caption(self, part: Part) -> str | None:
        """A line opening with "Table N" / "Tableau N" / "Tabel N" that no table holds, at most
        four lines above the part's frame or inside it (a legend drawn in the frame can put the
        frame's top above the caption)."""
        top, bottom = part.box[1] - 4 * self.body_size, part.box[3]
        page = self.pages[part.page - 1]
        for line in self.furniture.keep(page):
            if top <= line.ymid <= bottom and not any(id(w) in self.claimed for w in line.words) \
                    and _TABLE_CAPTION.match(line.text):
                return line.text.strip()
        return None

    def _grid(self, draft: DraftTable, text: str) -> Grid | None:
        made: dict[int, GridCell] = {}
        rows: list[list[GridCell | None]] = []
        pages: list[int | None] = []
        for row, page in zip(draft.rows, draft.pages):
            out: list[GridCell | None] = []
            for cell in row:
                span = self.cell_spans.get(id(cell)) if cell is not None else None
                if span is None:
                    out.append(None)
                    continue
                if id(cell) not in made:
                    lines = tuple(GridLine(collapse_ws(text[a:b]), a, b, strong)
                                  for (a, b), strong in self.cell_lines.get(id(cell), []))
                    made[id(cell)] = GridCell(collapse_ws(text[span[0]:span[1]]), *span, lines=lines)
                out.append(made[id(cell)])
            if any(out):
                rows.append(out)
                pages.append(page)
        if len(rows) < 2:
            return None
        return Grid(rows, pages, draft.header_rows, self.captions.get(id(draft)))


def _weight_runs(lines: list[Line]) -> list[list[Line]]:
    """The cell's lines in runs of the same weight (bold or not)."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and runs[-1][0].bold == line.bold:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _common_size(lines: list[Line]) -> float:
    counts: dict[float, int] = {}
    for l in lines:
        for w in l.words:
            k = round(w.size, 1)
            counts[k] = counts.get(k, 0) + len(w.text)
    return max(counts, key=counts.get) if counts else 10.0


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s")
_RUN_IN_TAIL = 2  # regular words closing a mostly bold line that make it a bold lead-in, not a heading


def _regular_tail(line: Line) -> bool:
    """Does a mostly bold line end in regular words ("3. Managing resources – measures that
    address budgets,")? Its bold part is the lead-in of a paragraph or list item run into its
    text, not a heading; unless a section number opens it ("1.2.1 Les changements …", set
    in two faces)."""
    if _SECTION_NUMBER.match(line.text):
        return False
    tail = 0
    for word in reversed(line.words):
        if word.bold:
            break
        tail += bool(re.search(r"[^\W\d_]{2}", word.text))
    return tail >= _RUN_IN_TAIL


def _bold_item(text: str, before: str, before_kind: str) -> bool:
    """A bold line that ends a clause (";"), or that ends a sentence right after a line
    that opens a list (":") or after such an item, is an item of a list set in bold
    ("Axis 1: Strengthen governance;" under "... three axes, as follows:"), not a heading."""
    end = text.rstrip()[-1:]
    if end == ";":
        return True
    opened = before.rstrip().endswith(":") or (before_kind == "list_item" and before.rstrip().endswith(";"))
    return end == "." and opened
