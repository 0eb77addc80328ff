"""Read any supported file into a `ParsedDocument`, or fail with a one-line `ReadError`.

Dispatches on the file extension, recovers action-plan tables (flattened text, PDF
tables), turns every reader's grids (Word, HTML, PDF) into header-keyed rows, finds the
structure of the remaining text, the title and byline.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

from ingest.document import Block, ParsedDocument
from ingest.frontmatter import find_author, find_title, whole_text_heading
from ingest.structure import heading_text, segment
from ingest.tables.keyed import read_grids
from ingest.tables.model import Grid, TableBlock
from plans.errors import PlansError, ReadError

SUPPORTED = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".md": "markdown",
             ".markdown": "markdown", ".txt": "text", ".text": "text"}
SUPPORTED_LIST = ".pdf, .docx, .html, .md, .txt"


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def read_document(path: Path, display_name: str | None = None) -> ParsedDocument:
    """Parse one file. `display_name` overrides the name users see (uploads)."""
    path = Path(path)
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise ReadError(
            path, f"unsupported file type '{path.suffix or '(none)'}' (supported: {SUPPORTED_LIST})"
        )
    if not path.is_file():
        raise ReadError(path, "no such file")
    try:
        doc = _READERS[kind](path)
    except PlansError:
        raise
    except Exception as exc:  # a reader's library failed in a way we did not foresee
        raise ReadError(path, f"could not be read ({type(exc).__name__}: {exc})".splitlines()[0]) from exc
    doc.kind = kind
    doc.keyed = read_grids([g for g in doc.grids if not _read_as_rows(g, doc)])
    doc.blocks = _rows_not_prose(doc)
    if display_name:
        doc.path = Path(display_name)
    return doc


def _rows_not_prose(doc: ParsedDocument) -> list[Block]:
    """A reader writes a grid it cannot key on its own (a sheet's continuation on the next
    page, a table whose header was not printed again) as paragraphs; once the document's
    grids are read together its rows are keyed, so those paragraphs are table text, indexed
    as rows and not a second time as passages."""
    spans = [(c.start, c.end) for t in doc.keyed for r in t.rows for k in r.cells for c in k.cells]
    spans += [(r.ref_cell.start, r.ref_cell.end) for t in doc.keyed for r in t.rows if r.ref_cell is not None]
    if not spans:
        return doc.blocks
    merged: list[list[int]] = []  # overlapping spans joined; covered() reads the gaps between them
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    starts = [a for a, _ in merged]

    def covered(block: Block) -> bool:
        i = bisect.bisect_right(starts, block.start) - 1
        pos = block.start
        while 0 <= i < len(merged) and pos < block.end:
            a, b = merged[i]
            if doc.text[pos:a].strip():
                return False
            pos = max(pos, b)
            i += 1
        return not doc.text[pos:block.end].strip()

    return [Block("table", b.start, b.end) if b.kind == "paragraph" and covered(b) else b for b in doc.blocks]


def _read_as_rows(grid: Grid, doc: ParsedDocument) -> bool:
    """True for the grid of an action table the reader already gave as rows (`doc.tables`,
    the PDF geometry reader): its rows are not read a second time from the grid."""
    spans = [(t.start, t.end) for t in doc.tables]
    cells = [c for row in grid.rows for c in row if c is not None]
    return bool(spans) and bool(cells) and all(any(a <= c.start and c.end <= b for a, b in spans) for c in cells)


def _read_text(path: Path) -> ParsedDocument:
    from ingest.readers.text import read_text
    from ingest.tables.flat import find_tables
    from ingest.tables.pipes import pipe_tables

    text = read_text(path)
    tables = find_tables(text)
    pipes = [p for p in pipe_tables(text) if not any(t.start < p.end and p.start < t.end for t in tables)]
    doc = ParsedDocument(path=path, text=text, title="", tables=tables, grids=[p.grid for p in pipes])
    doc.blocks = _structure(text, tables + [TableBlock(p.start, p.end) for p in pipes])
    _front_matter(doc)
    return doc


def _read_pdf(path: Path) -> ParsedDocument:
    from ingest.readers.pdf import read_pdf

    doc = read_pdf(path)
    if not doc.blocks:  # the reader's own blocks come from fonts and layout: better than guessing
        doc.blocks = _structure(doc.text, doc.tables)
    if doc.title == path.stem:
        doc.title = ""  # no title in the metadata: look at the first page
    _front_matter(doc)
    return doc


def _read_docx(path: Path) -> ParsedDocument:
    from ingest.readers.docx import read_docx

    content = read_docx(path)
    doc = ParsedDocument(path=path, text=content.text, title="", blocks=content.blocks, grids=content.grids,
                         language=content.language)
    _front_matter(doc)
    if content.title:
        doc.title = content.title
    if content.author and not doc.author:
        doc.author = content.author
    return doc


def _read_html(path: Path) -> ParsedDocument:
    from ingest.readers.html import read_html

    content = read_html(path)
    doc = ParsedDocument(path=path, text=content.text, title="", blocks=content.blocks, grids=content.grids,
                         language=content.language)
    _front_matter(doc)
    if content.title:
        doc.title = content.title
    return doc


def _structure(text: str, tables: list[TableBlock]) -> list[Block]:
    """Blocks of the text between table regions, one `table` block per region, and the
    prose a flattened region holds besides its cells (footnotes printed between rows).
    Running headers and footers (a line repeated on many pages) are left out."""
    furniture = _furniture(text)
    return [b for b in _blocks(text, tables) if _key(text[b.start : b.end]) not in furniture]


def _key(line: str) -> str:
    """A line without its page number: "Plan 2025–2030      5" and "... 6" are the same line."""
    return re.sub(r"\s*\d{1,4}\s*$", "", " ".join(line.split())).lower()


def _furniture(text: str) -> set[str]:
    """Lines printed on several pages with different page numbers ("Plan 2025–2030   5")."""
    numbers: dict[str, set[str]] = {}
    for line in text.split("\n"):
        m = re.search(r"\S\s+(\d{1,4})\s*$", line)
        key = _key(line)
        if m and 3 <= len(key) <= 100:
            numbers.setdefault(key, set()).add(m.group(1))
    return {k for k, n in numbers.items() if len(n) >= 3}


def _blocks(text: str, tables: list[TableBlock]) -> list[Block]:
    blocks: list[Block] = []
    pos = 0
    for t in sorted(tables, key=lambda t: t.start):
        blocks.extend(segment(text, pos, t.start))
        blocks.append(Block("table", t.start, t.end))
        if t.rows:  # a flattened action table: the prose printed between its rows
            blocks.extend(_notes(text, t))
        pos = max(pos, t.end)
    blocks.extend(segment(text, pos, len(text)))
    return blocks


def _notes(text: str, table: TableBlock) -> list[Block]:
    """Paragraphs inside a table region that no cell covers and that read as prose."""
    cells = sorted(
        (c.start, c.end)
        for r in table.rows
        for c in [r.goal, r.action, *r.monitoring, *r.departments]
        if c is not None
    )
    gaps, pos = [], table.start
    for a, b in cells:
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    gaps.append((pos, table.end))
    notes = []
    for a, b in gaps:
        for block in segment(text, a, b):
            words = text[block.start : block.end].split()
            if block.kind != "heading" and len(words) >= 8 and any(w.endswith((".", ";")) for w in words):
                notes.append(Block("paragraph", block.start, block.end))
    return notes


def _front_matter(doc: ParsedDocument) -> None:
    whole = whole_text_heading(doc.text, doc.blocks)
    first = next((b for b in doc.blocks if b.kind == "heading"), None)
    if whole and (not doc.title or (first is not None and doc.title == heading_text(doc.text, first))):
        doc.title = whole  # not the first heading (a letterhead): the heading of the whole text
    doc.title = doc.title or find_title(doc.text, doc.blocks, doc.path)
    byline = find_author(doc.text, doc.blocks)
    if byline and not doc.author:
        doc.author = heading_text(doc.text, byline)
        doc.author_span = (byline.start, byline.end)


_READERS = {"text": _read_text, "markdown": _read_text, "pdf": _read_pdf, "docx": _read_docx, "html": _read_html}
