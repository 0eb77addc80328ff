"""The shapes a recovered action-plan table comes out in.

A table row is one numbered line of action: its id ("3.b"), the goal it belongs to,
the action text, the monitoring instruments and the responsible departments. Every
cell points back at the verbatim text it came from, so a citation can quote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plans.text import collapse_ws


@dataclass(frozen=True)
class Cell:
    """One cell (or one item of a cell) of a table row.

    `text` is the cell's text with whitespace collapsed. `start`/`end` locate the
    verbatim source in the document text: when the cell was contiguous in the source,
    `collapse_ws(document_text[start:end]) == text`, except that a word hyphenated over a
    line break may be joined again ("drought-\ntolerant" -> "drought-tolerant"). When the
    source split the cell (a page break, a footnote in between), the span covers its
    first piece. Citations always quote `document_text[start:end]`, never `text`.
    """

    text: str
    start: int
    end: int

    @classmethod
    def from_span(cls, document_text: str, start: int, end: int) -> "Cell":
        return cls(collapse_ws(document_text[start:end]), start, end)


@dataclass
class TableRow:
    """One numbered line of action, as recovered from a plan's table.

    `ref` is the line id as printed without a trailing dot ("3.b", "9", "21");
    `goal_ref` the goal number it belongs to ("17"). `departments` keep the names as
    printed (e.g. "Home Affairs-Civil Protection") with a "(coordination)" marker
    removed and recorded in `coordinators`. `page` is 1-based (PDFs) or None.
    """

    ref: str
    goal_ref: str
    goal: Cell | None = None
    action: Cell | None = None
    monitoring: list[Cell] = field(default_factory=list)
    departments: list[Cell] = field(default_factory=list)
    coordinators: list[str] = field(default_factory=list)
    page: int | None = None
    objective: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        """The smallest span of the document text that covers every cell of the row."""
        cells = [c for c in (self.goal, self.action, *self.monitoring, *self.departments) if c]
        if not cells:
            return (0, 0)
        return (min(c.start for c in cells), max(c.end for c in cells))


@dataclass(frozen=True)
class GridLine:
    """One written line of a cell: its span of the document text, and whether it is set in
    bold (a label over its value, in a sheet of labelled fields)."""

    text: str
    start: int
    end: int
    strong: bool = False


@dataclass(frozen=True)
class GridCell:
    """One cell of a table as a reader saw it: its text (whitespace collapsed) and the span
    of the document text it was written to (`document_text[start:end]`). `lines`, when the
    reader knows them, are its written lines with their weight."""

    text: str
    start: int
    end: int
    lines: tuple[GridLine, ...] = ()


@dataclass
class Grid:
    """A table as a reader found it, before any meaning is given to its columns.

    `rows` has one list per row and one slot per column. A merged cell fills every slot it
    covers with the same `GridCell` (a cell spanning rows belongs to each of them; one
    spanning the whole width is a section row); an empty slot is None. Readers write each
    distinct cell once into the document text, row after row, so every span is verbatim.
    `header_rows` is set when the source marks its header (HTML `<th>`, Word's repeated
    header row, a PDF header repeated on every page); None lets the consumer decide.
    """

    rows: list[list[GridCell | None]]
    pages: list[int | None] = field(default_factory=list)  # the page of each row, when paginated
    header_rows: int | None = None
    caption: str | None = None  # the table's caption, or the heading above it

    @property
    def span(self) -> tuple[int, int]:
        cells = [c for row in self.rows for c in row if c is not None]
        if not cells:
            return (0, 0)
        return (min(c.start for c in cells), max(c.end for c in cells))


@dataclass
class TableBlock:
    """A region of the document text that holds one table (header to last row).

    Ingestion indexes the rows instead of the raw region, so a chunk of flattened
    columns never mixes the cells of neighbouring rows.
    """

    start: int
    end: int
    rows: list[TableRow] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
