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

from .flat_align import (LATE_MONITORING, Similarity, Unit, align_departments, align_monitoring, name_runs,
                         usual_order)
from .flat_doubts import echo_elsewhere, pair_conflicts, sentence_like, stray_names, unsure_cells
from .flat_lines import join_lines, natural_key
from .flat_orphans import reattach
from .flat_typing import ACTION, GOAL, MONITORING, UNSURE, neighbour, type_page
from .flat_units import Dept, ParsedBox, Sentence, name_like


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
    spill_unsure: bool = False  # the names of the previous page's last row are not settled


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
    plain_order: dict[tuple[str, str], int]  # the same, coordinating names left out
    pairs: Counter  # word pairs of the document
    is_department: object = None  # text -> whether the document knows it as a department


def read_segment(
    ctx: Context,
    boxes: list[ParsedBox],
    refs: list[tuple[str, str, int]],
    open_columns: set[str],
    earlier_goals: dict[str, str],
    after_rows: bool = True,
) -> SegmentResult:
    """Rows of one page. `refs`: (ref, goal_ref, box) of this page's ids;
    `open_columns`: columns whose last cell on the previous page was left unfinished;
    `earlier_goals`: the goals of earlier pages, text -> goal number; `after_rows`:
    the table has rows on earlier pages (whose last row's names may run on here)."""
    rows = [RowDraft(r, g) for r, g, _ in sorted(set(refs), key=lambda x: natural_key(x[0]))]
    page = type_page(boxes, refs, rows, ctx.heads, ctx.repeated, ctx.goal_words, ctx.words,
                     ctx.widths, open_columns, earlier_goals)
    goals, units, spill, trouble = page.goals, page.units, page.spill, page.trouble
    _orphans(ctx.text, boxes, units, goals, ctx.pairs, ctx.widths)
    actions = _actions(units, rows, spill, trouble)
    doubts = Doubts()
    _monitoring(units, boxes, rows, actions, ctx.sim, spill, trouble, doubts)
    spill_depts = _departments(boxes, rows, ctx.order, ctx.plain_order, trouble, doubts, after_rows)
    _sanity(ctx, rows, doubts)
    spill_unsure = doubts.apply(rows, trouble)
    if any(t.startswith(UNSURE) for t in trouble):
        # Cells were left over or the text boxes could not be typed: the page did not
        # come apart as a table should, so its pairing of cells is not to be trusted.
        # Better no cell than a neighbour's.
        for row in rows:
            row.action, row.monitoring, row.depts = [], [], []
        spill_depts = []
        spill_unsure = True
    return SegmentResult(rows, goals, spill, spill_depts, trouble, spill_unsure)


@dataclass
class Doubts:
    """Rows whose monitoring or department cell the text does not settle (`flat_doubts`)."""

    monitoring: set[int] = field(default_factory=set)
    departments: set[int] = field(default_factory=set)
    spill: bool = False  # the names running on from the previous page
    out_of_order: set[int] = field(default_factory=set)  # instrument boxes read out of order

    def apply(self, rows: list[RowDraft], trouble: list[str]) -> bool:
        for column, found in (("monitoring", self.monitoring), ("departments", self.departments)):
            if found:
                trouble.append(f"{column} not settled by the text: {', '.join(rows[j].ref for j in sorted(found))}")
        for j in self.monitoring:
            rows[j].monitoring = []
        for j in self.departments:
            rows[j].depts = []
        return self.spill


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
    return Sentence(a.pieces + b.pieces, join_lines([a.text, b.text]), a.box)


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


def _monitoring(units, boxes, rows, actions, sim, spill, trouble, doubts) -> None:
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
    keyed = [Unit(s.text.lower(), s.box) for s in sentences]
    memo: dict = {}
    found = align_monitoring(keyed, actions, sim, memo=memo)
    cells = found.cells
    for row, cell in zip(rows, cells):
        row.monitoring = [sentences[x] for x in cell]
    _count_misfits("monitoring", cells, len(sentences), trouble)
    if any(not cell for cell in cells):
        doubts.monitoring |= set(range(len(rows)))  # a row without instruments: none pairs for sure
    doubts.monitoring |= unsure_cells(found, align_monitoring(keyed, actions, sim, evidence=True, memo=memo),
                                      False, LATE_MONITORING)
    doubts.monitoring |= echo_elsewhere(cells, sentences, actions, sim)
    if found.displaced:
        doubts.out_of_order |= {sentences[x].box for x in range(*found.displaced)}


def _count_misfits(column: str, cells: list[list[int]], n_units: int, trouble: list[str]) -> None:
    empty = sum(1 for c in cells if not c)
    left = n_units - sum(len(c) for c in cells)
    if left:
        trouble.append(f"{UNSURE}{column}: {left} items without a row")
    if empty:
        trouble.append(f"{column}: {empty} rows without a cell")


def _departments(boxes, rows, order, plain_order, trouble, doubts, after_rows=True) -> list[Dept]:
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
    bands = [{j + 1 for j in s} for s in in_band]
    found = align_departments(units, len(rows) + 1, order, bands, spill_first=True, spill=after_rows)
    cells = found.cells
    for row, cell in zip(rows, cells[1:]):
        row.depts = [names[x] for x in cell]
    _count_misfits("departments", cells[1:], len(names) - len(cells[0]), trouble)
    # The document's order of names, as learnt from its other pages: a run of names is
    # no evidence for the order of its own names.
    elsewhere = Counter(plain_order)
    elsewhere.subtract(usual_order(name_runs([pb.depts for pb in ordered], leads=False)))

    evidence = align_departments(units, len(rows) + 1, dict(elsewhere), bands, spill_first=True,
                                 spill=after_rows, evidence=True)
    unsure = unsure_cells(found, evidence, True)
    if any(not cell for cell in cells[1:]):
        # A row left without names while the page has some: the runs and the rows do
        # not pair one to one, so no row's names are settled.
        unsure |= set(range(len(cells)))
    doubts.spill = 0 in unsure
    doubts.departments |= {j - 1 for j in unsure if j}
    dept_rows: dict[int, set[int]] = {}
    for j, row in enumerate(rows):
        for d in row.depts:
            dept_rows.setdefault(d.box, set()).add(j)
    row_names = [tuple((d.name, d.coordinator) for d in row.depts) for row in rows]
    doubts.departments |= pair_conflicts(stream, row_names, dept_rows, m_rows, doubts.out_of_order)
    doubts.departments |= stray_names(stream, dept_rows, m_rows)
    return [names[x] for x in cells[0]]


def _sanity(ctx: Context, rows: list[RowDraft], doubts: Doubts) -> None:
    """Cells that cannot be right for their column: an instrument holding a line that is
    a department name of the document (the columns were mis-split: neither cell of the
    row is to be trusted), a department that reads as a sentence."""
    for j, row in enumerate(rows):
        lines = [ctx.text[a:b].strip() for s in row.monitoring for a, b in s.pieces]
        if ctx.is_department is not None and any(name_like(t) and ctx.is_department(t) for t in lines):
            doubts.monitoring.add(j)
            doubts.departments.add(j)
        if any(sentence_like(d.name) for d in row.depts):
            doubts.departments.add(j)
