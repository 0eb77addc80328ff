"""Action-plan tables recovered from PDF page geometry (words with boxes, ruling lines).

Approach
--------
1. Header. A line whose word groups name an id column and an action column plus one more
   known role (generic table vocabulary, `grid.column_role`) seeds a header; the lines
   touching it in the same weight (a wrapped "MONITORING / INSTRUMENTS") complete it, and
   its word groups, clustered by horizontal overlap, give one cell per column.
2. Rows. Below the header, the text of every column except the goal column is cut into
   bands wherever the vertical gap exceeds the usual line gap of the table plus a margin
   (cell padding separates rows, wrapped lines inside a cell sit at line spacing). A band
   holding one id ("1.a", "3.b", "9") in the id column is a row; a band with several ids
   (tight padding) is cut at a horizontal rule or at the largest gap between them. Ids may
   be vertically centred: the band is still found, because it is the band's tallest cell
   that sets its extent. The first band without an id ends the table (prose after it).
   The goal column is left out of the bands because a merged goal cell (SPAN) runs across
   several rows, often vertically centred; its text blocks are given to the row whose
   extent they overlap most, and every row of a goal number shares its goal.
3. Columns. Vertical rules give the boundaries when the table has them; otherwise the
   widest uncovered vertical strip between two header cells (over header and body words).
   The content width of a column (rule minus padding, or the next column's text minus
   the narrowest column gap) tells a wrapped line from a new line in a cell: a line was
   wrapped when the next line's first word would not have fitted on it.
4. Pages. A table left open at the bottom of a page continues on the next one, with or
   without a repeated header; a band without an id at the top of the continuation is the
   rest of a row split by the page break and is joined to that row.

Why page geometry from pdfminer (pdfplumber's engine) and not pypdf's layout mode
-------------------------------------------------------------------------------
Time to read the 16-page sample plan on this machine (2 cores):
  pypdf `extract_text(extraction_mode="layout")`  0.13-0.19 s
  pdfplumber (`page.chars`, `lines`, `rects`)       1.24 s
  pdfminer directly, layout analysis off           0.64 s  (what `pdf_layout` does)
  `read_pdf` end to end (geometry, tables, text)   0.70-0.78 s
Rows recovered whole (goal, action, monitoring, departments all equal to the truth):
  a column-offset reader over pypdf's layout text (header vocabulary, columns cut at
  the label offsets, a row starts at an id, goals carried within a goal number):
  sample plan 102/102, synthetic variants 124/198;
  this module: sample plan 102/102, synthetic variants 198/198 (18 layouts of 11 rows).
The layout text loses what the failing variants need: the ruling lines and shading
(row and column boundaries), font weight and size (header, headings, a numbered heading
after a table), exact x positions (centred header labels put the character-grid column
offsets inside the columns: 0/11) and exact vertical gaps (the text of a merged goal
cell taller than its first row runs into the lines of the next rows, and vertically
centred cells start above their id: middle-aligned 0/11, Courier narrow 3/11).
pdfplumber exposes all of it but builds one dict per glyph, which doubles the time; the
same objects straight from pdfminer cost 0.64 s, so the module reads them there.

Limits
------
A table needs a header naming an id column and an action column; a table without ids
stays prose. Where a department column is too narrow for two names side by side,
"Housing" / "Finance" on two lines reads exactly like one wrapped name: entries printed
whole elsewhere in the document settle it, otherwise the width rule joins them. A goal
cell merged over rows with plain ids ("1", "2", "3"), vertically centred and with no
ruling lines, is indistinguishable from a goal printed in the middle row only; rows
above it get the goal of the row before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.tables.grid import ID_PATTERN, column_role
from ingest.tables.pdf_layout import Line, PageLayout, Rule, Word, build_lines

_MARGIN = 0.05  # share of the page height at top and bottom where running heads/footers sit


# ---- shapes ------------------------------------------------------------------------------


@dataclass
class Column:
    label: str
    role: str | None
    left: float  # region boundaries: a word belongs to the column whose region holds its x0
    right: float
    limit: float = 0.0  # right edge of the cell's content area (for wrap inference)
    label_x0: float = 0.0  # where the header label is printed
    label_x1: float = 0.0


@dataclass
class RawRow:
    page: int
    top: float
    bottom: float
    ref: str  # the id as printed ("1.a." keeps its dot)
    cells: list[list[Line]]  # per column; the goal column holds the goal lines this row printed
    continuation: list[list[Line]] = field(default_factory=list)  # cells of the next page
    goal_merged_above: bool = False  # ruled table whose goal cell spans this row and the one above


@dataclass
class Segment:
    """The part of a table on one page."""

    page: int
    top: float
    bottom: float
    header: list[str]  # labels printed on this page ([] when the header is not repeated)
    columns: list[Column]
    rows: list[RawRow] = field(default_factory=list)
    carried: list[list[Line]] = field(default_factory=list)  # continuation of the previous row


@dataclass
class PdfTable:
    labels: list[str]
    roles: list[str | None]
    segments: list[Segment] = field(default_factory=list)
    size: float = 10.0  # font size of the header

    @property
    def rows(self) -> list[RawRow]:
        return [r for s in self.segments for r in s.rows]


@dataclass
class _Header:
    top: float
    bottom: float
    cells: list[tuple[str, float, float]]  # label, x0, x1
    bold: bool
    size: float = 0.0


# ---- small geometry helpers ---------------------------------------------------------------


def _groups(words: list[Word], gap: float) -> list[list[Word]]:
    """Split a line's words where the horizontal gap exceeds `gap` (times the font size)."""
    out: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.x0):
        if out and w.x0 - out[-1][-1].x1 <= gap * max(w.size, out[-1][-1].size):
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _is_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))


def _line_gap(lines: list[Line]) -> float:
    """The usual gap between consecutive lines of a cell (low quantile of observed gaps)."""
    gaps = sorted(b.top - a.bottom for a, b in zip(lines, lines[1:]) if -2 < b.top - a.bottom < 1.5 * a.size)
    if not gaps:
        return 1.5
    return max(0.0, gaps[len(gaps) // 4])


# ---- 1. header ---------------------------------------------------------------------------


def find_headers(page: PageLayout) -> list[_Header]:
    headers: list[_Header] = []
    lines = page.lines
    used: set[int] = set()
    for i, line in enumerate(lines):
        if i in used:
            continue
        roles = {column_role(_text(g)) for g in _groups(line.words, 0.7)}
        if len(roles & {"id", "goal", "action", "monitoring", "departments"}) < 2:
            continue
        band = _header_band(lines, i)
        header = _header_cells(band)
        roles = [column_role(label) for label, _, _ in header.cells]
        if "id" in roles and "action" in roles and len(set(roles) - {None}) >= 3:
            headers.append(header)
            used.update(j for j, l in enumerate(lines) if any(l is b for b in band))
    return headers


def _header_band(lines: list[Line], i: int) -> list[Line]:
    seed = lines[i]
    band = [seed]

    def joins(line: Line, ref: Line, below: bool) -> bool:
        gap = line.top - ref.bottom if below else ref.top - line.bottom
        if line.bold != seed.bold or abs(line.size - seed.size) > 0.15 * seed.size:
            return False
        if seed.bold:  # a bold header row: its wrapped or centred labels touch
            return gap <= max(3.0, 0.6 * seed.size)
        # a regular-weight header: only lines at line spacing, and never a row with an id
        if gap > min(3.0, 0.35 * seed.size):
            return False
        return not any(_is_id(_text(g)) for g in _groups(line.words, 0.7))

    j = i - 1
    while j >= 0 and joins(lines[j], band[0], below=False):
        band.insert(0, lines[j])
        j -= 1
    j = i + 1
    while j < len(lines) and joins(lines[j], band[-1], below=True):
        band.append(lines[j])
        j += 1
    return band


def _header_cells(band: list[Line]) -> _Header:
    segs: list[list[Word]] = [g for line in band for g in _groups(line.words, 0.7)]
    clusters: list[list[list[Word]]] = []
    for g in sorted(segs, key=lambda g: g[0].x0):
        x0, x1 = g[0].x0, g[-1].x1
        for c in clusters:
            cx0, cx1 = min(s[0].x0 for s in c), max(s[-1].x1 for s in c)
            if x0 < cx1 - 0.5 and x1 > cx0 + 0.5:
                c.append(g)
                break
        else:
            clusters.append([g])
    cells = []
    for c in clusters:
        c.sort(key=lambda g: (g[0].top, g[0].x0))
        cells.append((" ".join(_text(g) for g in c), min(g[0].x0 for g in c), max(g[-1].x1 for g in c)))
    cells.sort(key=lambda t: t[1])
    size = sorted(w.size for l in band for w in l.words)[0]
    return _Header(min(l.top for l in band), max(l.bottom for l in band), cells, band[0].bold, size)


# ---- 2. columns ---------------------------------------------------------------------------


def tentative_columns(header: _Header) -> list[Column]:
    """Columns from the header alone: each runs from its label to the next label."""
    cells = header.cells
    cols = []
    for k, (label, x0, x1) in enumerate(cells):
        left = x0 - 1.5 if k else -1e6
        right = cells[k + 1][1] - 1.5 if k + 1 < len(cells) else 1e6
        cols.append(Column(label, column_role(label), left, right, right, x0, x1))
    return cols


def refine_columns(cols: list[Column], words: list[Word], page: PageLayout, top: float, bottom: float) -> list[Column]:
    """Final boundaries: vertical rules when the table has them, else the widest empty strip."""
    hdr_bottom = min(bottom, top + 30)
    vrules = sorted(
        r.pos for r in page.rules
        if not r.horizontal and r.lo <= hdr_bottom and r.hi >= top + 2
    )
    bounds: list[float] = []
    for a, b in zip(cols, cols[1:]):
        cands = [x for x in vrules if a.label_x1 - 0.5 <= x <= b.label_x0 + 0.5]
        if not cands:
            break
        bounds.append(max(cands))
    else:
        if cols:
            lefts = [x for x in vrules if x <= cols[0].label_x0 + 0.5]
            rights = [x for x in vrules if x >= cols[-1].label_x1 - 0.5]
            if lefts and rights:
                return _with_rules(cols, [max(lefts), *bounds, min(rights)], words)
    return _by_gaps(cols, words, page, top, bottom)


def _frame(page: PageLayout, top: float, bottom: float) -> tuple[float | None, float | None]:
    """The table's left and right edges from its shading or horizontal rules, if any."""
    boxes = [(f.x0, f.x1) for f in page.fills if f.top < bottom and f.bottom > top]
    boxes += [(r.lo, r.hi) for r in page.rules if r.horizontal and top - 2 <= r.pos <= bottom + 2]
    if not boxes:
        return None, None
    return min(b[0] for b in boxes), max(b[1] for b in boxes)


def _with_rules(cols: list[Column], edges: list[float], words: list[Word]) -> list[Column]:
    out = [Column(c.label, c.role, edges[k], edges[k + 1], 0.0, c.label_x0, c.label_x1) for k, c in enumerate(cols)]
    pads = []
    for c in out:
        xs = [w.x0 for w in words if c.left <= w.x0 < c.right]
        if xs:
            pads.append(min(xs) - c.left)
    pad = max(0.0, min(pads)) if pads else 2.0
    for c in out:
        xs = [w.x1 for w in words if c.left <= w.x0 < c.right]
        c.limit = max([c.right - pad, *xs])
    out[0].left, out[-1].right = -1e6, 1e6  # words just outside the frame still belong
    return out


def _by_gaps(cols: list[Column], words: list[Word], page: PageLayout, top: float, bottom: float) -> list[Column]:
    intervals = sorted((w.x0, w.x1) for w in words)
    strips: list[tuple[float, float]] = []
    for a, b in zip(cols, cols[1:]):
        lo = (a.label_x0 + a.label_x1) / 2
        hi = max((b.label_x0 + b.label_x1) / 2, lo + 1)
        strip = _widest_gap(intervals, lo, hi)
        if strip is None or strip[1] - strip[0] < 1.0:
            strip = (b.label_x0 - 2, b.label_x0 - 1)
        strips.append(strip)
    out = []
    for k, c in enumerate(cols):
        left = (strips[k - 1][0] + strips[k - 1][1]) / 2 if k else -1e6
        right = (strips[k][0] + strips[k][1]) / 2 if k < len(strips) else 1e6
        out.append(Column(c.label, c.role, left, right, 0.0, c.label_x0, c.label_x1))
    min_sep = min([hi - lo for lo, hi in strips] or [6.0])
    for k, c in enumerate(out):
        xs = [w.x1 for w in words if c.left <= w.x0 < c.right]
        own = max(xs) if xs else c.label_x1
        c.limit = max(own, strips[k][1] - min_sep) if k < len(strips) else max(own, _last_limit(out, words, page, top, bottom))
    return out


def _last_limit(cols: list[Column], words: list[Word], page: PageLayout, top: float, bottom: float) -> float:
    """Right edge of the last column's content: the frame minus the padding seen on the left,
    or, for a table with no graphics at all, the right margin of the page's prose."""
    left, right = _frame(page, top, bottom)
    first = [w.x0 for w in words if w.x0 < cols[0].right]
    if right is not None:
        pad = max(0.0, min(first) - left) if first and left is not None else 3.0
        return right - pad
    wide = [l.x1 for l in page.lines if l.x1 - l.x0 > 0.6 * page.width]
    return max(wide) if wide else 0.0


def _widest_gap(intervals: list[tuple[float, float]], a: float, b: float) -> tuple[float, float] | None:
    """The widest x strip inside (a, b) that no interval covers."""
    cursor = a
    best: tuple[float, float] | None = None
    for x0, x1 in intervals:
        if x1 <= cursor:
            continue
        if x0 >= b:
            break
        if x0 > cursor and (best is None or x0 - cursor > best[1] - best[0]):
            best = (cursor, x0)
        cursor = max(cursor, x1)
    if cursor < b and (best is None or b - cursor > best[1] - best[0]):
        best = (cursor, b)
    return best


def column_of(cols: list[Column], x0: float) -> int:
    for k, c in enumerate(cols):
        if x0 < c.right:
            return k
    return len(cols) - 1


# ---- 3. rows -----------------------------------------------------------------------------


@dataclass
class _Band:
    top: float
    bottom: float
    words: list[Word]


def _bands(words: list[Word], threshold: float) -> list[_Band]:
    out: list[_Band] = []
    for w in sorted(words, key=lambda w: w.top):
        if out and w.top - out[-1].bottom <= threshold:
            b = out[-1]
            b.words.append(w)
            b.bottom = max(b.bottom, w.bottom)
        else:
            out.append(_Band(w.top, w.bottom, [w]))
    return out


def _anchors(words: list[Word], cols: list[Column], id_col: int, size: float) -> list[tuple[Word, str]]:
    """Ids standing alone in the id column, in the table's type size: (first word, id text).
    (A numbered heading after the table is set larger.)"""
    out = []
    col = cols[id_col]
    for line in build_lines([w for w in words if col.left <= w.x0 < col.right]):
        for g in _groups(line.words, 0.7):
            text = _text(g)
            if _is_id(text) and g[-1].x1 <= col.right + 2 and abs(g[0].size - size) <= 0.25 * size:
                out.append((g[0], text))
                break
    return out


def _split_band(band: _Band, anchors: list[tuple[Word, str]], rules: list[Rule], id_col: Column) -> list[tuple[float, float]]:
    """Vertical extents of the rows in a band holding several ids."""
    lines = build_lines(band.words)
    cuts = []
    for (a, _), (b, _) in zip(anchors, anchors[1:]):
        hr = [r.pos for r in rules if r.horizontal and a.bottom <= r.pos <= b.top
              and r.lo <= id_col.left + 3 and r.hi >= id_col.right - 3]
        if hr:
            cuts.append(min(hr))
            continue
        best, where = -1e9, b.top - 0.5
        for x, y in zip(lines, lines[1:]):
            if x.bottom >= a.top - 0.5 and y.top <= b.top + 0.5:
                g = y.top - x.bottom
                if g >= best - 0.05:
                    best, where = g, (x.bottom + y.top) / 2
        cuts.append(where)
    edges = [band.top, *cuts, band.bottom]
    return list(zip(edges, edges[1:]))


def _fits(lines: list[Line], cols: list[Column]) -> bool:
    """True when no run of closely spaced words crosses a column boundary (not prose)."""
    bounds = [c.right for c in cols[:-1]]
    for line in lines:
        for g in _groups(line.words, 0.7):
            x0, x1 = g[0].x0, g[-1].x1
            if any(x0 < b - 1 and x1 > b + 1 for b in bounds):
                return False
    return True


def _row_gap(body: list[Word], cols: list[Column], size: float) -> float:
    """The vertical gap above which two lines belong to different rows: the usual gap
    between the lines of a cell (in the table's type size) plus a margin."""
    per_col: dict[int, list[Word]] = {}
    for w in body:
        if abs(w.size - size) <= 0.15 * size:
            per_col.setdefault(column_of(cols, w.x0), []).append(w)
    gap = min([_line_gap(build_lines(ws)) for ws in per_col.values() if len(ws) > 1] or [0.2 * size])
    return gap + max(1.0, 0.3 * size)


def _tabular(band: _Band, words: list[Word], cols: list[Column], size: float) -> bool:
    """True when every line across the band (goal column included) stays inside the columns
    and is set in the table's size: the rest of a row, not a heading or prose."""
    lines = build_lines([w for w in words if band.top - 0.1 <= w.top <= band.bottom])
    return _fits(lines, cols) and all(abs(l.size - size) <= 0.25 * size for l in lines)


def _prose_tail(band: _Band, last_id: Word, cols: list[Column], words: list[Word], size: float) -> float | None:
    """Top of the first line below the band's last id that runs across columns (prose) or
    is set in another size (a heading). `words`: all the words of the page region."""
    near = [w for w in words if last_id.bottom < w.top <= band.bottom]
    for line in build_lines(near):
        if not _fits([line], cols) or abs(line.size - size) > 0.25 * size:
            return line.top - 0.5
    return None


@dataclass
class _Scan:
    rows: list[tuple[float, float, str, Word]]  # top, bottom, id text, id word
    carried: tuple[float, float] | None  # extent of a continuation band before the first row
    end: float  # where the table's region ends (top of what follows, or the stop line)
    last_bottom: float
    threshold: float = 4.0  # vertical gap that separates rows


def scan_rows(page: PageLayout, cols: list[Column], start: float, stop: float,
              allow_carry: bool, type_size: float, final: bool = True) -> _Scan | None:
    """Rows below a header (or from the top of a continuation page) down to `stop`.
    `type_size`: the table's font size (the header's); `final`: the columns are the
    measured ones, precise enough to tell prose lines (running across them) apart."""
    id_col = next(k for k, c in enumerate(cols) if c.role == "id")
    goal_cols = {k for k, c in enumerate(cols) if c.role == "goal"}
    words = [w for w in page.words if start - 0.5 <= w.top and w.top < stop]
    body = [w for w in words if column_of(cols, w.x0) not in goal_cols]
    if not body:
        return None
    size = type_size
    threshold = _row_gap(body, cols, size)
    anchors = _anchors(body, cols, id_col, size)
    rows: list[tuple[float, float, str, Word]] = []
    carried = None
    end = stop
    last_bottom = start
    for band in _bands(body, threshold):
        mine = sorted((a for a in anchors if band.top - 0.1 <= a[0].top <= band.bottom + 0.1), key=lambda a: a[0].top)
        if not mine:
            if not rows and carried is None and allow_carry and (not final or _tabular(band, words, cols, size)):
                carried = (band.top, band.bottom)
                last_bottom = band.bottom
                continue
            end = band.top
            break
        prose = _prose_tail(band, mine[-1][0], cols, words, size) if final else None
        if prose is not None:  # prose set close under the last row
            band = _Band(band.top, max(w.bottom for w in band.words if w.top < prose), [w for w in band.words if w.top < prose])
        extents = _split_band(band, mine, page.rules, cols[id_col]) if len(mine) > 1 else [(band.top, band.bottom)]
        for (top, bottom), (word, text) in zip(extents, mine):
            rows.append((top, bottom, text, word))
        last_bottom = band.bottom
        if prose is not None:
            end = prose
            break
    if not rows and carried is None:
        return None
    return _Scan(rows, carried, end, last_bottom, threshold)


# ---- 4. assembling cells -------------------------------------------------------------------


def _cell_lines(words: list[Word], cols: list[Column]) -> list[list[Line]]:
    per: list[list[Word]] = [[] for _ in cols]
    for w in words:
        per[column_of(cols, w.x0)].append(w)
    return [build_lines(ws) for ws in per]


def _goal_blocks(words: list[Word], threshold: float) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    for line in build_lines(words):
        if blocks and line.top - blocks[-1][-1].bottom <= threshold:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _assign_goal_blocks(blocks: list[list[Line]], extents: list[tuple[float, float]]) -> list[list[Line]]:
    """Give each goal text block to the row extent it overlaps most; lines per extent."""
    out: list[list[Line]] = [[] for _ in extents]
    if not extents:
        return out
    for block in blocks:
        top, bottom = block[0].top, block[-1].bottom
        best, k_best = -1e9, 0
        for k, (a, b) in enumerate(extents):
            ov = min(bottom, b) - max(top, a)
            if ov > best:
                best, k_best = ov, k
        out[k_best].extend(block)
    return out


def build_segment(page: PageLayout, cols: list[Column], scan: _Scan, start: float, header: list[str]) -> Segment:
    goal_cols = {k for k, c in enumerate(cols) if c.role == "goal"}
    words = [w for w in page.words if start - 0.5 <= w.top < scan.end]
    extents: list[tuple[float, float]] = []
    if scan.carried:
        extents.append(scan.carried)
    extents += [(t, b) for t, b, _, _ in scan.rows]
    # each row owns the space down to the middle of the gap before the next one
    regions = []
    for k, (t, b) in enumerate(extents):
        up = start if k == 0 else (extents[k - 1][1] + t) / 2
        down = scan.end if k + 1 == len(extents) else (b + extents[k + 1][0]) / 2
        regions.append((up, down))
    body = [w for w in words if column_of(cols, w.x0) not in goal_cols]
    per_region: list[list[Word]] = [[] for _ in extents]
    for w in body:
        for k, (up, down) in enumerate(regions):
            if w.ymid < down or k + 1 == len(regions):
                per_region[k].append(w)
                break
    goal_words = {k: [w for w in words if column_of(cols, w.x0) == k] for k in goal_cols}
    goal_lines: dict[int, list[list[Line]]] = {
        k: _assign_goal_blocks(_goal_blocks(ws, scan.threshold), regions) for k, ws in goal_words.items()
    }
    seg = Segment(page.number, start, scan.end if scan.rows or scan.carried else start, header, cols)
    offset = 0
    if scan.carried:
        cells = _cell_lines(per_region[0], cols)
        for k in goal_cols:
            cells[k] = goal_lines[k][0]
        seg.carried = cells
        offset = 1
    for i, (top, bottom, ref, _) in enumerate(scan.rows):
        cells = _cell_lines(per_region[i + offset], cols)
        for k in goal_cols:
            cells[k] = goal_lines[k][i + offset]
        seg.rows.append(RawRow(page.number, top, bottom, ref, cells))
    _mark_merged_goals(seg, page.rules)
    seg.bottom = max([seg.top, *(l.bottom for cs in [seg.carried, *[r.cells for r in seg.rows]] for c in cs for l in c)])
    return seg


def _mark_merged_goals(seg: Segment, rules: list[Rule]) -> None:
    """In a ruled table, a rule that separates two rows everywhere but in the goal column
    means the goal cell is merged over both (SPAN)."""
    goal = next((c for c in seg.columns if c.role == "goal"), None)
    others = [c for c in seg.columns if c.role in ("action", "monitoring", "departments")]
    if goal is None or not others:
        return
    hrules = [r for r in rules if r.horizontal]
    if not hrules:
        return

    def crosses(r: Rule, c: Column) -> bool:
        lo = max(c.left, -1e5)
        hi = min(c.right, 1e5)
        mid = (max(lo, c.label_x0) + min(hi, c.limit)) / 2
        return r.lo <= mid <= r.hi

    for above, row in zip(seg.rows, seg.rows[1:]):
        between = [r for r in hrules if above.bottom - 0.5 <= r.pos <= row.top + 0.5]
        if any(crosses(r, others[0]) for r in between) and not any(crosses(r, goal) for r in between):
            row.goal_merged_above = True


# ---- 5. the whole document --------------------------------------------------------------


def _marginal(page: PageLayout, line: Line) -> bool:
    """A running head, footer or page number."""
    h = page.height
    in_margin = line.top > h * (1 - _MARGIN) or line.bottom < h * _MARGIN
    return in_margin and (line.x1 - line.x0) < 0.5 * page.width


def _without_margins(page: PageLayout) -> PageLayout:
    """The page without its running heads, footers and page numbers."""
    marginal = {id(w) for l in page.lines if _marginal(page, l) for w in l.words}
    if not marginal:
        return page
    return replace(page, words=[w for w in page.words if id(w) not in marginal],
                   lines=[l for l in page.lines if not _marginal(page, l)])


def _labels_match(a: list[str], b: list[str]) -> bool:
    norm = lambda xs: [re.sub(r"\W+", " ", x).strip().lower() for x in xs]
    return norm(a) == norm(b)


def find_tables(pages: list[PageLayout]) -> list[PdfTable]:
    """Every action-plan table of the document, its parts on consecutive pages joined."""
    tables: list[PdfTable] = []
    open_table: PdfTable | None = None  # the table that ran to the bottom of the last page
    for page in pages:
        page = _without_margins(page)
        headers = find_headers(page)
        first_top = page.lines[0].top if page.lines else page.height
        next_open: PdfTable | None = None
        if open_table is not None and (not headers or headers[0].top > first_top + 1):
            if _continue_without_header(page, open_table, headers[0].top if headers else page.height, first_top):
                next_open = open_table
        for k, header in enumerate(headers):
            stop = headers[k + 1].top if k + 1 < len(headers) else page.height
            continues = open_table if k == 0 and header.top <= first_top + 1 else None
            table, reaches_end = _table_under(page, header, stop, open_table, continues)
            if table is None:
                continue
            if not any(t is table for t in tables):
                tables.append(table)
            next_open = table if reaches_end else None
        open_table = next_open
    for t in tables:
        _join_carried(t)
    return tables


def _continue_without_header(page: PageLayout, table: PdfTable, stop: float, first_top: float) -> bool:
    """Rows at the top of the page in the columns of the table left open on the page
    before (header not repeated). True when the table runs on to the page's end again."""
    prev = table.segments[-1]
    scan = scan_rows(page, prev.columns, first_top, stop, allow_carry=True, type_size=table.size)
    if scan is None or not _fits([l for l in page.lines if l.top < scan.last_bottom], prev.columns):
        return False
    table.segments.append(build_segment(page, prev.columns, scan, first_top - 0.5, []))
    return _reaches_end(page.lines, scan.end)


def _table_under(page: PageLayout, header: _Header, stop: float, open_table: PdfTable | None,
                 continues: PdfTable | None) -> tuple[PdfTable | None, bool]:
    """The rows under a header as a new table, or as the next part of `continues` (the
    table left open on the page before, when this header repeats its labels at the top).
    Returns the table and whether it runs to the end of the page."""
    labels = [c[0] for c in header.cells]
    tcols = tentative_columns(header)
    scan = scan_rows(page, tcols, header.bottom + 0.5, stop, allow_carry=True, type_size=header.size, final=False)
    if scan is None:
        return None, False
    region = [w for w in page.words if header.top - 0.5 <= w.top < scan.end]
    cols = refine_columns(tcols, region, page, header.top, scan.end)
    if open_table is not None:
        _inherit_limits(cols, open_table.segments[-1].columns)
    scan = scan_rows(page, cols, header.bottom + 0.5, stop, allow_carry=True, type_size=header.size)
    if scan is None:
        return None, False
    if continues is not None and not _labels_match(labels, continues.labels):
        continues = None
    if continues is None:
        scan.carried = None  # nothing on the page before to join it to
    seg = build_segment(page, cols, scan, header.bottom + 0.5, labels)
    seg.top = header.top
    table = continues or PdfTable(labels, [c.role for c in cols], size=header.size)
    table.segments.append(seg)
    return table, _reaches_end(page.lines, scan.end)


def _inherit_limits(cols: list[Column], prev: list[Column]) -> None:
    """Same columns as the table's part on the page before: keep the wider content edges
    measured there (a page with only short entries underestimates them)."""
    if len(cols) != len(prev) or any(abs(a.label_x0 - b.label_x0) > 2 for a, b in zip(cols, prev)):
        return
    for a, b in zip(cols, prev):
        a.limit = max(a.limit, b.limit)


def _reaches_end(content: list[Line], end: float) -> bool:
    """True when nothing but margins follows the table on its page."""
    return not any(l.top >= end - 0.5 for l in content)


def _join_carried(table: PdfTable) -> None:
    last: RawRow | None = None
    for seg in table.segments:
        if seg.carried and last is not None:
            last.continuation = seg.carried
        if seg.rows:
            last = seg.rows[-1]
