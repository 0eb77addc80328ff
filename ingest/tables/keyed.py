"""Any `Grid` -> a table of rows keyed by their headers.

Two shapes come out:
- a column table: a header (marked by the source, else found by `headers.find_header`),
  then one row per body row. A cell merged over several rows belongs to each of them (an
  objective beside its results); a row holding one cell only, spanning the table or alone
  in a table of numbered rows, is a section row: the theme of the rows below it. A row that
  repeats the header (the table continued on a new page) is skipped. In a table of numbered
  rows, a row without an id that is not a section continues the row above (a wrapped cell).
- a key/value table (two columns, no header: a label and a value per line) is ONE record
  whose headers are the labels; its title is the grid's caption.

A row's id is its id column's cell, or the id its action cell starts with ("Ai) Open ...")
when the id cell is merged with the row above; its action is its own (not merged) action
cell, the right-most when a parent column is merged over sub-tasks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.tables.headers import Header, distinct, find_header, full_width
from plans.ids import leading_id, whole_id
from ingest.tables.model import Grid, GridCell
from plans.vocabulary.roles import FIELD_ROLES, header_roles


@dataclass
class KeyedCell:
    header: str
    roles: tuple[str, ...]
    cells: list[GridCell]  # one, or more when a wrapped row continued it

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)

    @property
    def first(self) -> GridCell:
        return self.cells[0]


@dataclass
class KeyedRow:
    cells: list[KeyedCell]
    ref: str | None = None
    ref_cell: GridCell | None = None
    action: KeyedCell | None = None
    section: str | None = None
    page: int | None = None

    def get(self, role: str) -> KeyedCell | None:
        return next((c for c in self.cells if role in c.roles), None)

    @property
    def span(self) -> tuple[int, int]:
        spans = [(g.start, g.end) for c in self.cells for g in c.cells]
        return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (0, 0)


@dataclass
class KeyedTable:
    headers: list[str]
    roles: list[tuple[str, ...]]
    rows: list[KeyedRow] = field(default_factory=list)
    caption: str | None = None
    key_value: bool = False
    start: int = 0
    end: int = 0

    @property
    def is_action_table(self) -> bool:
        """An action column (or, for a record, a title) and at least one role a commitment
        is read under: who, when, indicator, budget, status, ..."""
        roles = {r for rs in self.roles for r in rs}
        if self.key_value:
            return bool(roles & set(FIELD_ROLES) - {"notes", "place", "quantity"})
        return "action" in roles and bool(roles & set(FIELD_ROLES) - {"notes", "place", "quantity"})


def read_grid(grid: Grid) -> KeyedTable | None:
    """The grid as header-keyed rows, or None when it has no usable shape (one row or one column)."""
    rows = [r for r in grid.rows if distinct(r)]
    if not rows:
        return None
    header = find_header(grid)
    if header is None and _key_value(grid):
        return _record(grid)
    if header is None or len(rows) < 2:
        return None
    return _columns(grid, header)


def _key_value(grid: Grid) -> bool:
    widths = {len(distinct(r)) for r in grid.rows if distinct(r)}
    if not widths <= {1, 2} or 2 not in widths:
        return False
    labels = [distinct(r)[0] for r in grid.rows if len(distinct(r)) == 2]
    short = sum(1 for c in labels if len(c.text.split()) <= 10)
    return grid.header_rows == 0 or (short == len(labels) and sum(1 for c in labels if header_roles(c.text)) >= 1)


def _record(grid: Grid) -> KeyedTable:
    cells: list[KeyedCell] = []
    headers: list[str] = []
    for r in grid.rows:
        pair = distinct(r)
        if len(pair) == 2:
            label = pair[0].text.rstrip(" :")
            cells.append(KeyedCell(label, _label_roles(label), [pair[1]]))
            headers.append(label)
        elif len(pair) == 1 and cells and r[0] is None:  # a value going on over a line of its own
            cells[-1].cells.append(pair[0])
    ref = None
    title = grid.caption
    if title:
        lead = leading_id(title)
        ref = lead[0] if lead else None
    row = KeyedRow(cells, ref=ref, section=grid.caption, page=next((p for p in grid.pages if p), None))
    row.action = row.get("action")
    start, end = grid.span
    return KeyedTable(headers, [c.roles for c in cells], [row], grid.caption, True, start, end)


def _label_roles(label: str) -> tuple[str, ...]:
    """A record's label names a role when it is short ("Overall Status", "Pilote de l'action");
    a longer label is a question or an instruction ("Describe the agency's process"). The
    record's action is its title, never one of its values."""
    if len(label.split()) > 4:
        return ()
    return tuple(r for r in header_roles(label) if r != "action")


def _columns(grid: Grid, header: Header) -> KeyedTable:
    width = len(header.labels)
    id_col = _id_column(grid, header)
    action_cols = [i for i, r in enumerate(header.roles) if "action" in r]
    section_cols = [i for i, r in enumerate(header.roles) if "section" in r and i not in action_cols]
    if not action_cols:  # the row's label: the first column that is neither its id nor a field
        action_cols = [i for i in range(width) if i != id_col and i not in section_cols
                       and not set(header.roles[i]) & set(FIELD_ROLES)][:1]
    table = KeyedTable(header.labels, list(header.roles), caption=grid.caption or header.caption)
    section: str | None = None
    above: list[GridCell | None] = []
    for r, row in enumerate(grid.rows[header.rows :], start=header.rows):
        row = list(row) + [None] * (width - len(row))
        cells = distinct(row)
        if not cells or header.matches(row):
            above = row
            continue
        page = grid.pages[r] if r < len(grid.pages) else None
        own = [c for i, c in enumerate(row) if c is not None and not (i < len(above) and above[i] is c)]
        ref, ref_cell = _ref(row, above, id_col, action_cols)
        if len(cells) == 1 and not ref and (full_width(row) or (id_col is not None and _title_like(cells[0]))):
            section = cells[0].text
            above = row
            continue
        if not own:
            above = row
            continue
        if id_col is not None and ref is None and table.rows and not _title_like(own[0]):
            _continue(table.rows[-1], row, header, own)  # a wrapped row: its cells go on
            above = row
            continue
        keyed = [KeyedCell(header.labels[i], header.roles[i], [c])
                 for i, c in enumerate(row) if c is not None and c.text.strip() and i != id_col
                 and not any(c is row[j] for j in range(i))]
        action = _action(row, above, action_cols, keyed)
        parts = [x for x in (table.caption, section) if x]
        parts += [row[i].text for i in section_cols if row[i] is not None and row[i] is not (action and action.first)]
        table.rows.append(KeyedRow(keyed, ref, ref_cell, action, " > ".join(parts) or None, page))
        above = row
    table.start, table.end = grid.span
    return table


def _id_column(grid: Grid, header: Header) -> int | None:
    """The column of row ids: the one whose header says so, else the first whose cells are
    mostly ids."""
    marked = [i for i, r in enumerate(header.roles) if r[:1] == ("ref",)]
    if marked:
        return marked[0]
    body = grid.rows[header.rows :]
    for col in range(len(header.labels)):
        texts = [r[col].text for r in body if col < len(r) and r[col] is not None and r[col].text.strip()]
        if len(texts) >= 2 and sum(1 for t in texts if whole_id(t)) >= 0.6 * len(texts) and col <= 1:
            return col
    return None


def _ref(row, above, id_col, action_cols) -> tuple[str | None, GridCell | None]:
    cell = row[id_col] if id_col is not None else None
    merged = cell is not None and id_col < len(above) and above[id_col] is cell
    if cell is not None and not merged:
        ref = whole_id(cell.text) or (leading_id(cell.text) or (None,))[0]
        if ref:
            return ref, cell
    for i in reversed(action_cols):  # "Ai) Open Data ..." under a merged "(A)"
        c = row[i]
        if c is not None and not (i < len(above) and above[i] is c):
            lead = leading_id(c.text)
            if lead:
                return lead[0], c
    if cell is not None and merged:
        return None, None
    if id_col is None:
        for i in action_cols:
            c = row[i]
            lead = leading_id(c.text) if c is not None else None
            if lead:
                return lead[0], c
    return None, None


def _action(row, above, action_cols, keyed: list[KeyedCell]) -> KeyedCell | None:
    filled = [i for i in action_cols if row[i] is not None and row[i].text.strip()]
    own = [i for i in filled if not (i < len(above) and above[i] is row[i])]
    pick = (own or filled or [None])[-1]
    if pick is None:
        return None
    return next((k for k in keyed if k.first is row[pick]), None)


def _title_like(cell: GridCell) -> bool:
    text = cell.text.strip()
    return bool(text) and len(text.split()) <= 20 and (text[0].isupper() or text[0].isdigit())


def _continue(prev: KeyedRow, row: list[GridCell | None], header: Header, own: list[GridCell]) -> None:
    for i, c in enumerate(row):
        if c is None or not any(c is o for o in own):
            continue
        target = next((k for k in prev.cells if k.header == header.labels[i]), None)
        if target is None:
            prev.cells.append(KeyedCell(header.labels[i], header.roles[i], [c]))
        elif not any(c is g for g in target.cells):
            target.cells.append(c)
