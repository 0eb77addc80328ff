"""Which rows of a grid are its header, and the label and roles of each column.

A header the source marks (`Grid.header_rows`) is taken as it is. Otherwise the top rows
are read: a row is a header when at least two of its cells are words the role vocabulary
knows (or half of them, for a narrow table) and none of them is a row id; a header goes on
over the rows below it while they continue it (a header cell merged downwards, or short
sub-labels under a header cell merged across columns: "Calendrier" over "Court | Moyen |
Long"). A full-width row above the header is the table's caption. Column labels join the
header rows top to bottom ("Calendrier / Court"). The first entry of a list of abbreviations
(an abbreviation over a column of them, "HWA | Harbour Works Agency") is never a header.
"""

from __future__ import annotations

from dataclasses import dataclass

from plans.ids import whole_id
from plans.text import abbreviation_like, is_figure
from ingest.tables.model import Grid, GridCell
from plans.vocabulary.roles import fold, header_roles


@dataclass
class Header:
    rows: int  # how many grid rows (from the top, caption rows included) the header takes
    labels: list[str]  # one per column ("" when unlabelled)
    roles: list[tuple[str, ...]]  # one per column
    caption: str | None = None  # a full-width title row above the header

    def matches(self, row: list[GridCell | None]) -> bool:
        """A body row that repeats the header (a table continued on a new page)."""
        texts = [fold(c.text) if c else "" for c in row]
        labels = [fold(x.split(" / ")[-1]) for x in self.labels]
        filled = [t for t in texts if t]
        return bool(filled) and sum(1 for t, x in zip(texts, labels) if t and t == x) >= max(2, len(filled) - 1)


def distinct(row: list[GridCell | None]) -> list[GridCell]:
    """The row's cells, each merged cell once, left to right."""
    out: list[GridCell] = []
    for c in row:
        if c is not None and c.text.strip() and not any(c is o for o in out):
            out.append(c)
    return out


def full_width(row: list[GridCell | None]) -> bool:
    cells = distinct(row)
    return len(row) > 1 and len(cells) == 1 and all(c is cells[0] for c in row)


def _header_like(row: list[GridCell | None], body: list[list[GridCell | None]] = ()) -> bool:
    cells = distinct(row)
    if not cells or any(whole_id(c.text) for c in cells):
        return False
    if any(len(c.text.split()) > 10 for c in cells):
        return False
    if _labels_below(row, body):  # the first line of a sheet whose labels go on down its first column
        return False
    known = sum(1 for c in cells if header_roles(c.text))
    if known >= 2:
        return True
    # a narrow table: one label the vocabulary knows is enough, unless the row is the first
    # entry of a list of abbreviations, whose expansion happens to hold a header word
    return len(cells) <= 3 and known >= 1 and known * 2 >= len(cells) and not _list_entry(row, body)


def _labels_below(row: list[GridCell | None], body: list[list[GridCell | None]]) -> bool:
    """Is the row's first cell a label over a column of labels ("Objective | Keep water back
    ..." over "Lead | ...", "Budget | ...")? Then each line is a label and its value: the
    first column of a column table holds ids or actions, not words of the role vocabulary."""
    first = row[0] if row else None
    below = column_below(0, body)
    if first is None or not header_roles(first.text) or len(below) < 2:
        return False
    labels = [t for t in below if len(t.split()) <= 4 and header_roles(t)]
    return len(labels) * 2 > len(below)


def _list_entry(row: list[GridCell | None], body: list[list[GridCell | None]]) -> bool:
    """Is the row the first entry of a list of abbreviations rather than its labels? One of
    its cells is an abbreviation over a column of abbreviations ("HWA" over "CPA", "DWS",
    ...) and not a label the vocabulary knows ("ID"), and no cell is set apart from the
    column below it as a label is: a word in capitals over cells that are not ("ACRONYM |
    MEANING" over "HWA | Harbour Works Agency" is a header)."""
    cols = [i for i, c in enumerate(row) if c is not None and c.text.strip()]
    abbreviated = [i for i in cols if not header_roles(row[i].text) and _like_column(row, i, body)]
    return bool(abbreviated) and not any(_capital_label(row, i, body) for i in cols)


def column_below(col: int, body: list[list[GridCell | None]]) -> list[str]:
    """The texts of the cells in column `col` of the rows, the empty ones left out."""
    return [r[col].text for r in body if col < len(r) and r[col] is not None and r[col].text.strip()]


def _like_column(row: list[GridCell | None], col: int, body: list[list[GridCell | None]]) -> bool:
    """Is the row's cell in `col` an abbreviation, like most cells of the column below it?"""
    cell = row[col]
    return cell is not None and _abbreviation(cell.text) and abbreviation_column(column_below(col, body))


def abbreviation_column(texts: list[str]) -> bool:
    """Three cells or more, most of them abbreviations: the first column of a list of
    abbreviations."""
    return len(texts) >= 3 and sum(map(_abbreviation, texts)) * 4 >= len(texts) * 3


def _capital_label(row: list[GridCell | None], col: int, body: list[list[GridCell | None]]) -> bool:
    """The row's cell in `col` is written in capitals over a column mostly not."""
    cell = row[col]
    below = column_below(col, body)
    return (cell is not None and _capitals(cell.text) and len(below) >= 3
            and sum(map(_capitals, below)) * 2 < len(below))


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _abbreviation(text: str) -> bool:
    """A cell that holds one short word written mostly in capitals ("HWA", "EbA")."""
    return abbreviation_like(text.strip())


def _labels_row(rows: list[list[GridCell | None]], top: int) -> bool:
    """A first row of short labels over rows that hold numbers: a header the vocabulary
    does not know ("Dataset | October | November | Total for 2013"). A label may hold a
    number beside its words; a cell that is only a figure makes the row a body row."""
    first = rows[top]
    cells = distinct(first)
    if len(cells) < 2 or len(cells) != len([c for c in first if c is not None]):
        return False
    if _list_entry(first, rows[top + 1 :]):  # an abbreviation over a column of them: an entry
        return False
    if any(len(c.text.split()) > 6 or is_figure(c.text) for c in cells):
        return False
    body = [c for r in rows[top + 1 :] for c in distinct(r)]
    return any(any(ch.isdigit() for ch in c.text) for c in body)


def _continues(above: list[GridCell | None], row: list[GridCell | None]) -> bool:
    """`row` is a second header line under `above`: a header cell merged down into it, or
    short labels under a header cell merged across several columns."""
    cells = distinct(row)
    if not cells or any(whole_id(c.text) for c in cells) or any(len(c.text.split()) > 4 for c in cells):
        return False
    if any(a is not None and a is b for a, b in zip(above, row)):
        return True
    spans = [c for c in distinct(above) if sum(1 for x in above if x is c) >= 2]
    for span in spans:
        under = [row[i] for i, x in enumerate(above) if x is span]
        if sum(1 for u in under if u is not None and u.text.strip()) >= 2:
            return True
    return False


def _past_strays(rows: list[list[GridCell | None]], top: int) -> int:
    """The first header row when one or two stray rows of a single cell (a legend or a note
    beside the table) stand above it; else `top`."""
    for k in range(top, min(top + 2, len(rows) - 2)):
        if len(distinct(rows[k])) != 1:
            return top
        if _header_like(rows[k + 1]):
            return k + 1
    return top


def find_header(grid: Grid) -> Header | None:
    """The header of a column table, or None when the grid has none (a key/value table, or
    a grid whose first rows the vocabulary does not recognise)."""
    rows = grid.rows
    width = max((len(r) for r in rows), default=0)
    if grid.header_rows == 0 or not rows:
        return None
    top = 0
    caption = None
    marked = grid.header_rows
    if marked and _past_strays(rows, 0) > 0:
        marked = None  # the bold "header" is a stray row above the real one
    while top < len(rows) - 1 and full_width(rows[top]) and (marked is None or top < marked):
        caption = distinct(rows[top])[0].text  # a title row spanning the table
        top += 1
    if marked and marked > top:
        n = marked - top
    else:
        top = _past_strays(rows, top)
        if top >= len(rows) or not (_header_like(rows[top], rows[top + 1:]) or _labels_row(rows, top)):
            return None
        n = 1
        while top + n < len(rows) - 1 and n < 3 and _continues(rows[top + n - 1], rows[top + n]):
            n += 1
    labels: list[str] = []
    for col in range(width):
        parts: list[str] = []
        for r in rows[top : top + n]:
            c = r[col] if col < len(r) else None
            if c is not None and c.text.strip() and c.text not in parts:
                parts.append(c.text)
        labels.append(" / ".join(parts))
    roles = [header_roles(x) or header_roles(x.split(" / ")[0]) for x in labels]
    return Header(top + n, labels, roles, caption)
