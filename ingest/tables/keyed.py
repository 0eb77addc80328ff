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

from ingest.tables.headers import Header, abbreviation_column, column_below, distinct, find_header, full_width
from plans.ids import leading_id, whole_id
from plans.text import abbreviation_like
from ingest.tables.model import Grid, GridCell
from ingest.tables.sheets import MIN_FIELDS, Sheet, read_inner, read_sheet, read_sheets, title_ref
from plans.vocabulary.marks import is_mark
from plans.vocabulary.roles import FIELD_ROLES, header_roles


@dataclass
class KeyedCell:
    header: str
    roles: tuple[str, ...]
    cells: list[GridCell]  # one, or more when a wrapped row continued it
    shown: str | None = None  # the value when the cells are marks: the labels of the marked columns

    @property
    def text(self) -> str:
        return self.shown if self.shown is not None else " ".join(c.text for c in self.cells)

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


def read_grids(grids: list[Grid]) -> list[KeyedTable]:
    """Every grid of a document as keyed tables, in order: a sheet (`ingest.tables.sheets`) as
    its record and the column tables inside it; a sheet cut by a page break continued by the
    next page's first grid when that grid holds labelled fields and no title with an id, or
    is only the sheet's column table (`_inner_only`)."""
    out: list[KeyedTable] = []
    current: tuple[KeyedTable, Sheet, int, str | None] | None = None  # the open sheet, its last page and caption
    inside: set[int] = set()  # sheets cut off where the labels start over, inside a grid
    for grid in grids:
        last = _last_page(grid)
        sheets = read_sheets(grid)
        if sheets and current is not None and _continues_sheet(grid, current[2]) \
                and not (sheets[0].title is not None and title_ref(sheets[0].title.text)):
            sheets = []  # a line cut by the page break above a continued sheet, not a title
        if not sheets and current is not None and _continues_sheet(grid, current[2]):
            rest = read_sheets(grid, titled=False) or _inner_only(grid, current[3])
            if rest:
                record, first, _, _ = current
                more, anew = _start_over(rest[0], record.headers, grid)
                if more is not None:
                    _extend_record(record, more)
                    header = first.inner[-1][0][0] if first.inner else None
                    out += _inner_tables(more, record.caption, header)
                    current = (record, first, last, grid.caption)
                if anew is not None and more is not None:
                    inside.add(id(anew))  # opens inside the grid: the grid's caption is not its title
                sheets = ([anew] if anew is not None else []) + rest[1:]  # sheets that open later in the same grid
                if not sheets:
                    continue
        if sheets:
            parts = [_starts_over(sheet, grid) for sheet in sheets]
            inside.update(id(part) for cut in parts for part in cut[1:])
            sheets = [part for cut in parts for part in cut]
            for sheet in sheets:
                record = _sheet_record(grid, sheet, caption=id(sheet) not in inside)
                out += [record, *_inner_tables(sheet, record.caption, None)]
                current = (record, sheet, last, grid.caption)
            continue
        current = None
        table = read_grid(grid)
        if table is None and out:
            table = _continued(grid, out[-1])
        if table is not None:
            out.append(table)
    return out


def _continued(grid: Grid, previous: KeyedTable) -> KeyedTable | None:
    """A grid without a header that opens the page after a column table with as many
    columns: the rest of that table, whose header was not printed again. Not a column of
    abbreviations under a column of other cells: a list of abbreviations after a table."""
    if previous.key_value or not previous.rows:
        return None
    last = max((r.page or 0 for r in previous.rows), default=0)
    if _first_page(grid) != last + 1:
        return None
    labels: list[tuple[str, tuple[str, ...]]] = []
    for label, roles in zip(previous.headers, previous.roles):
        if not labels or labels[-1][0] != label:
            labels.append((label, roles))
    width = max((len(r) for r in grid.rows), default=0)
    if len(labels) != width or any(len(distinct(r)) > width for r in grid.rows):
        return None
    for k, (label, _) in enumerate(labels):  # abbreviations under a column that holds none
        below = column_below(k, grid.rows)
        above = [c.text for row in previous.rows for c in row.cells if c.header == label]
        if above and abbreviation_column(below) and sum(abbreviation_like(t.strip()) for t in above) * 2 < len(above):
            return None
    header = Header(0, [x for x, _ in labels], [r for _, r in labels], previous.caption)
    return _columns(grid, header)


def _inner_only(grid: Grid, caption: str | None) -> list[Sheet]:
    """The grid as the open sheet's rest when it is only a column table (the sheet's measures
    filling a page, a field or two under them) under the caption of the sheet's last grid:
    nothing was printed between them that opens another table (its caption, a heading).
    The sheet stays open across it, so that its fields on the next page (indicators, budget)
    go on with its record instead of opening one of their own."""
    if grid.caption != caption:
        return []
    sheet = read_inner(grid)
    return [sheet] if sheet is not None else []


def _continues_sheet(grid: Grid, last_page: int) -> bool:
    """The grid opens the page after the sheet's last one (it is read as the sheet's rest only
    when it holds labelled fields or is only the sheet's column table)."""
    return _first_page(grid) == last_page + 1


def _first_page(grid: Grid) -> int | None:
    return next((p for p in grid.pages if p), None)


def _last_page(grid: Grid) -> int:
    return max((p for p in grid.pages if p), default=0)


def _sheet_record(grid: Grid, sheet: Sheet, caption: bool = True) -> KeyedTable:
    """The sheet as one record, titled by its title row, else (when it opens the grid) by the
    grid's caption: the heading above it."""
    title = sheet.title.text if sheet.title is not None else (grid.caption if caption else None)
    cells = [KeyedCell(f.label, _label_roles(f.label, 6), [f.value]) for f in sheet.fields]
    ref = title_ref(title) if title else None
    row = KeyedRow(cells, ref=ref, section=title, page=sheet.page)
    if sheet.title is not None:  # the record's action is its title, after its id
        row.action = KeyedCell("", ("action",), [sheet.title])
        row.ref_cell = sheet.title if ref else None
    spans = [(f.value.start, f.value.end) for f in sheet.fields]
    if sheet.title is not None:
        spans.append((sheet.title.start, sheet.title.end))
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    return KeyedTable([c.header for c in cells], [c.roles for c in cells], [row], title, True, start, end)


def _label_key(label: str) -> str:
    return " ".join(label.casefold().split())


def _start_over(sheet: Sheet, before: list[str], grid: Grid) -> tuple[Sheet | None, Sheet | None]:
    """The sheet cut where its labels start over: a label already in the record (`before`,
    then the sheet's own fields) read again after at least `MIN_FIELDS` other fields opens the
    next record (consecutive label/value sheets with no title row between them). Returns the
    part that goes on with the record (None when there is none) and the part that opens a new
    one (None when the labels never start over). The new part's title is the one-cell row
    right above it that opens with an id, if any (else the grid's caption titles it when it opens the grid); the
    column tables inside the sheet go with the part they fall in."""
    seen: dict[str, int] = {}
    before_keys = {_label_key(label) for label in before}
    for k, label in enumerate(before):
        seen[_label_key(label)] = k - len(before)
    for i, f in enumerate(sheet.fields):
        key = _label_key(f.label)
        if key in seen and i - seen[key] > MIN_FIELDS:
            if before and i <= 2 and all(_label_key(g.label) not in before_keys for g in sheet.fields[:i]):
                i, f = 0, sheet.fields[0]  # new labels only before it: the next sheet opens the grid
            cut = f.value.start
            title, page = _row_above(grid, sheet, cut)
            if title is not None:
                cut = min(cut, title.start)
            head = Sheet(sheet.title, sheet.fields[:i], [r for r in sheet.inner if _run_start(r) < cut], sheet.page)
            tail = Sheet(title, sheet.fields[i:], [r for r in sheet.inner if _run_start(r) >= cut], page or sheet.page)
            return (head if i else None), tail
        seen[key] = i
    return sheet, None


def _row_above(grid: Grid, sheet: Sheet, cut: int) -> tuple[GridCell | None, int | None]:
    """The one-cell row right above the row that holds `cut` (a title without an id), when it
    is no field's value and opens with an id; and the page of the row that holds `cut`."""
    pages = list(grid.pages) + [None] * len(grid.rows)
    rows = [(r, pages[k]) for k, r in enumerate(grid.rows) if distinct(r)]
    at = next((k for k, (r, _) in enumerate(rows) if any(c.start <= cut < max(c.end, c.start + 1) for c in distinct(r))), None)
    if at is None:
        return None, None
    page = rows[at][1]
    if at == 0:
        return None, page
    above = distinct(rows[at - 1][0])
    values = [(f.value.start, f.value.end) for f in sheet.fields]
    if len(above) == 1 and title_ref(above[0].text) and not any(a <= above[0].start < b or above[0].start <= a < above[0].end for a, b in values):
        return above[0], page
    return None, page


def _starts_over(sheet: Sheet, grid: Grid) -> list[Sheet]:
    """A sheet read from its title row, cut into one sheet per run of labels that starts over."""
    out: list[Sheet] = []
    rest: Sheet | None = sheet
    while rest is not None:
        head, rest = _start_over(rest, [], grid)
        if head is not None:
            out.append(head)
    return out


def _run_start(run: list[tuple[list[GridCell | None], int | None]]) -> int:
    return min((c.start for row, _ in run for c in row if c is not None), default=0)


def _extend_record(record: KeyedTable, more: Sheet) -> None:
    row = record.rows[0]
    for f in more.fields:
        cell = KeyedCell(f.label, _label_roles(f.label, 6), [f.value])
        row.cells.append(cell)
        record.headers.append(cell.header)
        record.roles.append(cell.roles)
    record.end = max([record.end, *(f.value.end for f in more.fields)])


def _inner_tables(sheet: Sheet, caption: str | None, header: list[GridCell | None] | None) -> list[KeyedTable]:
    """The column tables inside a sheet (a continued one under the header of the first part)."""
    out = []
    for run in sheet.inner:
        rows, pages = [r for r, _ in run], [p for _, p in run]
        if header is not None and find_header(Grid(rows)) is None:
            rows, pages = [header, *rows], [pages[0], *pages]
        table = read_grid(Grid(rows, pages, None, caption))
        if table is not None and not table.key_value:
            out.append(table)
        header = None
    return out


def read_grid(grid: Grid) -> KeyedTable | None:
    """The grid as header-keyed rows, or None when it has no usable shape (one row or one column)."""
    rows = [r for r in grid.rows if distinct(r)]
    if not rows:
        return None
    sheet = read_sheet(grid)
    if sheet is not None:
        return _sheet_record(grid, sheet)
    header = find_header(grid)
    if header is None and _key_value(grid):
        return _record(grid)
    if header is None or len(rows) < 2:
        return None
    return _columns(grid, header)


def _key_value(grid: Grid) -> bool:
    """Two columns, a label and a value per line. Not a list of abbreviations, whose lines
    are entries of their own (its labels are abbreviations, "Projet X" among them)."""
    widths = {len(distinct(r)) for r in grid.rows if distinct(r)}
    if not widths <= {1, 2} or 2 not in widths:
        return False
    labels = [distinct(r)[0] for r in grid.rows if len(distinct(r)) == 2]
    if abbreviation_column([c.text for c in labels]):
        return False
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


def _label_roles(label: str, words: int = 4) -> tuple[str, ...]:
    """A record's label names a role when it is short ("Overall Status", "Pilote de l'action");
    a longer label is a question or an instruction ("Describe the agency's process"). The
    record's action is its title, never one of its values."""
    if len(label.split()) > words:
        return ()
    return tuple(r for r in header_roles(label) if r != "action")


def _columns(grid: Grid, header: Header) -> KeyedTable:
    width = len(header.labels)
    id_col = _id_column(grid, header)
    action_cols = [i for i, r in enumerate(header.roles) if "action" in r]
    # "Action" beside "Pilote de l'action": the column naming only the action is it, the other
    # one says who leads it
    plain = [i for i in action_cols if not set(header.roles[i]) & set(FIELD_ROLES)]
    action_cols = plain or action_cols
    section_cols = [i for i, r in enumerate(header.roles) if "section" in r and i not in action_cols]
    if not action_cols:  # the row's label: the first column that is neither its id nor a field
        action_cols = [i for i in range(width) if i != id_col and i not in section_cols
                       and not set(header.roles[i]) & set(FIELD_ROLES)][:1]
    table = KeyedTable(header.labels, list(header.roles), caption=header.caption or grid.caption)
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
        keyed = _gather_marks(keyed)
        parts = [x for x in (table.caption, section) if x]
        parts += [row[i].text for i in section_cols if row[i] is not None and row[i] is not (action and action.first)]
        table.rows.append(KeyedRow(keyed, ref, ref_cell, action, " > ".join(parts) or None, page))
        above = row
    table.start, table.end = grid.span
    return table


def _gather_marks(keyed: list[KeyedCell]) -> list[KeyedCell]:
    """Marked cells under one parent header ("Calendrier / Court", "Calendrier / Long") are one
    value of the parent: "Calendrier: Court, Long". A mark without a parent label stays as it is."""
    out: list[KeyedCell] = []
    groups: dict[str, tuple[KeyedCell, list[str]]] = {}
    for k in keyed:
        parent, _, label = k.header.rpartition(" / ")
        if not (parent and label and is_mark(k.text)):
            out.append(k)
            continue
        if parent not in groups:
            cell = KeyedCell(parent, k.roles, [])
            groups[parent] = (cell, [])
            out.append(cell)
        cell, labels = groups[parent]
        cell.cells += k.cells
        labels.append(label)
        cell.shown = ", ".join(labels)
    return out


def _id_column(grid: Grid, header: Header) -> int | None:
    """The column of row ids: the one whose header says so, else the first whose cells are
    mostly ids."""
    marked = [i for i, r in enumerate(header.roles) if r[:1] == ("ref",)]
    if marked:
        return marked[0]
    body = grid.rows[header.rows :]
    for col in range(len(header.labels)):
        if set(header.roles[col]) & set(FIELD_ROLES):
            continue  # numbers under "Cost" or "Year" are values, not ids
        texts = [r[col].text for r in body if col < len(r) and r[col] is not None and r[col].text.strip()]
        if len(texts) >= 2 and sum(1 for t in texts if whole_id(t)) >= 0.6 * len(texts) and col <= 1 \
                and _counting(texts):
            return col
    return None


def _counting(texts: list[str]) -> bool:
    """Row numbers count up: a column of plain numbers that does not ("412", "655", "230"
    passengers) holds values. Numbers with parts ("1.1", "3.b") are ids however ordered."""
    numbers = [int(t.strip().rstrip(".")) for t in texts if t.strip().rstrip(".").isdigit()]
    if len(numbers) < len(texts):
        return True
    return all(a < b for a, b in zip(numbers, numbers[1:]))


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
