"""Tables printed without ruling lines: aligned columns of text, key/value sheets.

The page's prose lines are cut where words stand a column gap apart (`split_columns`)
and grouped by baseline. A run of such rows where pieces start at the same few x
positions is a table when it has at least three rows with two or more pieces and either
three or more columns, or two columns one of which is narrow (a label column beside its
values: "Pilote de l'action   MINEPDED") or, under a bold header of short labels, prints on
less than half the lines of the other (actors beside descriptions that wrap over many
lines). Two full columns side by side are prose in two columns, not a table, and are left
to the reading order. Columns start where pieces of several rows start, or, for numbers,
where right-aligned pieces end.

A row starts at a line that prints something in the first column. When rows are set
apart by more than the spacing of a cell's wrapped lines, it takes that gap (or lines
where the first column was empty) before it: a label wrapped over two lines stays one
cell. The header row takes the lines under its first line where labels wrap (fewer
pieces, in the labels' type, nearer the line above than the line below): a header is often
set with a wider leading than the body's wrapped cells. Each cell is its column's lines in
that row.
"""

from __future__ import annotations

import re

from ingest.tables.pdf_cells import BULLETS
from ingest.tables.pdf_grids import DraftCell, DraftTable, Part, marked_header
from ingest.tables.pdf_layout import Line, PageLayout, Word

_COLUMN_GAP = 1.5  # ems between two words that belong to different columns
_NARROW = 0.2  # share of the page width under which a column is a label column
_ALIGN = 0.6  # ems within which pieces start "at the same x"
_SHORT_VALUE = 24  # characters of a right-aligned value (an amount, a date)
_MARKER = re.compile(r"^(?:[" + re.escape("".join(BULLETS)) + r"]|\(?\w{1,3}[.)])$")


def _pieces(line: Line) -> list[Line]:
    out: list[Line] = []
    cur: list[Word] = []
    for w in line.words:
        marker = len(cur) == 1 and _MARKER.match(cur[0].text)  # a bullet or item number stays with its text
        if cur and not marker and w.x0 - cur[-1].x1 > _COLUMN_GAP * max(w.size, cur[-1].size):
            out.append(Line(cur))
            cur = []
        cur.append(w)
    if cur:
        out.append(Line(cur))
    return out


def _clusters(values: list[float]) -> list[list[float]]:
    clusters: list[list[float]] = []
    for x in sorted(values):
        if clusters and x - clusters[-1][-1] <= _ALIGN * 10:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return clusters


def _starts(rows: list[list[Line]]) -> list[float]:
    """Column starts: x positions where pieces of at least two rows begin, and the left edge
    of right-aligned columns (short values such as amounts: three or more pieces ending at
    the same x and starting at different ones)."""
    pieces = [p for r in rows if len(r) >= 2 for p in r]  # a lone line is a wrapped cell, not a column
    short = [p for p in pieces if len(p.text) <= _SHORT_VALUE]
    right: list[float] = []
    taken: set[int] = set()
    for ends in _clusters([p.x1 for p in short]):
        members = [p for p in short if ends[0] <= p.x1 <= ends[-1]]
        x0 = min(p.x0 for p in members)
        if len(members) >= 3 and max(p.x0 for p in members) - x0 > _ALIGN * 10:
            right.append(x0)
            taken.update(id(p) for p in members)
    left = [min(c) for c in _clusters([p.x0 for p in pieces if id(p) not in taken]) if len(c) >= 2]
    return sorted(left + [x for x in right if all(abs(x - s) > _ALIGN * 10 for s in left)])


def _column(starts: list[float], piece: Line) -> int | None:
    for k in range(len(starts) - 1, -1, -1):
        if piece.x0 >= starts[k] - _ALIGN * piece.size:
            return k
    return None


def _assign(run: list[list[Line]], starts: list[float]) -> list[list[int | None]]:
    """The column of every piece. A first row with one piece per column (a header, whose
    labels need not align with the values under them) is read piece by piece in order."""
    out = [[_column(starts, p) for p in r] for r in run]
    if run and len(run[0]) == len(starts) > 1:
        out[0] = list(range(len(starts)))
    return out


def unruled_tables(page: PageLayout, lines: list[Line]) -> list[DraftTable]:
    """Tables among the page's prose `lines` (furniture and ruled tables left out)."""
    rows = [_pieces(l) for l in sorted(lines, key=lambda l: l.top)]
    out: list[DraftTable] = []
    i = 0
    while i < len(rows):
        if len(rows[i]) < 2:
            i += 1
            continue
        j = _run_end(rows, i)
        table = _table(page, rows[i:j])
        if table is not None:
            out.append(table)
            i = j
        else:
            i += 1
    return out


def _run_end(rows: list[list[Line]], i: int) -> int:
    """End of the run of rows from `i`: multi-piece rows and the single pieces between
    them that sit at line spacing (wrapped cells)."""
    later = [p.x0 for p in rows[i][1:]]  # where the columns after the first start
    j = i + 1
    while j < len(rows):
        gap = rows[j][0].top - max(p.bottom for p in rows[j - 1])
        size = max(p.size for p in rows[j - 1])
        if gap > 2.5 * size:
            break
        if len(rows[j]) < 2:
            # a line of a later column wraps a cell however long it is; other lines end the run
            # unless a row of several pieces follows within two lines
            wrapped = rows[j][0].x0 >= min(later) - _ALIGN * size
            if not wrapped and not any(len(r) >= 2 for r in rows[j + 1:j + 3]):
                break
        else:
            later += [p.x0 for p in rows[j][1:]]
        j += 1
    return j


def _table(page: PageLayout, run: list[list[Line]]) -> DraftTable | None:
    multi = [r for r in run if len(r) >= 2]
    if len(multi) < 3:
        return None
    starts = _starts(run)
    if len(starts) < 2:
        return None
    assigned = _assign(run, starts)
    cols: list[list[Line]] = [[] for _ in starts]
    for i, (r, ks) in enumerate(zip(run, assigned)):
        for p, k in zip(r, ks):
            if k is None:
                return None
            if i or len(r) != len(starts):  # a header piece may stand wider than its column
                cols[k].append(p)
    widths = [max(p.x1 for p in c) - starts[k] if c else 0.0 for k, c in enumerate(cols)]
    if len(starts) == 2 and min(widths) > _NARROW * page.width and not _labelled(run, cols):
        return None  # two columns of prose
    # a piece crossing into the next column means the run is not a table
    for k, c in enumerate(cols[:-1]):
        if any(p.x1 > starts[k + 1] for p in c):
            return None
    return _rows(page, run, starts, assigned)


def _labelled(run: list[list[Line]], cols: list[list[Line]]) -> bool:
    """Two wide columns that are a table, not prose: a bold header of short labels over
    labels (the first column) beside values that wrap over many more lines."""
    head = run[0]
    return (len(head) == 2 and all(p.bold and len(p.text.split()) <= 6 for p in head)
            and len(cols[0]) * 2 <= len(cols[1]))


def _head_lines(run: list[list[Line]], starts: list[float], gaps: list[float]) -> int:
    """Lines of the header row: a first line with one label per column, and the lines under
    it where labels wrap (fewer pieces, the labels' type, closer to the line above than to
    the line below). A header may be set with its own leading, wider than the body's."""
    head = run[0]
    if len(head) != len(starts):
        return 0
    n = 1
    while n + 1 < len(run) and len(run[n]) < len(head) and gaps[n] < gaps[n + 1] and all(
            abs(p.size - head[0].size) < 0.25 and p.bold == head[0].bold for p in run[n]):
        n += 1
    return n


def _rows(page: PageLayout, run: list[list[Line]], starts: list[float],
          assigned: list[list[int | None]]) -> DraftTable:
    size = max(p.size for r in run for p in r)
    firsts = [ks[0] == 0 for ks in assigned]
    gaps = [0.0] + [b[0].top - max(p.bottom for p in a) for a, b in zip(run, run[1:])]
    head = _head_lines(run, starts, gaps)
    body = range(max(head, 1), len(run))
    wrapped = sorted(gaps[i] for i in body if not firsts[i])  # gaps inside a row
    opening = sorted(gaps[i] for i in body if firsts[i])  # gaps before a first column
    line_gap = wrapped[len(wrapped) // 2] if wrapped else 0.0
    padded = bool(wrapped) and bool(opening) and opening[len(opening) // 2] > line_gap + 0.3 * size
    groups: list[list[int]] = []
    for i, r in enumerate(run):
        starts_row = firsts[i] and (not padded or not firsts[i - 1] or gaps[i] > line_gap + 0.3 * size)
        if not groups or (starts_row and i >= head):
            groups.append([])
        groups[-1].append(i)
    limits = [starts[k + 1] - _COLUMN_GAP * size for k in range(len(starts) - 1)]
    limits.append(max(p.x1 for r in run for p in r))
    table_rows: list[list[DraftCell | None]] = []
    for g in groups:
        per: list[list[Word]] = [[] for _ in starts]
        for i in g:
            for p, k in zip(run[i], assigned[i]):
                per[k or 0].extend(p.words)
        table_rows.append([
            DraftCell(_lines(ws), limits[k]) if ws else None for k, ws in enumerate(per)
        ])
    words = [w for r in run for p in r for w in p.words]
    box = (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))
    draft = DraftTable(list(starts) + [box[2]], table_rows, [page.number] * len(table_rows))
    draft.parts.append(Part(page.number, box, 0, len(table_rows)))
    draft.words = {id(w) for w in words}
    if len(table_rows) > 1:
        draft.header_rows = marked_header(table_rows)
    return draft


def _lines(words: list[Word]) -> list[Line]:
    from ingest.tables.pdf_layout import build_lines

    return build_lines(words)
