"""Sheets: a table that describes ONE commitment (a project or programme card) instead of
listing rows.

Its first row is a title spanning the table ("Project 2: Update the contingency plan");
its other rows hold labelled fields, in any of three ways a person reads as "label, value":
- "Label : value" on a line (a label of a few words before a colon);
- a bold label line over its value lines ("Duration" / "4 years: 2016-2019");
- a label cell beside its value cell.
A column table inside the sheet (measures with their actors) is read as a table of its own,
under the sheet's title. A sheet cut by a page break goes on in the first table of the next
page when that table holds labelled fields and no title with an id, or is only the sheet's
column table (`read_inner`; `keyed.read_grids`).

The sheet is one record (`KeyedTable.key_value`): its title is the record's title and its id
the title's leading id ("Project 2"); each field keeps the verbatim span of its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables.headers import distinct, full_width
from ingest.tables.model import Grid, GridCell, GridLine
from plans.ids import leading_id
from plans.vocabulary.roles import header_roles

MIN_FIELDS = 3  # labelled fields a sheet holds at least
_INLINE_WORDS = 8  # words of a label before a colon
_LINE_WORDS = 10  # words of a bold label line over its value
_INLINE = re.compile(r"^([^\W\d][^:]{0,80}?)\s*:\s*(.*)$")


@dataclass
class Field:
    label: str
    value: GridCell


@dataclass
class Sheet:
    title: GridCell | None
    fields: list[Field]
    inner: list[list[tuple[list[GridCell | None], int | None]]]  # column tables inside the sheet: (row, page) runs
    page: int | None


def _short(label: str, words: int) -> bool:
    return 0 < len(label.split()) <= words


def _value(lines: list[GridLine]) -> GridCell | None:
    lines = [l for l in lines if l.text.strip()]
    if not lines:
        return None
    return GridCell(" ".join(l.text for l in lines), lines[0].start, lines[-1].end, tuple(lines))


def fields_of(cell: GridCell) -> list[Field]:
    """The labelled fields written in one cell (none when it is plain text)."""
    lines = cell.lines or (GridLine(cell.text, cell.start, cell.end),)
    out: list[Field] = []
    label: str | None = None
    values: list[GridLine] = []

    def flush() -> None:
        value = _value(values)
        if label and value is not None:
            out.append(Field(label, value))

    over = False  # the label is a bold line still waiting for its value
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        m = _INLINE.match(line.text)
        if m and _short(m.group(1), _INLINE_WORDS) and not (over and not values):
            flush()
            label, rest = m.group(1).strip(), m.group(2)
            offset = line.text.rfind(rest) if rest else -1
            values = [GridLine(rest, line.start + offset, line.end)] if rest and offset >= 0 else []
            # "Financement : Fonds vert, Etat Durée : 6 ans": a second field set on the same line
            while values and (inner := _inner_label(values[0].text)) is not None:
                cut, name, at = inner
                head = values[0]
                before, after = head.text[:cut].rstrip(), head.text[at:]
                values = [GridLine(before, head.start, head.start + len(before))]
                flush()
                label, values = name, [GridLine(after, head.start + at, head.end)] if after.strip() else []
            over = False
            continue
        if line.strong and _short(line.text, _LINE_WORDS) and nxt is not None and not nxt.strong:
            flush()
            label, values, over = line.text.rstrip(" :"), [], True
            continue
        if label is not None:
            values.append(line)
    flush()
    return out


def _inner_label(value: str) -> tuple[int, str, int] | None:
    """A field's label inside another's value on one line ("…, Etat Durée : 6 ans"): where
    the value before it ends, the label, and where its own value starts; only a label of a few
    capitalised words that names a column's role (a timeline, a cost), so a colon in a body's
    name ("Ministère de la Santé : Direction …") cuts nothing."""
    for m in _INNER.finditer(value):
        words = m.group(1).split()
        for n in range(1, len(words) + 1):  # the fewest words before the colon that name a role
            name = " ".join(words[-n:])
            if name[:1].isupper() and header_roles(name):
                cut = m.start(1) + len(m.group(1)) - len(name)
                if value[:cut].strip():
                    return cut, name, m.end()
                break
    return None


_INNER = re.compile(r"(?<=\s)([^\W\d][\w'’-]*(?:\s[\w'’-]+){0,2})\s*:\s*(?=\S)")


def read_sheets(grid: Grid, titled: bool = True) -> list[Sheet]:
    """The sheets of a grid (a table joined over pages may hold several, each opening with a
    title row that carries an id), or [] when it is not made of sheets. `titled`: the first
    row must be a title (a sheet's continuation on a new page has none)."""
    rows = [(r, p) for r, p in zip(grid.rows, list(grid.pages) + [None] * len(grid.rows)) if distinct(r)]
    if len(rows) < 2 or (titled and not _title_row(rows[0][0])):
        return []
    groups: list[tuple[GridCell | None, list[tuple[list[GridCell | None], int | None]], int | None]] = []
    if not titled:
        groups.append((None, [], rows[0][1]))
    for row, page in rows:
        if _title_row(row) and (not groups or title_ref(distinct(row)[0].text)):
            groups.append((distinct(row)[0], [], page))
        else:
            groups[-1][1].append((row, page))
    sheets = [_sheet(title, body, page) for title, body, page in groups]
    if sheets[0] is None:
        return []
    return [s for s in sheets if s is not None]


def read_inner(grid: Grid) -> Sheet | None:
    """A grid that is mostly one column table, with only labelled fields and lines of text
    around it: the inner table of a sheet (its measures) filling a page of its own, or None.
    It is read as the sheet's rest however few fields it holds (none, or the one under the
    table), so that the sheet's fields on the next page still go on with its record
    (`keyed.read_grids` tells whose sheet it is)."""
    paged = [(r, p) for r, p in zip(grid.rows, list(grid.pages) + [None] * len(grid.rows)) if distinct(r)]
    rows = [r for r, _ in paged]
    if not rows or len(_inner_runs(paged)) != 1 or _inner_count(rows) * 2 <= len(rows):
        return None
    return _sheet(None, paged, paged[0][1], least=0)


def read_sheet(grid: Grid, titled: bool = True) -> Sheet | None:
    """The grid's first sheet, or None."""
    sheets = read_sheets(grid, titled)
    return sheets[0] if sheets else None


def _sheet(title: GridCell | None, paged: list[tuple[list[GridCell | None], int | None]],
           page: int | None, least: int = MIN_FIELDS) -> Sheet | None:
    rows = [r for r, _ in paged]
    fields: list[Field] = []
    seen: set[tuple[int, int]] = set()  # a cell merged over several rows is read once
    labelled = 0
    for row in rows:
        found = _row_fields(distinct(row))
        if found:
            labelled += 1
        found = [f for f in found if (f.value.start, f.value.end) not in seen]
        fields += found
        seen.update((f.value.start, f.value.end) for f in found)
    if len(fields) < least or labelled * 2 < len(rows) - _inner_count(rows):
        return None
    return Sheet(title, fields, _inner_runs(paged), page)


def _title_row(row: list[GridCell | None]) -> bool:
    """One cell across the table (or most of it: a title cell beside an empty corner)."""
    cells = distinct(row)
    return len(cells) == 1 and (full_width(row) or sum(1 for c in row if c is cells[0]) >= 0.6 * len(row) > 1)


def _row_fields(cells: list[GridCell]) -> list[Field]:
    if len(cells) == 2 and not fields_of(cells[0]) and _short(cells[0].text, _INLINE_WORDS):
        return [Field(cells[0].text.rstrip(" :"), cells[1])]  # a label cell beside its value
    if len(cells) > 2:
        return []
    return [f for c in cells for f in fields_of(c)]


def _inner_count(rows: list[list[GridCell | None]]) -> int:
    return sum(1 for r in rows if len(distinct(r)) >= 3)


def _inner_runs(paged: list[tuple[list[GridCell | None], int | None]]) -> list[list[tuple[list[GridCell | None], int | None]]]:
    """Consecutive rows of three cells or more (with their pages): column tables inside the sheet."""
    runs: list[list[tuple[list[GridCell | None], int | None]]] = []
    previous = False
    for row, page in paged:
        wide = len(distinct(row)) >= 3
        if wide:
            if previous:
                runs[-1].append((row, page))
            else:
                runs.append([(row, page)])
        previous = wide
    return runs


def title_ref(title: str) -> str | None:
    """The id a sheet's title starts with ("Project 2: ..." -> "Project 2")."""
    lead = leading_id(title)
    return lead[0] if lead else None
