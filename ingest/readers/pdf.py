"""PDF files: prose in reading order and action-plan tables row by row, with pages.

The text is rebuilt from the page geometry (`ingest.tables.pdf_layout`): prose lines are
grouped into paragraphs (a blank line between them, headings on their own), and each
table recovered by `ingest.tables.pdf` is written row by row, one cell per line (one
line per department), so a citation quotes a whole row and never a column-interleaved
jumble. Pages are separated by a blank line and recorded as offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.document import Block, Page, ParsedDocument
from ingest.sentences import split_sentences
from ingest.tables.cells import COORDINATION, department_cells
from ingest.tables.grid import ID_PATTERN, goal_number
from ingest.tables.model import Cell, TableBlock, TableRow
from ingest.tables.pdf import PdfTable, RawRow, Segment, find_tables
from ingest.tables.pdf_cells import forced_entries, logical_lines, paragraph
from ingest.tables.pdf_layout import Line, PageLayout, iter_pages, open_document, typical_gap
from plans.errors import ReadError
from plans.text import collapse_ws

ENCRYPTED = "the PDF is encrypted; decrypt it first"
DAMAGED = "the PDF is damaged and cannot be read"
TRUNCATED = "the PDF is truncated (no end-of-file marker); it may not have downloaded completely"
NOT_PDF = "not a valid PDF"
EMPTY = "the file is empty"
NO_TEXT = "no extractable text (scanned PDF?)"

_BAD_TITLES = {"untitled", "(unspecified)", "unspecified", "unknown", "title", "none", "document"}
_FILE_TITLE = re.compile(r"(\.(docx?|pdf|indd|odt|rtf|pptx?|xlsx?)\s*$)|^microsoft (word|powerpoint) - ", re.I)
_BULLET = re.compile(r"^(?:[•·▪‣◦–\-*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def read_pdf(path: Path) -> ParsedDocument:
    path = Path(path)
    pages, info = _load(path)
    if not any(p.words for p in pages):
        raise ReadError(path, NO_TEXT)
    tables = find_tables(pages)
    doc = _Builder(path, pages, tables).build()
    doc.title = _title(info, doc, path)
    author = _meta(info, "Author")
    doc.author = author or None
    return doc


# ---- opening -----------------------------------------------------------------------------


def _load(path: Path) -> tuple[list[PageLayout], dict]:
    try:
        size = path.stat().st_size
        with path.open("rb") as fp:
            head = fp.read(1024)
            fp.seek(max(0, size - 4096))
            tail = fp.read()
    except FileNotFoundError:
        raise ReadError(path, "the file does not exist") from None
    except OSError as exc:
        raise ReadError(path, f"the file cannot be opened ({exc.strerror or type(exc).__name__})") from None
    if size == 0:
        raise ReadError(path, EMPTY)
    if b"%PDF-" not in head:
        raise ReadError(path, NOT_PDF)
    if b"%%EOF" not in tail:
        raise ReadError(path, TRUNCATED)
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:  # pragma: no cover - very old pdfminer
        PDFEncryptionError = PDFPasswordIncorrect = ()  # type: ignore[assignment]
    try:
        with path.open("rb") as fp:
            document = open_document(fp, password="")
            info = _info(document)
            pages = list(iter_pages(document))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError(path, ENCRYPTED) from None
    except Exception as exc:  # pdfminer raises many kinds (syntax, type, key, value, recursion)
        if "encrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise ReadError(path, ENCRYPTED) from None
        raise ReadError(path, DAMAGED) from None
    if not pages:
        raise ReadError(path, DAMAGED)
    return pages, info


def _info(document) -> dict:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out: dict[str, str] = {}
    for entry in getattr(document, "info", []) or []:
        entry = resolve1(entry)
        if not isinstance(entry, dict):
            continue
        for key, value in entry.items():
            try:
                value = resolve1(value)
                if isinstance(value, bytes):
                    value = decode_text(value)
                if isinstance(value, str):
                    out[str(key)] = value.replace("\x00", "").strip()
            except Exception:  # a damaged info entry is no reason to refuse the file
                continue
    return out


def _meta(info: dict, key: str) -> str | None:
    value = collapse_ws(info.get(key, "") or "")
    return value or None


def _title(info: dict, doc: ParsedDocument, path: Path) -> str:
    title = _meta(info, "Title")
    if title and title.lower() not in _BAD_TITLES and not _FILE_TITLE.search(title) and re.search(r"[A-Za-z]{2}", title):
        return title
    return doc.title or path.stem


# ---- writing the text ----------------------------------------------------------------------


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.fresh = True  # at the start of a page: no separator before the next block

    def new_page(self) -> None:
        if self.pos:
            self._put("\n\n")
        self.fresh = True

    def block(self, lines: list[str]) -> list[tuple[int, int]]:
        """Write lines as one block (a blank line before it); the span of each line."""
        if not self.fresh:
            self._put("\n\n")
        self.fresh = False
        spans = []
        for i, line in enumerate(lines):
            if i:
                self._put("\n")
            start = self.pos
            self._put(line)
            spans.append((start, self.pos))
        return spans

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Para:
    lines: list[Line]
    heading: bool

    @property
    def top(self) -> float:
        return self.lines[0].top


class _Builder:
    def __init__(self, path: Path, pages: list[PageLayout], tables: list[PdfTable]):
        self.path = path
        self.pages = pages
        self.tables = tables
        self.out = _Writer()
        self.blocks: list[Block] = []
        self.table_blocks: list[TableBlock] = []
        self.objective: dict[int, str | None] = {}  # id(table) -> heading before it
        self.last_heading: str | None = None
        self.first_heading: str | None = None
        self.row_cells: dict[int, dict] = {}  # id(raw row) -> written spans
        self.segments: dict[int, list[tuple[PdfTable, Segment]]] = {}
        for t in tables:
            for s in t.segments:
                self.segments.setdefault(s.page, []).append((t, s))
        prose = [l for p in pages for l in self._prose_lines(p)]
        self.body_size = _common_size(prose)
        self.heading_sizes = sorted({round(l.size, 1) for l in prose if self._is_heading(l)}, reverse=True)
        self.known = _known_entries(tables)
        self._pending: list[tuple[TableBlock, PdfTable, Segment]] = []

    def build(self) -> ParsedDocument:
        page_spans: list[Page] = []
        for page in self.pages:
            self.out.new_page()
            start = self.out.pos
            self._page(page)
            page_spans.append(Page(page.number, start, self.out.pos))
        text = self.out.text
        rows_by_table = {id(t): self._rows(t, text) for t in self.tables}
        for tb, table, seg in self._pending:
            tb.rows = [r for s, r in rows_by_table[id(table)] if s is seg]
        return ParsedDocument(
            path=self.path, text=text, title=self.first_heading or "", pages=page_spans,
            blocks=self.blocks, tables=self.table_blocks,
        )

    # -- prose --

    def _regions(self, page: PageLayout) -> list[tuple[float, float]]:
        return [(s.top - 0.5, s.bottom + 0.5) for _, s in self.segments.get(page.number, [])]

    def _prose_lines(self, page: PageLayout) -> list[Line]:
        regions = self._regions(page)
        return [l for l in page.lines if not any(a <= (l.top + l.bottom) / 2 <= b for a, b in regions)]

    def _page(self, page: PageLayout) -> None:
        items: list[tuple[float, object]] = [(p.top, p) for p in self._paragraphs(self._prose_lines(page))]
        items += [(s.top, (t, s)) for t, s in self.segments.get(page.number, [])]
        items.sort(key=lambda it: it[0])
        for _, item in items:
            if isinstance(item, _Para):
                self._write_para(item)
            else:
                self._write_segment(*item)

    def _paragraphs(self, lines: list[Line]) -> list[_Para]:
        paras: list[_Para] = []
        gap_cache: dict[float, float] = {}
        for line in lines:
            heading = self._is_heading(line)
            if paras and not self._breaks(paras[-1], line, heading, lines, gap_cache):
                paras[-1].lines.append(line)
            else:
                paras.append(_Para([line], heading))
        return paras

    def _is_heading(self, line: Line) -> bool:
        text = line.text
        if len(text) > 160 or not re.search(r"[A-Za-z]", text):
            return False
        return line.bold or line.size >= self.body_size * 1.15

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
        ends = prev.text.rstrip().endswith((".", "!", "?", ":", ";"))
        if ends and line.x0 - prev.x0 > 0.9 * prev.size:
            return True  # first-line indent
        return ends and bool(_BULLET.match(line.text))

    def _write_para(self, para: _Para) -> None:
        texts = [l.text for l in para.lines]
        spans = self.out.block(texts)
        start, end = spans[0][0], spans[-1][1]
        if para.heading:
            heading = " ".join(texts)
            self.last_heading = heading
            if self.first_heading is None and para.lines[0].size >= self.body_size:
                self.first_heading = heading
            self.blocks.append(Block("heading", start, end, self._level(para.lines[0].size)))
        elif _BULLET.match(texts[0]):
            self.blocks.append(Block("list_item", start, end))
        else:
            self.blocks.append(Block("paragraph", start, end))

    def _level(self, size: float) -> int:
        """1 for the largest heading size of the document, 2 for the next, ..."""
        return 1 + sum(1 for s in self.heading_sizes if s > size + 0.5)

    # -- tables --

    def _write_segment(self, table: PdfTable, seg: Segment) -> None:
        if id(table) not in self.objective:
            self.objective[id(table)] = self.last_heading
        start = None
        if seg.header:
            start = self.out.block(seg.header)[0][0]
        joined_to_previous = bool(seg.carried) and table.segments[0] is not seg and any(
            r.continuation is seg.carried for r in table.rows
        )
        if seg.carried and not joined_to_previous:
            lines = [t for k, cell in enumerate(seg.carried) for t in self._cell_texts(table, seg, k, cell)]
            if lines:
                s = self.out.block(lines)
                start = s[0][0] if start is None else start
        for row in seg.rows:
            row_start = self._write_row(table, seg, row)
            if start is None:
                start = row_start
        if start is None:
            return
        self.blocks.append(Block("table", start, self.out.pos))
        tb = TableBlock(start, self.out.pos, [], list(seg.header or table.labels))
        self.table_blocks.append(tb)
        self._pending.append((tb, table, seg))

    def _known_for(self, row: RawRow | None) -> tuple[frozenset[str], frozenset[str]]:
        """Known department entries (certain, probable), leaving out this row's own."""
        return tuple(frozenset(e for e, rows in d.items() if rows - {id(row)}) for d in self.known)  # type: ignore[return-value]

    def _cell_texts(self, table: PdfTable, seg: Segment, k: int, lines: list[Line],
                    row: RawRow | None = None) -> list[str]:
        if not lines:
            return []
        role = seg.columns[k].role
        if role in ("departments", "monitoring"):
            known = self._known_for(row) if role == "departments" else (frozenset(), frozenset())
            return logical_lines(lines, seg.columns[k].limit, *known)
        return [paragraph(lines)]

    def _write_row(self, table: PdfTable, seg: Segment, row: RawRow) -> int:
        lines: list[str] = []
        owners: list[tuple[int, int]] = []  # (column, logical line index) per written line
        for k in range(len(seg.columns)):
            cell = row.cells[k] + (row.continuation[k] if row.continuation and k < len(row.continuation) else [])
            if seg.columns[k].role == "id":
                cell = row.cells[k]
            for i, t in enumerate(self._cell_texts(table, seg, k, cell, row)):
                lines.append(t)
                owners.append((k, i))
        spans = self.out.block(lines)
        cells: dict[int, list[tuple[int, int]]] = {}
        for (k, _), span in zip(owners, spans):
            cells.setdefault(k, []).append(span)
        self.row_cells[id(row)] = cells
        return spans[0][0]

    def _rows(self, table: PdfTable, text: str) -> list[tuple[Segment, TableRow]]:
        roles = [c.role for c in table.segments[0].columns]
        col = {r: roles.index(r) for r in ("goal", "action", "monitoring", "departments") if r in roles}
        out: list[tuple[Segment, TableRow]] = []
        merged: list[bool] = []
        for seg in table.segments:
            for row in seg.rows:
                cells = self.row_cells.get(id(row), {})
                m = ID_PATTERN.match(row.ref)
                ref = m.group(1) if m else row.ref.rstrip(".")
                gref = goal_number(ref)
                goal = _span_cell(text, cells.get(col.get("goal", -1), []))
                departments, coordinators = department_cells(text, cells.get(col.get("departments", -1), []))
                tr = TableRow(
                    ref=ref,
                    goal_ref=gref,
                    goal=goal,
                    action=_span_cell(text, cells.get(col.get("action", -1), [])),
                    monitoring=_monitoring(text, cells.get(col.get("monitoring", -1), [])),
                    departments=departments,
                    coordinators=coordinators,
                    page=row.page,
                    objective=self.objective.get(id(table)),
                )
                out.append((seg, tr))
                merged.append(row.goal_merged_above)
        _resolve_goals([tr for _, tr in out], merged)
        return out


def _resolve_goals(rows: list[TableRow], merged: list[bool]) -> None:
    """Give rows whose goal cell is empty the goal they fall under."""
    # a goal cell merged over several rows (SPAN, known from the rules) gives its text to
    # every row of the span, wherever in the span it is printed (top or centred)
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or not merged[i]:
            own = next((r.goal for r in rows[start:i] if r.goal is not None), None)
            for r in rows[start:i]:
                r.goal = r.goal or own
            start = i
    # every row of a goal number shares its goal, even when the merged cell's text is
    # printed lower down than the group's first row (vertically centred)
    group_goal: dict[str, Cell] = {}
    for r in rows:
        if r.goal is not None:
            group_goal.setdefault(r.goal_ref, r.goal)
    for r in rows:
        if r.goal is None:
            r.goal = group_goal.get(r.goal_ref)
    # an empty goal cell otherwise means "the goal above" (merged or left blank)
    for above, r in zip(rows, rows[1:]):
        if r.goal is None:
            r.goal = above.goal


# ---- cells from spans ---------------------------------------------------------------------


def _span_cell(text: str, spans: list[tuple[int, int]]) -> Cell | None:
    if not spans:
        return None
    return Cell.from_span(text, spans[0][0], spans[-1][1])


def _monitoring(text: str, spans: list[tuple[int, int]]) -> list[Cell]:
    out = []
    for a, b in spans:
        out += [Cell.from_span(text, s, e) for s, e in split_sentences(text, a, b)]
    return [c for c in out if c.text]


# ---- helpers -------------------------------------------------------------------------------


def _common_size(lines: list[Line]) -> float:
    counts: dict[float, int] = {}
    for l in lines:
        for w in l.words:
            k = round(w.size, 1)
            counts[k] = counts.get(k, 0) + len(w.text)
    return max(counts, key=counts.get) if counts else 10.0


def _known_entries(tables: list[PdfTable]) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Department entries that fill a cell on their own, with the rows that print them:
    (certain: one line or certain wraps only, probable: by the width rule)."""
    certain: dict[str, set[int]] = {}
    probable: dict[str, set[int]] = {}
    for table in tables:
        for seg in table.segments:
            ks = [k for k, c in enumerate(seg.columns) if c.role == "departments"]
            for row in seg.rows:
                for k in ks:
                    sure = forced_entries(row.cells[k])
                    entries = sure if len(sure) == 1 else logical_lines(row.cells[k], seg.columns[k].limit)
                    if len(entries) != 1:
                        continue
                    target = certain if len(sure) == 1 else probable
                    for part in re.split(r"[;,]", COORDINATION.sub(" ", entries[0])):
                        if part.strip():
                            target.setdefault(collapse_ws(part).lower(), set()).add(id(row))
    return certain, probable
