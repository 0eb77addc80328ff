"""Word (.docx) files: paragraphs with their heading styles and list items, and tables.

The document text is built from the paragraphs (a blank line between them) and from the
tables row by row, one cell per line, so citations quote Word's own words. Each table is a
`Grid`: python-docx returns the same cell for every slot a merged cell covers (vertically
or horizontally), so one `GridCell` fills all of them and its text is written once. The
title, author and language come from `docProps/core.xml`, read directly: python-docx does
not find it when the package names it with another relationship type (LibreOffice's)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from ingest.document import Block
from ingest.structure import heading_text
from ingest.tables.model import Grid, GridCell
from plans.errors import ReadError
from plans.text import collapse_ws


@dataclass
class DocxContent:
    text: str
    blocks: list[Block] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    language: str | None = None


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def emit(self, text: str, sep: str = "\n\n") -> tuple[int, int]:
        if self.parts:
            self.parts.append(sep)
            self.pos += len(sep)
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos


def read_docx(path: Path) -> DocxContent:
    if path.stat().st_size == 0:
        raise ReadError(path, "the file is empty")
    try:
        import docx
        from docx.oxml.ns import qn
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        from docx.opc.exceptions import PackageNotFoundError

        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as exc:
        raise ReadError(path, "not a valid .docx file (renamed or damaged?)") from exc
    except Exception as exc:  # python-docx raises several kinds on damaged packages
        raise ReadError(path, f"could not read the .docx file ({type(exc).__name__})") from exc

    out = _Writer()
    content = DocxContent(text="")
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            para = Paragraph(child, document)
            text = para.text.strip()
            if not text:
                continue
            style = ((para.style.name if para.style is not None else "") or "").lower()
            start, end = out.emit(text)
            if style.startswith("heading") or style == "title":
                digits = "".join(ch for ch in style if ch.isdigit())
                content.blocks.append(Block("heading", start, end, int(digits) if digits else 1))
            elif "list" in style or child.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
                content.blocks.append(Block("list_item", start, end))
            else:
                content.blocks.append(Block("paragraph", start, end))
        elif child.tag == qn("w:tbl"):
            rows = _table(Table(child, document), out)
            if any(c for row in rows for c in row):
                start = min(c.start for row in rows for c in row if c)
                headings = [b for b in content.blocks if b.kind == "heading"]
                caption = heading_text("".join(out.parts), headings[-1]) if headings else None
                content.grids.append(Grid(rows, pages=[None] * len(rows), header_rows=_marked_header(child),
                                          caption=caption))
                content.blocks.append(Block("table", start, out.pos))
    content.text = "".join(out.parts)
    if not content.text.strip():
        raise ReadError(path, "the document has no text")
    props = document.core_properties
    content.title = (props.title or "").strip() or None
    content.author = (props.author or "").strip() or None
    core = _core_properties(path)
    if core.get("title") and (content.title in (None, "Word Document") or not props.title):
        content.title = core["title"]
    if content.author in (None, "python-docx"):
        creator = core.get("creator") or ""
        content.author = creator if " " in creator.strip() else None  # a login name is not an author
    content.language = core.get("language")
    return content


def _table(table, out: _Writer) -> list[list[GridCell | None]]:
    """One slot per column; a merged cell is one GridCell in every slot it covers."""
    rows: list[list[GridCell | None]] = []
    made: dict[int, tuple[object, GridCell | None]] = {}  # id(tc) -> (tc kept alive, its GridCell)
    for row in table.rows:
        slots: list[GridCell | None] = []
        first = True
        for cell in row.cells:
            tc = cell._tc
            if id(tc) in made and made[id(tc)][0] is tc:
                slots.append(made[id(tc)][1])
                continue
            text = cell.text.strip()
            grid_cell = None
            if text:
                start, end = out.emit(text, sep="\n\n" if first else "\n")
                first = False
                grid_cell = GridCell(collapse_ws(text), start, end)
            made[id(tc)] = (tc, grid_cell)
            slots.append(grid_cell)
        rows.append(slots)
    return rows


def _marked_header(tbl) -> int | None:
    """Rows Word marks as the header ("repeat as header row"), when it marks any."""
    from docx.oxml.ns import qn

    n = 0
    for tr in tbl.iterchildren(qn("w:tr")):
        trpr = tr.find(qn("w:trPr"))
        if trpr is None or trpr.find(qn("w:tblHeader")) is None:
            break
        n += 1
    return n or None


_CORE_NS = {"dc": "http://purl.org/dc/elements/1.1/",
            "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}


def _core_properties(path: Path) -> dict[str, str]:
    """Title, creator and language as docProps/core.xml states them (empty when absent)."""
    try:
        with zipfile.ZipFile(path) as z:
            name = next((n for n in z.namelist() if n.lower() == "docprops/core.xml"), None)
            if name is None:
                return {}
            root = ElementTree.fromstring(z.read(name))
    except (zipfile.BadZipFile, ElementTree.ParseError, OSError):
        return {}
    out = {}
    for key in ("title", "creator", "language"):
        node = root.find(f"dc:{key}", _CORE_NS)
        if node is not None and node.text and node.text.strip():
            out[key] = " ".join(node.text.split())
    return out
