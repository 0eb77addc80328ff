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

Each alignment also prices, for every row, the best cut that gives it each other
cell it could have (a forward and a backward pass over the same steps). Priced on
the evidence alone (`evidence=True`: no preference for late cuts, only the part of
the department order the document keeps to), those prices tell `flat_doubts` which
rows' cells the text settles and which only a preference chose.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
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
    """The cost of a cell starting at unit i (a cut before it inside its box). With
    `late` None, the cost of the evidence alone: no preference for late cuts."""
    if i == 0 or units[i - 1].box != units[i].box:
        return 0.0
    if free_cut is not None and free_cut(i):
        return 0.0 if late is None else LATE * (ends[i] - i)
    return SPLIT_COST + (0.0 if late is None else late * (ends[i] - i - 1))


@dataclass(frozen=True)
class Displaced:
    """A run of units taken out of flattened order, to be given to one row as its cell."""

    start: int
    end: int
    cost: object  # cost(row) of giving it to that row


@dataclass
class _Pass:
    """One reading priced: the best price from the start to each state, from each state
    to the end, and the steps out of each state."""

    fwd: dict
    bwd: dict
    steps: dict
    taken_out: tuple[int, int] | None = None  # the run of units taken out of order
    _by_unit: dict | None = None

    def by_unit(self) -> dict[int, list]:
        if self._by_unit is None:
            self._by_unit = {}
            for state in self.steps:
                self._by_unit.setdefault(state[0], []).append(state)
        return self._by_unit


@dataclass
class Alignment:
    """The best cut of a column into cells, and what each row's cell costs otherwise.

    `options[j]` maps each cell row j can have (unit indices) to the price of the best
    cut that gives it that cell: a row whose cell only a near tie decides is not
    determined by the text. `displaced`: the units the best cut took out of order."""

    total: float
    cells: list[list[int]]
    options: list[dict[tuple[int, ...], float]]
    units: list[Unit]
    displaced: tuple[int, int] | None = None
    passes: list["_Pass"] = field(default_factory=list)  # one per choice of a cell out of order

    def without_start(self, u: int) -> float:
        """The price of the best cut in which no cell starts at unit u."""
        best = float("inf")
        for one in self.passes:
            if one.taken_out and one.taken_out[0] == u:
                continue  # the run taken out of order is a cell that starts at u
            fwd, bwd, steps, by_i = one.fwd, one.bwd, one.steps, one.by_unit()
            # Cuts that step over unit u (a cell, or a run taken out of order, across it).
            for i in range(max(0, u - MAX_SPAN), u):
                for state in by_i.get(i, ()):
                    for nxt, cost, _ in steps[state]:
                        if nxt[0] > u and nxt in bwd:
                            best = min(best, fwd[state] + cost + bwd[nxt])
            # Cuts that reach unit u and go on without starting a cell there.
            rest: dict[tuple[int, int, int], float] = {}
            for state in sorted(by_i.get(u, ()), key=lambda st: (st[1], st[2]), reverse=True):
                here = float("inf")
                for nxt, cost, label in steps[state]:
                    if label is not None and label[1] == u and label[2] > u:
                        continue  # a cell starting at u
                    after = rest.get(nxt, float("inf")) if nxt[0] == u else bwd.get(nxt, float("inf"))
                    here = min(here, cost + after)
                rest[state] = here
                best = min(best, fwd[state] + here)
        return best

    def content(self, cell) -> tuple:
        """What a cell says (the same names or sentences printed elsewhere say the same)."""
        return tuple((self.units[x].key, self.units[x].lead) for x in cell)

    def price(self, j: int, content: tuple) -> float:
        return min((v for cell, v in self.options[j].items() if self.content(cell) == content), default=float("inf"))

    def margin(self, j: int, content: tuple | None = None) -> float:
        """How much more the best cut giving row j anything else than `content` (its own
        cell's content by default) costs than the best cut giving it that."""
        mine = self.content(self.cells[j]) if content is None else content
        other = min((v for cell, v in self.options[j].items() if self.content(cell) != mine), default=float("inf"))
        return other - self.price(j, mine)

    def near(self, j: int, tie: float, content: tuple | None = None) -> list[tuple[int, ...]]:
        """The other cells row j could have for less than `tie` more."""
        mine = self.content(self.cells[j]) if content is None else content
        base = self.price(j, mine)
        return [cell for cell, v in self.options[j].items() if self.content(cell) != mine and v - base < tie]

    def merged(self, other: "Alignment") -> "Alignment":
        """The better of two alignments, knowing the options of both."""
        best = self if self.total <= other.total + 1e-9 else other
        options = []
        for a, b in zip(self.options, other.options):
            both = dict(a)
            for cell, v in b.items():
                both[cell] = min(v, both.get(cell, float("inf")))
            options.append(both)
        return Alignment(best.total, best.cells, options, self.units, best.displaced, self.passes + other.passes)


MAX_SPAN = 9  # units a cell (or a run taken out of order) spans at most, and one more


def align(
    units: list[Unit],
    n_rows: int,
    cell_cost,
    free_cut=None,
    max_cell: int = 8,
    empty_cost=None,
    late: float | None = LATE,
    displaced: Displaced | None = None,
) -> Alignment:
    """Monotone cut of `units` into `n_rows` cells (a cell may be empty at a price).

    `cell_cost(row, i, k)` prices units[i:k] as the cell of `row` (None: not allowed);
    `empty_cost(row)` the price of leaving a row without a cell. With `displaced`, its
    units are skipped in the cut and given whole to exactly one row. `late`: the price
    per position of a cut early in its box (None: the evidence alone, no preference).
    Returns the total price, per row the unit indices of its cell, and per row the
    price of the best cut for each cell it could have.
    """
    n = len(units)
    ends = _box_end(units)
    skip = (displaced.start, displaced.end) if displaced else (n + 1, n + 1)
    inf = float("inf")
    flags = 2 if displaced else 1

    def moves(i: int, j: int, f: int) -> list:
        """(next state, cost, (row, first, end) of the row's cell or None) from (i, j, f)."""
        if i == skip[0]:  # the displaced run is not part of the cut
            return [((skip[1], j, f), 0.0, None)]
        out = []
        if displaced and f == 0 and j < n_rows:
            out.append(((i, j + 1, 1), displaced.cost(j), (j, skip[0], skip[1])))
        if i < n:
            out.append(((i + 1, j, f), EMPTY_COST, None))  # a unit left out
        if j < n_rows:
            out.append(((i, j + 1, f), EMPTY_COST if empty_cost is None else empty_cost(j), (j, i, i)))
        if i == n or j == n_rows:
            return out
        cut = 0.0 if i == skip[1] else _cut_cost(units, i, ends, free_cut, late)
        last = min(ends[i], i + max_cell, skip[0] if i < skip[0] else n)
        for k in range(i + 1, last + 1):
            c = cell_cost(j, i, k)
            if c is not None:
                out.append(((k, j + 1, f), cut + c, (j, i, k)))
        return out

    order = [(i, j, f) for i in range(n + 1) for j in range(n_rows + 1) for f in range(flags)]
    fwd: dict[tuple[int, int, int], float] = {(0, 0, 0): 0.0}
    back: dict[tuple[int, int, int], tuple] = {}
    steps: dict[tuple[int, int, int], list] = {}
    for state in order:
        cur = fwd.get(state, inf)
        if cur == inf:
            continue
        steps[state] = found = moves(*state)
        for nxt, cost, label in found:
            if cur + cost < fwd.get(nxt, inf):
                fwd[nxt] = cur + cost
                back[nxt] = (state, label)
    goal = (n, n_rows, flags - 1)
    total = fwd.get(goal, inf)
    cells: list[list[int]] = [[] for _ in range(n_rows)]
    where = (displaced.start, displaced.end) if displaced else None
    if total == inf:
        return Alignment(inf, cells, [{} for _ in range(n_rows)], units, where)
    state = goal
    while state != (0, 0, 0):
        state, label = back[state]
        if label is not None:
            cells[label[0]] = list(range(label[1], label[2]))
    # Backwards over the same steps: the best price from each state to the end, and
    # for each row and cell the best price of a whole cut that gives the row that cell.
    bwd: dict[tuple[int, int, int], float] = {goal: 0.0}
    spans: list[dict[tuple[int, int], float]] = [{} for _ in range(n_rows)]
    for state in reversed(order):
        found = steps.get(state)
        if found is None:
            continue
        cur = fwd[state]
        best = bwd.get(state, inf)
        for nxt, cost, label in found:
            rest = bwd.get(nxt, inf)
            if rest == inf:
                continue
            if cost + rest < best:
                best = cost + rest
            if label is not None:
                row_spans = spans[label[0]]
                key = (label[1], label[2])
                if cur + cost + rest < row_spans.get(key, inf):
                    row_spans[key] = cur + cost + rest
        if best < inf:
            bwd[state] = best
    options = [{tuple(range(a, b)): v for (a, b), v in row_spans.items()} for row_spans in spans]
    return Alignment(total, cells, options, units, where, [_Pass(fwd, bwd, steps, where)])


def _has_duplicate(units: list[Unit], i: int, k: int) -> bool:
    keys = [units[x].key for x in range(i, k)]
    return len(set(keys)) < len(keys)


def align_monitoring(
    sentences: list[Unit],
    actions: list[str | None],
    sim: Similarity,
    evidence: bool = False,
    memo: dict | None = None,
) -> Alignment:
    """Monitoring cells per row; at most one cell taken out of flattened order.

    The tool prints a cell out of order at the end of its page, among the last ones:
    a run at the start or end of one of the last two boxes may go to any row. With
    `evidence`, cuts are priced by what the text says only (no preference for late
    cuts): the prices that tell how sure each row's cell is. `memo`: cell prices kept
    between calls on the same sentences and lines of action."""
    n_rows = len(actions)
    late = None if evidence else LATE_MONITORING
    cache: dict[tuple[int, int, int], float | None] = {} if memo is None else memo

    def cell_cost(j: int, i: int, k: int) -> float | None:
        if (j, i, k) not in cache:
            cache[(j, i, k)] = None if _has_duplicate(sentences, i, k) else -SIM_WEIGHT * sim(
                actions[j], " ".join(sentences[x].key for x in range(i, k)))
        return cache[(j, i, k)]

    result = align(sentences, n_rows, cell_cost, late=late)
    for s, e in _box_runs(sentences)[-2:]:
        for a, b in {(s, e), *((s, s + m) for m in range(1, e - s)), *((e - m, e) for m in range(1, e - s))}:
            if b - a > 3 or _has_duplicate(sentences, a, b):
                continue
            moved = " ".join(sentences[x].key for x in range(a, b))
            cut = 0.0 if (a, b) == (s, e) else SPLIT_COST  # taken out of a box: a cut

            def give(t: int, moved=moved, cut=cut) -> float:
                return DISPLACE_COST + cut - SIM_WEIGHT * sim(actions[t], moved)

            result = result.merged(align(sentences, n_rows, cell_cost, late=late,
                                         displaced=Displaced(a, b, give)))
    return result


def usual_order(groups: list[list[str]]) -> dict[tuple[str, str], int]:
    """How often name a comes before name b within one printed run of names."""
    before: Counter[tuple[str, str]] = Counter()
    for g in groups:
        for x in range(len(g)):
            for y in range(x + 1, len(g)):
                if g[x] != g[y]:
                    before[(g[x], g[y])] += 1
    return dict(before)


def name_runs(boxes: list[list], leads: bool = True) -> list[list[str]]:
    """Runs of department names as printed (each box's names, with `.name`), cut where a
    name comes back. Without `leads`, names marked as coordinating are left out (they
    are printed first whatever the usual order)."""
    runs: list[list[str]] = []
    for depts in boxes:
        run: list[str] = []
        for d in depts:
            if not leads and d.coordinator:
                continue
            if d.name in run:
                runs.append(run)
                run = []
            run.append(d.name)
        if run:
            runs.append(run)
    return runs


STRONG_ORDER = 3  # how many times more often one order than the other, to be a convention
SETTLED_MIN = 3  # and seen in that order this many times at least


def settled_order(order: dict[tuple[str, str], int]) -> dict[tuple[str, str], int]:
    """The part of the usual order that is a convention of the document: pairs seen
    in one order several times and much more often than the other way round. A
    document that lists its departments in no fixed order has none."""
    return {(a, b): n for (a, b), n in order.items()
            if n >= SETTLED_MIN and n >= STRONG_ORDER * order.get((b, a), 0)}


def align_departments(
    names: list[Unit],
    n_rows: int,
    order: dict[tuple[str, str], int],
    in_band: list[set[int]],
    spill_first: bool = False,
    evidence: bool = False,
    spill: bool = True,
) -> Alignment:
    """Department cells per row: monotone, no repeated name, cuts where the order breaks.

    `in_band[u]` is the set of rows whose monitoring cell was printed right before
    the box of name u. With `spill_first`, row 0 stands for the previous page's last
    row: it may take the first names printed on this page, or (for free) nothing; with
    `spill` False there is no such row (the table's first page) and it takes nothing.
    With `evidence`, cuts are priced by what the text says only: no preference for late
    cuts, and only the settled part of the usual order counts.
    """
    if evidence:
        order = settled_order(order)

    def against(a: str, b: str) -> bool:
        return order.get((b, a), 0) > order.get((a, b), 0)

    def free_cut(i: int) -> bool:
        return names[i].lead or against(names[i - 1].key, names[i].key)

    cache: dict[tuple[int, int, int], float | None] = {}

    def cell_cost(j: int, i: int, k: int) -> float | None:
        if (j, i, k) not in cache:
            cache[(j, i, k)] = _price(j, i, k)
        return cache[(j, i, k)]

    def _price(j: int, i: int, k: int) -> float | None:
        if _has_duplicate(names, i, k):
            return None
        if spill_first and j == 0:
            return SPILL_COST if i == 0 and spill else None
        c = sum(ORDER_COST for x in range(i, k - 1) if against(names[x].key, names[x + 1].key))
        if j in in_band[i]:
            c -= PAIR_BONUS
        return c

    def empty_cost(j: int) -> float:
        return 0.0 if spill_first and j == 0 else EMPTY_COST

    return align(names, n_rows, cell_cost, free_cut, empty_cost=empty_cost, late=None if evidence else LATE)
