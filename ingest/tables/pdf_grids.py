"""Ruled tables filled with their words, and joined over page breaks.

`fill` puts each word of a `RuledTable` into the cell that holds its centre; a merged
cell is one `DraftCell` object in every slot it covers. A table that runs to the bottom
of a page and one that opens the next page with the same column boundaries are one
table (`join_pages`): a header printed again at the top of the continuation is dropped
(and marks the header row), and a first row whose first column is empty, under a
header that was not repeated, is the rest of the row the page break cut and is joined to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.tables.pdf_layout import Line, PageLayout, Word, build_lines
from ingest.tables.pdf_ruled import RuledCell, RuledTable
from plans.text import collapse_ws
from plans.vocabulary.marks import MARK

_LABEL_GAP = 1.0  # ems between the labels of columns whose separator was not drawn
_MIN_CELL_SHARE = 0.9  # of the words inside a table's frame that must fall in its cells
_SHADED_SHARE = 0.7  # of a cell's area a fill must cover for the cell to be shaded


@dataclass(eq=False)
class DraftCell:
    """A cell's printed lines; `limit` is the right edge of its content area."""

    lines: list[Line]
    limit: float

    @property
    def text(self) -> str:
        return collapse_ws(" ".join(l.text for l in self.lines))

    @property
    def bold(self) -> bool:
        return all(l.bold for l in self.lines)


@dataclass
class Part:
    """The rows of a table printed on one page."""

    page: int
    box: tuple[float, float, float, float]
    first: int  # index of its first row in the table
    count: int


@dataclass
class DraftTable:
    xs: list[float]
    rows: list[list[DraftCell | None]]
    pages: list[int]
    parts: list[Part] = field(default_factory=list)
    header_rows: int | None = None
    words: set[int] = field(default_factory=set)  # id() of the words it holds


def _inside(w: Word, box: tuple[float, float, float, float]) -> bool:
    x, y = (w.x0 + w.x1) / 2, w.ymid
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def fill(page: PageLayout, table: RuledTable, words: list[Word]) -> DraftTable | None:
    """The table's cells with their words, or None when it does not hold a table's text."""
    frame = table.bbox
    inside = [w for w in words if _inside(w, frame)]
    if not inside:
        return None
    per_cell: list[list[Word]] = [[] for _ in table.cells]
    placed = 0
    for w in inside:
        for k, c in enumerate(table.cells):
            if _inside(w, (c.x0, c.top, c.x1, c.bottom)):
                per_cell[k].append(w)
                placed += 1
                break
    if placed < _MIN_CELL_SHARE * len(inside):
        return None
    pads = [min(w.x0 for w in ws) - c.x0 for c, ws in zip(table.cells, per_cell) if ws]
    pad = min(max(1.0, min(pads)), 8.0) if pads else 2.0
    rows: list[list[DraftCell | None]] = [[None] * (len(table.xs) - 1) for _ in range(len(table.ys) - 1)]
    for c, ws in zip(table.cells, per_cell):
        if not ws:
            continue
        for k0, k1, part in _unmerged(c, ws, table.xs):
            cell = DraftCell(build_lines(part), max([table.xs[k1] - pad, *(w.x1 for w in part)]))
            for r in range(c.row, c.row + c.rows):
                for k in range(k0, k1):
                    rows[r][k] = cell
    _mark_shaded(page, table, per_cell, rows)
    kept = [r for r in rows if any(r)]
    filled_cols = sum(1 for k in range(len(table.xs) - 1) if any(r[k] for r in kept))
    if len(kept) < 2 or filled_cols < 2:
        return None
    draft = DraftTable(list(table.xs), kept, [page.number] * len(kept))
    draft.parts.append(Part(page.number, frame, 0, len(kept)))
    draft.words = {id(w) for ws in per_cell for w in ws}
    draft.header_rows = marked_header(kept)
    return draft


def _shaded(page: PageLayout, c: RuledCell) -> bool:
    """A fill covers most of the cell."""
    area = max((c.x1 - c.x0) * (c.bottom - c.top), 1e-6)
    for f in page.fills:
        w = min(f.x1, c.x1) - max(f.x0, c.x0)
        h = min(f.bottom, c.bottom) - max(f.top, c.top)
        if w > 0 and h > 0 and w * h >= _SHADED_SHARE * area:
            return True
    return False


def _mark_shaded(page: PageLayout, table: RuledTable, per_cell: list[list[Word]],
                 rows: list[list[DraftCell | None]]) -> None:
    """Empty cells shaded in a row whose text cells are not: a timeline (Gantt) row marks
    its periods by colour. Each such cell gets the mark `MARK`, as a cell holding "x"
    would; a shaded header or a zebra row (every cell shaded) gets none."""
    if not page.fills:
        return
    shaded = [_shaded(page, c) for c in table.cells]
    for r in range(len(rows)):
        here = [k for k, c in enumerate(table.cells) if c.row <= r < c.row + c.rows]
        if any(shaded[k] for k in here if per_cell[k]) or not any(per_cell[k] for k in here):
            continue
        for k in here:
            c = table.cells[k]
            if per_cell[k] or not shaded[k] or c.rows > 1 or c.row != r:
                continue
            y = (c.top + c.bottom) / 2
            x = (c.x0 + c.x1) / 2
            size = min(8.0, (c.bottom - c.top) * 0.6)
            mark = Word(MARK, x - size / 2, x + size / 2, y - size / 2, y + size / 2, size, False, y + size / 2)
            cell = DraftCell([Line([mark])], c.x1)
            for k2 in range(c.col, c.col + c.cols):
                rows[r][k2] = cell


def _unmerged(c: RuledCell, words: list[Word], xs: list[float]) -> list[tuple[int, int, list[Word]]]:
    """A cell over several columns whose words each stay inside one column is several
    cells whose separators were not drawn (labels on a shaded header row); otherwise the
    merged cell itself. Returns (first column, end column, words) per cell."""
    whole = [(c.col, c.col + c.cols, words)]
    if c.cols < 2:
        return whole
    per: dict[int, list[Word]] = {}
    slot: dict[int, int] = {}
    for w in words:
        k = next((k for k in range(c.col, c.col + c.cols) if xs[k] - 1 <= w.x0 and w.x1 <= xs[k + 1] + 1), None)
        if k is None:
            return whole
        per.setdefault(k, []).append(w)
        slot[id(w)] = k
    if len(per) < 2:
        return whole
    for line in build_lines(words):  # a run of text across a separator is one merged cell
        for a, b in zip(line.words, line.words[1:]):
            if slot[id(a)] != slot[id(b)] and b.x0 - a.x1 < _LABEL_GAP * max(a.size, b.size):
                return whole
    return [(k, k + 1, ws) for k, ws in sorted(per.items())]


def marked_header(rows: list[list[DraftCell | None]]) -> int | None:
    """1 when the first row is set apart from the body (bold where most rows are not)."""
    first = [c for c in rows[0] if c is not None]
    body = [[c for c in r if c is not None and c not in first] for r in rows[1:]]
    body = [r for r in body if r]
    plain = sum(1 for r in body if not all(c.bold for c in r))
    if first and body and all(c.bold for c in first) and plain * 2 > len(body):
        return 1
    return None


def _texts(row: list[DraftCell | None]) -> list[str]:
    return [c.text.lower() if c else "" for c in row]


def _same_columns(a: DraftTable, b: DraftTable) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= 6 for x, y in zip(a.xs, b.xs))


def join_pages(tables: list[DraftTable], extents: dict[int, tuple[float, float]]) -> list[DraftTable]:
    """Tables continued over page breaks joined into one. `extents`: the top of the first
    and the bottom of the last line of content on each page (furniture left out)."""
    out: list[DraftTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, t, extents):
            _append(prev, t)
        else:
            out.append(t)
    return out


def _continues(a: DraftTable, b: DraftTable, extents: dict[int, tuple[float, float]]) -> bool:
    last, first = a.parts[-1], b.parts[0]
    if first.page != last.page + 1 or not _same_columns(a, b):
        return False
    bottom = extents.get(last.page, (0.0, 0.0))[1]
    top = extents.get(first.page, (0.0, 0.0))[0]
    return last.box[3] >= bottom - 3 and first.box[1] <= top + 3


def _append(a: DraftTable, b: DraftTable) -> None:
    rows = b.rows
    k = a.header_rows or 1
    if len(rows) > k and len(a.rows) > k and [_texts(r) for r in rows[:k]] == [_texts(r) for r in a.rows[:k]]:
        rows = rows[k:]  # the header printed again
        a.header_rows = k
    elif rows and rows[0][0] is None and a.rows[-1][0] is not None and not b.header_rows:
        rows = _join_split_row(a.rows[-1], rows)
    start = len(a.rows)
    a.rows += rows
    a.pages += [b.parts[0].page] * len(rows)
    a.parts.append(Part(b.parts[0].page, b.parts[0].box, start, len(rows)))
    a.words |= b.words


def _join_split_row(last: list[DraftCell | None], rows: list[list[DraftCell | None]]) -> list[list[DraftCell | None]]:
    """The first row of a continuation is the rest of `last`: its lines go to the cells
    of `last` (a new cell where `last` had none)."""
    rest = rows[0]
    seen: set[int] = set()
    for k, cell in enumerate(rest):
        if cell is None or id(cell) in seen:
            continue
        seen.add(id(cell))
        target = last[k]
        if target is None:
            last[k] = cell
        else:
            target.lines = target.lines + cell.lines
            target.limit = max(target.limit, cell.limit)
    return rows[1:]
