"""Put a column back against the rows: which monitoring sentences and which department
names belong to which line of action.

Both columns are read in the order they were flattened (a box led by the column's
header label first, since it was printed at the top of the page), and cut into one
cell per row by dynamic programming:

* a cell never spans two boxes (a blank line in flattened text is a gap in the
  column), and one box may hold several cells; where a box must be cut and nothing
  says where, the cut goes late (earlier cells keep the extra sentences), which is
  how vertically merged cells come out;
* monitoring: a cell that echoes the words of its line of action is preferred
  (instruments are usually phrased after their action: "Support ..." / "Support
  provided."), and one cell may be taken out of order when that makes the rows read
  clearly better (the tool sometimes prints a cell after its neighbours);
* departments: a name never appears twice in one cell, a cut between two names
  that go against the document's usual order of departments is free, and a run of
  names printed right after a row's monitoring cell goes with that row.

A row that cannot be given a cell without breaking these rules is left empty rather
than given a neighbour's cell.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_STOP = set(
    "the and for with from into that this these those their there which when where while "
    "within other such than then them they have has had been being are was were will shall "
    "would could should may might must can its our your not all any each every both also "
    "more most less least very much many some per via upon onto over under about after "
    "before during between among amongst against towards toward".split()
)

EMPTY_COST = 3.0  # a row left without a cell, or a unit left without a row
SPLIT_COST = 1.0  # cutting a box between two cells where nothing marks the cut
LATE = 0.02  # per position: prefer cuts late in a box
LATE_MONITORING = 0.8  # a box of instruments holds its extra sentences in its first cell
DISPLACE_COST = 2.5  # taking one monitoring cell out of flattened order
SIM_WEIGHT = 0.25  # word overlap only tips the balance where the layout leaves a choice
PAIR_BONUS = 0.5  # department names printed right after the row's monitoring cell
ORDER_COST = 0.3  # two names of one cell against the usual order
SPILL_COST = 1.5  # the first names of a page continuing the previous page's last row


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3 and w not in _STOP)


class Similarity:
    """IDF-weighted word overlap between a line of action and a monitoring cell."""

    def __init__(self, texts: list[str]):
        df: Counter[str] = Counter()
        for t in texts:
            df.update(stems(t))
        n = max(len(texts), 1)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}

    def __call__(self, a: str | None, b: str) -> float:
        if not a:
            return 0.0
        return sum(max(self.idf.get(w, 0.0), 0.0) for w in stems(a) & stems(b))


@dataclass(frozen=True)
class Unit:
    """One monitoring sentence or one department name, in column order."""

    key: str  # the text compared for duplicates / similarity
    box: int  # the box (stream position) it was printed in
    lead: bool = False  # a department marked as coordinating: it opens its cell


def _box_runs(units: list[Unit]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for i, u in enumerate(units):
        if runs and units[runs[-1][0]].box == u.box:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _box_end(units: list[Unit]) -> list[int]:
    """For each unit, the index one past the last unit of its box."""
    ends = [0] * len(units)
    for s, e in _box_runs(units):
        for i in range(s, e):
            ends[i] = e
    return ends


def _cut_cost(units: list[Unit], i: int, ends: list[int], free_cut, late: float) -> float:
    """The cost of a cell starting at unit i (a cut before it inside its box)."""
    if i == 0 or units[i - 1].box != units[i].box:
        return 0.0
    if free_cut is not None and free_cut(i):
        return LATE * (ends[i] - i)
    return SPLIT_COST + late * (ends[i] - i - 1)


@dataclass(frozen=True)
class Displaced:
    """A run of units taken out of flattened order, to be given to one row as its cell."""

    start: int
    end: int
    cost: object  # cost(row) of giving it to that row


def align(
    units: list[Unit],
    n_rows: int,
    cell_cost,
    free_cut=None,
    max_cell: int = 8,
    empty_cost=None,
    late: float = LATE,
    displaced: Displaced | None = None,
) -> tuple[float, list[list[int]]]:
    """Monotone cut of `units` into `n_rows` cells (a cell may be empty at a price).

    `cell_cost(row, i, k)` prices units[i:k] as the cell of `row` (None: not allowed);
    `empty_cost(row)` the price of leaving a row without a cell. With `displaced`, its
    units are skipped in the cut and given whole to exactly one row.
    Returns the total price and, per row, the unit indices of its cell.
    """
    n = len(units)
    ends = _box_end(units)
    skip = (displaced.start, displaced.end) if displaced else (n + 1, n + 1)
    inf = float("inf")
    flags = 2 if displaced else 1
    best = [[[inf] * flags for _ in range(n_rows + 1)] for _ in range(n + 1)]
    back: dict[tuple[int, int, int], tuple[int, int, int]] = {}
    best[0][0][0] = 0.0

    def relax(state, total, prev):
        i, j, f = state
        if total < best[i][j][f]:
            best[i][j][f] = total
            back[state] = prev

    for i in range(n + 1):
        for j in range(n_rows + 1):
            for f in range(flags):
                cur = best[i][j][f]
                if cur == inf:
                    continue
                if i == skip[0]:  # the displaced run is not part of the cut
                    relax((skip[1], j, f), cur, (i, j, f))
                    continue
                if displaced and f == 0 and j < n_rows:
                    relax((i, j + 1, 1), cur + displaced.cost(j), (i, j, f))
                if i < n:
                    relax((i + 1, j, f), cur + EMPTY_COST, (i, j, f))  # a unit left out
                empty = EMPTY_COST if empty_cost is None else empty_cost(j)
                if j < n_rows:
                    relax((i, j + 1, f), cur + empty, (i, j, f))  # a row left empty
                if i == n or j == n_rows:
                    continue
                cut = 0.0 if i == skip[1] else _cut_cost(units, i, ends, free_cut, late)
                last = min(ends[i], i + max_cell, skip[0] if i < skip[0] else n)
                for k in range(i + 1, last + 1):
                    c = cell_cost(j, i, k)
                    if c is not None:
                        relax((k, j + 1, f), cur + cut + c, (i, j, f))
    state = (n, n_rows, flags - 1)
    total = best[n][n_rows][flags - 1]
    cells: list[list[int]] = [[] for _ in range(n_rows)]
    while state != (0, 0, 0):
        pi, pj, pf = prev = back[state]
        i, j, f = state
        if j == pj + 1 and f == pf + 1:
            cells[pj] = list(range(skip[0], skip[1]))
        elif j == pj + 1 and i > pi:
            cells[pj] = list(range(pi, i))
        state = prev
    return total, cells


def _has_duplicate(units: list[Unit], i: int, k: int) -> bool:
    keys = [units[x].key for x in range(i, k)]
    return len(set(keys)) < len(keys)


def align_monitoring(
    sentences: list[Unit],
    actions: list[str | None],
    sim: Similarity,
) -> list[list[int]]:
    """Monitoring cells per row; at most one cell taken out of flattened order.

    The tool prints a cell out of order at the end of its page, among the last ones:
    a run at the start or end of one of the last two boxes may go to any row."""
    n_rows = len(actions)
    cache: dict[tuple[int, int, int], float | None] = {}

    def cell_cost(j: int, i: int, k: int) -> float | None:
        if (j, i, k) not in cache:
            cache[(j, i, k)] = None if _has_duplicate(sentences, i, k) else -SIM_WEIGHT * sim(
                actions[j], " ".join(sentences[x].key for x in range(i, k)))
        return cache[(j, i, k)]

    best_total, best_cells = align(sentences, n_rows, cell_cost, late=LATE_MONITORING)
    for s, e in _box_runs(sentences)[-2:]:
        for a, b in {(s, e), *((s, s + m) for m in range(1, e - s)), *((e - m, e) for m in range(1, e - s))}:
            if b - a > 3 or _has_duplicate(sentences, a, b):
                continue
            moved = " ".join(sentences[x].key for x in range(a, b))
            cut = 0.0 if (a, b) == (s, e) else SPLIT_COST  # taken out of a box: a cut

            def give(t: int, moved=moved, cut=cut) -> float:
                return DISPLACE_COST + cut - SIM_WEIGHT * sim(actions[t], moved)

            total, cells = align(sentences, n_rows, cell_cost, late=LATE_MONITORING,
                                 displaced=Displaced(a, b, give))
            if total < best_total - 1e-9:
                best_total, best_cells = total, cells
    return best_cells


def usual_order(groups: list[list[str]]) -> dict[tuple[str, str], int]:
    """How often name a comes before name b within one printed run of names."""
    before: Counter[tuple[str, str]] = Counter()
    for g in groups:
        for x in range(len(g)):
            for y in range(x + 1, len(g)):
                if g[x] != g[y]:
                    before[(g[x], g[y])] += 1
    return dict(before)


def align_departments(
    names: list[Unit],
    n_rows: int,
    order: dict[tuple[str, str], int],
    in_band: list[set[int]],
    spill_first: bool = False,
) -> list[list[int]]:
    """Department cells per row: monotone, no repeated name, cuts where the order breaks.

    `in_band[u]` is the set of rows whose monitoring cell was printed right before
    the box of name u. With `spill_first`, row 0 stands for the previous page's last
    row: it may take the first names printed on this page, or (for free) nothing.
    """

    def against(a: str, b: str) -> bool:
        return order.get((b, a), 0) > order.get((a, b), 0)

    def free_cut(i: int) -> bool:
        return names[i].lead or against(names[i - 1].key, names[i].key)

    def cell_cost(j: int, i: int, k: int) -> float | None:
        if _has_duplicate(names, i, k):
            return None
        if spill_first and j == 0:
            return SPILL_COST if i == 0 else None
        c = sum(ORDER_COST for x in range(i, k - 1) if against(names[x].key, names[x + 1].key))
        if j in in_band[i]:
            c -= PAIR_BONUS
        return c

    def empty_cost(j: int) -> float:
        return 0.0 if spill_first and j == 0 else EMPTY_COST

    return align(names, n_rows, cell_cost, free_cut, empty_cost=empty_cost)[1]
