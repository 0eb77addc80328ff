"""Word (.docx) files: paragraphs with their heading styles and list items, and tables.

The document text is built from the paragraphs (a blank line between them) and from the
tables row by row, one cell per line, so citations quote Word's own words."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.document import Block
from ingest.tables.model import GridCell
from plans.errors import ReadError


@dataclass
class DocxContent:
    text: str
    blocks: list[Block] = field(default_factory=list)
    grids: list[list[list[GridCell | None]]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None


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
            grid = _table(Table(child, document), out)
            if grid:
                start = min(c.start for row in grid for c in row if c)
                content.grids.append(grid)
                content.blocks.append(Block("table", start, out.pos))
    content.text = "".join(out.parts)
    if not content.text.strip():
        raise ReadError(path, "the document has no text")
    props = document.core_properties
    content.title = (props.title or "").strip() or None
    content.author = (props.author or "").strip() or None
    return content


def _table(table, out: _Writer) -> list[list[GridCell | None]]:
    grid: list[list[GridCell | None]] = []
    above: list[object] = []
    for r, row in enumerate(table.rows):
        cells: list[GridCell | None] = []
        seen: list[object] = []
        for i, cell in enumerate(row.cells):
            tc = cell._tc
            text = cell.text.strip()
            # python-docx repeats a merged cell in every grid slot it covers: keep the first.
            repeated = tc in seen or (i < len(above) and above[i] is tc)
            seen.append(tc)
            if not text or repeated:
                cells.append(None)
                continue
            start, end = out.emit(text, sep="\n" if cells and any(cells) else "\n\n")
            cells.append(GridCell(text, start, end))
        above = seen
        grid.append(cells)
    return grid
