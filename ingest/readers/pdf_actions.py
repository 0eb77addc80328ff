"""Action-plan tables of a PDF written into the text, row by row, and read back as rows.

Each table recovered by `ingest.tables.pdf` is written one row per block, one cell per
line (one line per department, per monitoring instrument), so a citation quotes a whole
row and never a column-interleaved jumble. The rows come back as `TableRow`s (the sample
NAP schema) and as a `Grid` (header row, body rows, a goal cell merged over its rows by
identity, department cells one entry per line).
"""

from __future__ import annotations

import re

from ingest.document import Block
from ingest.readers.pdf_writer import Writer
from ingest.sentences import split_sentences
from ingest.tables.cells import COORDINATION, department_cells
from ingest.tables.grid import ID_PATTERN, goal_number
from ingest.tables.model import Cell, Grid, GridCell, TableBlock, TableRow
from ingest.tables.pdf import PdfTable, RawRow, Segment
from ingest.tables.pdf_cells import forced_entries, logical_lines, paragraph
from ingest.tables.pdf_layout import Line
from plans.text import collapse_ws


class ActionTables:
    """Writes the action tables' segments as the pages are written; rows and grids at the end."""

    def __init__(self, out: Writer, tables: list[PdfTable]):
        self.out = out
        self.tables = tables
        self.blocks: list[Block] = []
        self.table_blocks: list[TableBlock] = []
        self.objective: dict[int, str | None] = {}  # id(table) -> heading before it
        self.row_cells: dict[int, dict[int, list[tuple[int, int]]]] = {}  # id(raw row) -> spans per column
        self.header_spans: dict[int, list[tuple[int, int]]] = {}  # id(table) -> spans of its first header
        self.segments: dict[int, list[tuple[PdfTable, Segment]]] = {}
        for t in tables:
            for s in t.segments:
                self.segments.setdefault(s.page, []).append((t, s))
        self.known = _known_entries(tables)
        self._pending: list[tuple[TableBlock, PdfTable, Segment]] = []

    def on_page(self, number: int) -> list[tuple[PdfTable, Segment]]:
        return self.segments.get(number, [])

    def write(self, table: PdfTable, seg: Segment, heading: str | None) -> None:
        if id(table) not in self.objective:
            self.objective[id(table)] = heading
        start = None
        if seg.header:
            spans = self.out.block(seg.header)
            self.header_spans.setdefault(id(table), spans)
            start = spans[0][0]
        joined_to_previous = bool(seg.carried) and table.segments[0] is not seg and any(
            r.continuation is seg.carried for r in table.rows
        )
        if seg.carried and not joined_to_previous:
            lines = [t for k, cell in enumerate(seg.carried) for t in self._cell_texts(seg, k, cell)]
            if lines:
                s = self.out.block(lines)
                start = s[0][0] if start is None else start
        for row in seg.rows:
            row_start = self._write_row(seg, row)
            if start is None:
                start = row_start
        if start is None:
            return
        self.blocks.append(Block("table", start, self.out.pos))
        tb = TableBlock(start, self.out.pos, [], list(seg.header or table.labels))
        self.table_blocks.append(tb)
        self._pending.append((tb, table, seg))

    def finish(self, text: str) -> list[Grid]:
        """Fill the table blocks with their rows; the tables as grids."""
        grids = []
        for table in self.tables:
            rows = self._rows(table, text)
            for tb, t, seg in self._pending:
                if t is table:
                    tb.rows = [r for s, r in rows if s is seg]
            grid = self._grid(table, [r for _, r in rows], text)
            if grid is not None:
                grids.append(grid)
        return grids

    # -- writing --

    def _known_for(self, row: RawRow | None) -> tuple[frozenset[str], frozenset[str]]:
        """Known department entries (certain, probable), leaving out this row's own."""
        return tuple(frozenset(e for e, rows in d.items() if rows - {id(row)}) for d in self.known)  # type: ignore[return-value]

    def _cell_texts(self, seg: Segment, k: int, lines: list[Line], row: RawRow | None = None) -> list[str]:
        if not lines:
            return []
        role = seg.columns[k].role
        if role in ("departments", "monitoring"):
            known = self._known_for(row) if role == "departments" else (frozenset(), frozenset())
            return logical_lines(lines, seg.columns[k].limit, *known)
        return [paragraph(lines)]

    def _write_row(self, seg: Segment, row: RawRow) -> int:
        lines: list[str] = []
        owners: list[int] = []  # the column of each written line
        for k in range(len(seg.columns)):
            cell = row.cells[k] + (row.continuation[k] if row.continuation and k < len(row.continuation) else [])
            if seg.columns[k].role == "id":
                cell = row.cells[k]
            for t in self._cell_texts(seg, k, cell, row):
                lines.append(t)
                owners.append(k)
        spans = self.out.block(lines)
        cells: dict[int, list[tuple[int, int]]] = {}
        for k, span in zip(owners, spans):
            cells.setdefault(k, []).append(span)
        self.row_cells[id(row)] = cells
        return spans[0][0]

    # -- reading back --

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
                departments, coordinators = department_cells(text, cells.get(col.get("departments", -1), []))
                tr = TableRow(
                    ref=ref,
                    goal_ref=goal_number(ref),
                    goal=_span_cell(text, cells.get(col.get("goal", -1), [])),
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

    def _grid(self, table: PdfTable, rows: list[TableRow], text: str) -> Grid | None:
        """The table as a Grid: its header, then one row per line of action, every cell
        as written; a goal shared by several rows is one cell in each of them."""
        header = self.header_spans.get(id(table))
        width = len(table.labels)
        raw = [r for s in table.segments for r in s.rows]
        if not raw:
            return None
        goal_col = next((k for k, c in enumerate(table.segments[0].columns) if c.role == "goal"), None)
        by_cell: dict[int, GridCell] = {}
        grid_rows: list[list[GridCell | None]] = []
        pages: list[int | None] = []
        if header:
            grid_rows.append([_grid_cell(text, [s]) for s in header[:width]] + [None] * (width - len(header)))
            pages.append(table.segments[0].page)
        for rr, tr in zip(raw, rows):
            spans = self.row_cells.get(id(rr), {})
            cells: list[GridCell | None] = []
            for k in range(width):
                if k == goal_col and tr.goal is not None:
                    g = by_cell.get(id(tr.goal))
                    if g is None:
                        g = by_cell[id(tr.goal)] = GridCell(tr.goal.text, tr.goal.start, tr.goal.end)
                    cells.append(g)
                else:
                    cells.append(_grid_cell(text, spans.get(k, [])))
            grid_rows.append(cells)
            pages.append(rr.page)
        return Grid(grid_rows, pages, header_rows=1 if header else None, caption=self.objective.get(id(table)))


def _grid_cell(text: str, spans: list[tuple[int, int]]) -> GridCell | None:
    if not spans:
        return None
    a, b = spans[0][0], spans[-1][1]
    return GridCell(collapse_ws(text[a:b]), a, b)


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


def _span_cell(text: str, spans: list[tuple[int, int]]) -> Cell | None:
    if not spans:
        return None
    return Cell.from_span(text, spans[0][0], spans[-1][1])


def _monitoring(text: str, spans: list[tuple[int, int]]) -> list[Cell]:
    out = []
    for a, b in spans:
        out += [Cell.from_span(text, s, e) for s, e in split_sentences(text, a, b)]
    return [c for c in out if c.text]


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
