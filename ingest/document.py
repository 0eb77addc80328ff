"""`ParsedDocument`: what a reader makes of one file, before chunking.

The text is the document's text as the product quotes it: citations are verbatim
spans of it. Pages and structural blocks are offsets into that text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ingest.tables.keyed import KeyedTable
from ingest.tables.model import Grid, TableBlock

BlockKind = Literal["heading", "paragraph", "list_item", "table"]


@dataclass(frozen=True)
class Page:
    """Page `number` (1-based, physical) covers `text[start:end]`; `label` is the page
    number as the document prints it ("iv", "12"), when known."""

    number: int
    start: int
    end: int
    label: str | None = None


@dataclass(frozen=True)
class Block:
    """A structural unit of the text: a heading, a paragraph, a list item or a table."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level (1 = top); 0 for other kinds


@dataclass
class ParsedDocument:
    path: Path
    text: str
    title: str
    pages: list[Page] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    tables: list[TableBlock] = field(default_factory=list)  # action tables of the flat-text and PDF readers
    grids: list[Grid] = field(default_factory=list)  # every table a reader found, as it found it
    keyed: list[KeyedTable] = field(default_factory=list)  # the grids as header-keyed rows
    warnings: list[str] = field(default_factory=list)  # what the reader could not read ("page 3 has no text layer")
    author: str | None = None
    author_span: tuple[int, int] | None = None  # where the byline is printed
    kind: str = ""  # "pdf", "docx", "html", "markdown", "text"
    language: str | None = None  # "en", "fr", "nl": declared by the file or detected at ingestion

    @property
    def name(self) -> str:
        """The file name, which identifies the document to users ("plan.pdf")."""
        return self.path.name

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def page_labels(self) -> tuple[str | None, ...]:
        """The printed label of each page, in page order (empty for unpaginated text)."""
        return tuple(p.label for p in self.pages)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, or None for unpaginated text."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = bisect.bisect_right(starts, offset) - 1
        return self.pages[max(i, 0)].number
