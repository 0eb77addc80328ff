"""One page of a flattened table: from its boxes to rows.

The rows of a page are its line ids, in order. `flat_typing` finds the goals and
types the text boxes; the lines of action are then given to the rows in printed
order (one per row), monitoring and departments are cut and matched to the rows by
`flat_align`, and stray words of justified lines are put back by `flat_orphans`.
What runs on from the previous page (a cut cell, a department list) is handed back
to be joined to that page's last row.

When a page does not come apart as a table should (cells left over, no typing that
gives one line of action per row), its rows keep their ids and goals but no other
cell: better no cell than a neighbour's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .flat_align import Similarity, Unit, align_departments, align_monitoring
from .flat_lines import natural_key
from .flat_orphans import reattach
from .flat_typing import ACTION, GOAL, MONITORING, UNSURE, neighbour, type_page
from .flat_units import Dept, ParsedBox, Sentence


@dataclass
class RowDraft:
    """A row being rebuilt: its cells as sentences and names, with their pieces."""

    ref: str
    goal_ref: str
    action: list[Sentence] = field(default_factory=list)  # one sentence, or a split one
    monitoring: list[Sentence] = field(default_factory=list)
    depts: list[Dept] = field(default_factory=list)


@dataclass
class SegmentResult:
    """What one page gives: its rows, its goals, and what runs on from the page before."""

    rows: list[RowDraft]
    goals: dict[str, list[Sentence]]
    spill: dict[str, list[Sentence]]  # column -> sentences continuing the previous page
    spill_depts: list[Dept]
    trouble: list[str] = field(default_factory=list)  # what did not fit on this page


@dataclass
class Context:
    """What the whole document (or table) tells about the pages of a table."""

    text: str
    heads: set[str]  # the ids that open a goal
    repeated: set[str]  # sentences printed more than once in the document's tables
    goal_words: set[str]  # first words of goals found for sure
    words: dict[str, set[str]]  # first words of sure lines of action / instruments
    widths: dict[str, int]  # line width of each column
    sim: Similarity
    order: dict[tuple[str, str], int]  # the usual order of department names
    pairs: Counter  # word pairs of the document


def read_segment(
    ctx: Context,
    boxes: list[ParsedBox],
    refs: list[tuple[str, str, int]],
    open_columns: set[str],
    earlier_goals: dict[str, str],
) -> SegmentResult:
    """Rows of one page. `refs`: (ref, goal_ref, box) of this page's ids;
    `open_columns`: columns whose last cell on the previous page was left unfinished;
    `earlier_goals`: the goals of earlier pages, text -> goal number."""
    rows = [RowDraft(r, g) for r, g, _ in sorted(set(refs), key=lambda x: natural_key(x[0]))]
    page = type_page(boxes, refs, rows, ctx.heads, ctx.repeated, ctx.goal_words, ctx.words,
                     ctx.widths, open_columns, earlier_goals)
    goals, units, spill, trouble = page.goals, page.units, page.spill, page.trouble
    _orphans(ctx.text, boxes, units, goals, ctx.pairs, ctx.widths)
    actions = _actions(units, rows, spill, trouble)
    _monitoring(units, boxes, rows, actions, ctx.sim, spill, trouble)
    spill_depts = _departments(boxes, rows, ctx.order, trouble)
    if any(t.startswith(UNSURE) for t in trouble):
        # Cells were left over or the text boxes could not be typed: the page did not
        # come apart as a table should, so its pairing of cells is not to be trusted.
        # Better no cell than a neighbour's.
        for row in rows:
            row.action, row.monitoring, row.depts = [], [], []
        spill_depts = []
    return SegmentResult(rows, goals, spill, spill_depts, trouble)


# -- columns -------------------------------------------------------------------------


def _orphans(text, boxes, units, goals, pairs, widths) -> None:
    """Give stray words of justified lines back to their sentence (see flat_orphans)."""
    if not any(pb.kind == "orphan" for pb in boxes):
        return
    columns = [([s for found in goals.values() for s in found], widths.get(GOAL, 0))]
    for kind in (ACTION, MONITORING):
        columns.append(([s for u in units if u.fixed == kind for s in u.sentences], widths.get(kind, 0)))
    reattach(text, boxes, columns, pairs)


def _actions(units, rows, spill, trouble) -> list[str | None]:
    """Lines of action in printed order, one per row."""
    sentences: list[Sentence] = []
    for u in sorted(units, key=lambda x: x.box):
        if u.fixed != ACTION:
            continue
        for k, s in enumerate(u.sentences):
            if k == 0 and u.continues:
                if sentences:
                    sentences[-1] = _join(sentences[-1], s)
                else:
                    spill.setdefault(ACTION, []).append(s)
                continue
            sentences.append(s)
    if len(sentences) == len(rows):
        for row, s in zip(rows, sentences):
            row.action = [s]
    else:
        trouble.append(f"{len(sentences)} lines of action for {len(rows)} rows")
    return [r.action[0].text if r.action else None for r in rows]


def _join(a: Sentence, b: Sentence) -> Sentence:
    return Sentence(a.pieces + b.pieces, f"{a.text} {b.text}", a.box)


def _column_first(boxes: list[ParsedBox], role: str, keep) -> list[ParsedBox]:
    """The boxes of a column (those `keep` accepts) in column order: the one led by the
    column's header label first (the label in the box, or in a box of its own just
    before), since the label was printed at the top of the page."""
    ordered = sorted(boxes, key=lambda pb: pb.index)
    led: list[ParsedBox] = []
    for k, pb in enumerate(ordered):
        label_before = k > 0 and ordered[k - 1].kind == "header" and ordered[k - 1].role == role
        if keep(pb) and (pb.role == role or label_before):
            led.append(pb)
    return led + [pb for pb in ordered if keep(pb) and pb not in led]


def _monitoring(units, boxes, rows, actions, sim, spill, trouble) -> None:
    m_units = {u.box: u for u in units if u.fixed == MONITORING}
    ordered = _column_first(boxes, MONITORING, lambda pb: pb.index in m_units)
    sentences: list[Sentence] = []
    for pb in ordered:
        u = m_units[pb.index]
        for k, s in enumerate(u.sentences):
            if k == 0 and u.continues:
                if sentences and sentences[-1].box != pb.index:
                    sentences[-1] = _join(sentences[-1], s)
                else:
                    spill.setdefault(MONITORING, []).append(s)
                continue
            sentences.append(s)
    if not rows:
        return
    cells = align_monitoring([Unit(s.text.lower(), s.box) for s in sentences], actions, sim)
    for row, cell in zip(rows, cells):
        row.monitoring = [sentences[x] for x in cell]
    _count_misfits("monitoring", cells, len(sentences), trouble)


def _count_misfits(column: str, cells: list[list[int]], n_units: int, trouble: list[str]) -> None:
    empty = sum(1 for c in cells if not c)
    left = n_units - sum(len(c) for c in cells)
    if left:
        trouble.append(f"{UNSURE}{column}: {left} items without a row")
    if empty:
        trouble.append(f"{column}: {empty} rows without a cell")


def _departments(boxes, rows, order, trouble) -> list[Dept]:
    """Department cells per row; names that continue the previous page's last row."""
    ordered = _column_first(boxes, "department", lambda pb: bool(pb.depts))
    names = [d for pb in ordered for d in pb.depts]
    if not rows:  # a page holding only the end of the previous page's last row
        return names
    if not names:
        trouble.append("departments: none on this page")
        return []
    # A run of names printed right after a monitoring box that holds a single row's
    # cell goes with that row (a monitoring/department pair).
    m_rows: dict[int, set[int]] = {}
    for j, row in enumerate(rows):
        for s in row.monitoring:
            m_rows.setdefault(s.box, set()).add(j)
    stream = sorted(boxes, key=lambda pb: pb.index)
    paired: dict[int, set[int]] = {}
    for k, pb in enumerate(stream):
        if not pb.depts:
            continue
        rows_here = m_rows.get(pb.index)
        if rows_here is None:
            prev = neighbour(stream, k, -1)
            rows_here = m_rows.get(prev.index, set()) if prev is not None else set()
        paired[pb.index] = rows_here if len(rows_here) == 1 else set()
    in_band = [paired.get(d.box, set()) for d in names]
    units = [Unit(d.name, d.box, d.coordinator) for d in names]
    # Row 0 stands for the previous page's last row, whose names may run on here.
    cells = align_departments(units, len(rows) + 1, order, [{j + 1 for j in s} for s in in_band],
                              spill_first=True)
    for row, cell in zip(rows, cells[1:]):
        row.depts = [names[x] for x in cell]
    _count_misfits("departments", cells[1:], len(names) - len(cells[0]), trouble)
    return [names[x] for x in cells[0]]
