"""One page of a flattened table: from its boxes to rows.

The rows of a page are its line ids, in order. Their cells are found column by
column:

* goals: the text printed right after the id that opens a goal (the first id of
  that goal number); a goal covers every row of its number;
* lines of action and monitoring instruments are both plain sentences, so each
  text box is typed as one or the other: by a leading header label, by its
  neighbours (a box right after an id box holds lines of action, a box followed by
  department names holds monitoring instruments, a sentence the document repeats
  elsewhere is a monitoring instrument) and by count: there is exactly one line of
  action per row, printed in row order;
* a cell cut by the page break continues at the top of the next page in lower case.

Monitoring and departments are then aligned by `flat_align`.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from .flat_lines import natural_key
from .flat_units import Dept, ParsedBox, Sentence
from .flat_align import Similarity, Unit, align_departments, align_monitoring
from .flat_orphans import reattach

ACTION, MONITORING, GOAL = "action", "monitoring", "goal"
_MAX_SEARCH = 14  # text boxes typed by exhaustive search; more fall back to the cues
SLACK = 3  # characters of tolerance on a column's line width


@dataclass
class RowDraft:
    ref: str
    goal_ref: str
    action: list[Sentence] = field(default_factory=list)  # one sentence, or a split one
    monitoring: list[Sentence] = field(default_factory=list)
    depts: list[Dept] = field(default_factory=list)


@dataclass
class TextUnit:
    """A text box (or what is left of it once goals are taken) to be typed."""

    box: int
    sentences: list[Sentence]
    fixed: str | None = None
    continues: bool = False  # its first sentence continues the cell before it
    m_score: float = 0.0  # evidence for monitoring (negative: for action)
    goal_ok: bool = False
    goal_score: float = 0.0


@dataclass
class SegmentResult:
    rows: list[RowDraft]
    goals: dict[str, list[Sentence]]
    spill: dict[str, list[Sentence]]  # column -> sentences continuing the previous page
    spill_depts: list[Dept]


@dataclass
class Context:
    """What the whole document (or table) tells about the pages of a table."""

    text: str
    heads: set[str]  # the ids that open a goal
    repeated: set[str]  # sentences printed more than once in the document's tables
    goal_words: set[str]  # first words of goals found for sure
    goal_texts: set[str]  # goals found for sure (a goal printed again is not a cell)
    words: dict[str, set[str]]  # first words of sure lines of action / instruments
    widths: dict[str, int]  # line width of each column
    sim: Similarity
    order: dict[tuple[str, str], int]  # the usual order of department names
    pairs: Counter  # word pairs of the document


def read_segment(
    ctx: Context, boxes: list[ParsedBox], refs: list[tuple[str, str, int]], open_columns: set[str]
) -> SegmentResult:
    """Rows of one page. `refs`: (ref, goal_ref, box) of this page's ids;
    `open_columns`: columns whose last cell on the previous page was left unfinished."""
    rows = [RowDraft(r, g) for r, g, _ in sorted(set(refs), key=lambda x: natural_key(x[0]))]
    goals, taken = _goals(boxes, refs, ctx.heads, ctx.widths.get(GOAL, 0))
    units = _text_units(boxes, taken, ctx.repeated, ctx.goal_words, refs, ctx.heads, goals,
                        ctx.words, ctx.goal_texts)
    spill: dict[str, list[Sentence]] = {}
    unresolved = [g for r, g, _ in refs if r in ctx.heads and g not in goals]
    _type_units(units, boxes, rows, refs, open_columns, spill, unresolved, ctx.widths)
    for u in units:
        if u.fixed == GOAL and u.sentences:
            g = _first_unresolved(refs, ctx.heads, goals, u.box)
            if g is not None:
                goals[g] = u.sentences[:1]
    _orphans(ctx.text, boxes, units, goals, ctx.pairs, ctx.widths)
    actions = _actions(units, rows, spill)
    _monitoring(units, boxes, rows, actions, ctx.sim, spill)
    spill_depts = _departments(boxes, rows, ctx.order)
    return SegmentResult(rows, goals, spill, spill_depts)


# -- goals ---------------------------------------------------------------------------


def _goals(
    boxes: list[ParsedBox],
    refs: list[tuple[str, str, int]],
    heads: set[str],
    goal_width: int = 0,
) -> tuple[dict[str, list[Sentence]], dict[int, int]]:
    """Goal texts found right after their opening ids; and how many sentences of each
    box they took. Ids printed together ("30." / "31.") take the sentences of the next
    text box in turn, and of the box after it if its lines fit the goal column
    (`goal_width`; 0: unknown, so not)."""
    ids_in: dict[int, list[tuple[str, str]]] = {}
    for r, g, b in refs:
        ids_in.setdefault(b, []).append((r, g))
    goals: dict[str, list[Sentence]] = {}
    taken: dict[int, int] = {}
    awaiting: list[str] = []
    state = "none"  # "ids": right after ids; "goal": right after a goal text
    for pb in boxes:
        if pb.index in ids_in:
            awaiting += [g for r, g in ids_in[pb.index] if r in heads and g not in goals and g not in awaiting]
            state = "ids"
            continue
        if pb.kind in ("header", "numbers", "orphan", "ids"):
            continue
        fits = state == "ids" or (goal_width and line_width(pb.sentences) <= goal_width + SLACK)
        if pb.kind == "text" and awaiting and state != "none" and fits and pb.role in (None, GOAL):
            n = 0
            found = {s[0].text.lower() for s in goals.values()}
            while n < len(pb.sentences) and (awaiting or pb.sentences[n].text.lower() in found):
                if pb.sentences[n].text.lower() not in found:  # not a goal printed again
                    goals[awaiting.pop(0)] = [pb.sentences[n]]
                    found.add(pb.sentences[n].text.lower())
                n += 1
            taken[pb.index] = n
            state = "goal"
            continue
        state = "none"
    return goals, taken


def line_width(sentences: list[Sentence]) -> int:
    return max((e - s for sent in sentences for s, e in sent.pieces), default=0)


def _passed_roles(boxes: list[ParsedBox], taken: dict[int, int]) -> dict[int, str]:
    """Header labels printed in boxes of their own name the text boxes that follow, in
    column order ("Objective", "Measure", then the goal text, then the first measure)."""
    queue: list[str] = []
    roles: dict[int, str] = {}
    for pb in boxes:
        if pb.kind == "header":
            queue += [pb.role] if pb.role in (GOAL, ACTION, MONITORING) else []
        elif pb.kind == "text" and pb.index in taken:
            if queue and queue[0] == GOAL:
                queue.pop(0)
        elif pb.kind == "text" and pb.role is None:
            while queue and queue[0] == GOAL:
                queue.pop(0)
            if queue:
                roles[pb.index] = queue.pop(0)
    return roles


def _first_unresolved(refs, heads, goals, box: int) -> str | None:
    for r, g, b in refs:
        if r in heads and g not in goals and b < box:
            return g
    return None


# -- typing text boxes ---------------------------------------------------------------


def _first_word(text: str) -> str:
    return text.split()[0].lower().strip(",;:") if text.split() else ""


def sure_sentences(boxes, refs, heads, repeated) -> dict[str, list[Sentence]]:
    """Sentences a page types without doubt, per column: goals after their ids, and
    text boxes typed by a header label or a strong neighbour. Their first words
    ("Encourage ..." opens lines of action, "Interventions ..." monitoring instruments)
    and line widths help type the doubtful ones."""
    goals, taken = _goals(boxes, refs, heads)
    empty: dict[str, set[str]] = {ACTION: set(), MONITORING: set()}
    found: dict[str, list[Sentence]] = {GOAL: [s for g in goals.values() for s in g],
                                        ACTION: [], MONITORING: []}
    for u in _text_units(boxes, taken, repeated, set(), refs, heads, goals, empty):
        kind = u.fixed or (MONITORING if u.m_score >= 3 else ACTION if u.m_score <= -3 else None)
        if kind in found:
            found[kind] += u.sentences
    return found


def _text_units(boxes, taken, repeated, goal_words, refs, heads, goals, words,
                known_goals=frozenset()) -> list[TextUnit]:
    units: list[TextUnit] = []
    unresolved = [g for r, g, _ in refs if r in heads and g not in goals]
    passed = _passed_roles(boxes, taken)
    goal_texts = set(known_goals) | {s.text.lower() for found in goals.values() for s in found}
    for k, pb in enumerate(boxes):
        if pb.kind not in ("text", "mixed"):
            continue
        sentences = pb.sentences[taken.get(pb.index, 0):]
        if not sentences or all(s.text.lower() in goal_texts for s in sentences):
            continue  # nothing left, or a goal printed again on a later row
        u = TextUnit(pb.index, sentences)
        role = pb.role or passed.get(pb.index)
        if pb.kind == "mixed":
            u.fixed = MONITORING
        elif role in (ACTION, MONITORING) and not taken.get(pb.index):
            u.fixed = role
        u.continues = sentences[0].text[:1].islower()
        prev = _neighbour(boxes, k, -1)
        nxt = _neighbour(boxes, k, +1)
        if nxt is not None and nxt.kind in ("dept", "mixed") and nxt.role is None:
            u.m_score += 3.0
        if prev is not None and prev.kind == "ids" and not taken.get(pb.index):
            u.m_score -= 3.0
        if prev is not None and prev.index in taken:
            u.m_score -= 1.0
        if prev is not None and prev.kind == "dept":
            u.m_score += 0.5
        if any(s.text.lower() in repeated for s in sentences):
            u.m_score += 1.5
        first = _first_word(sentences[0].text)
        u.m_score += (first in words[MONITORING]) - (first in words[ACTION])
        mean = sum(len(s.text) for s in sentences) / len(sentences)
        u.m_score += 0.5 if mean < 40 else -0.5 if mean > 90 else 0.0
        if unresolved and len(sentences) == 1 and not taken.get(pb.index):
            first_ids = [b for r, g, b in refs if g in unresolved]
            u.goal_ok = bool(first_ids) and min(first_ids) < pb.index
            first_word = sentences[0].text.split()[0].lower() if sentences[0].text else ""
            u.goal_score = 2.0 if first_word in goal_words else 0.0
        units.append(u)
    return units


def _neighbour(boxes: list[ParsedBox], k: int, step: int) -> ParsedBox | None:
    k += step
    while 0 <= k < len(boxes):
        if boxes[k].kind not in ("orphan", "numbers", "header"):
            return boxes[k]
        k += step
    return None


def _type_units(units, boxes, rows, refs, open_columns, spill, unresolved, widths) -> None:
    """Give each unit a type: exactly one line of action per row, best evidence."""
    # A lower-case box at the very top of the page continues the previous page's cell.
    first_ids = min((b for _, _, b in refs), default=10**9)
    for u in units:
        if u.continues and u.box < first_ids and len(u.sentences) == 1 and open_columns:
            column = ACTION if ACTION in open_columns else next(iter(open_columns))
            spill.setdefault(column, []).extend(u.sentences)
            u.fixed = "spill"
    free = [u for u in units if u.fixed is None]
    target = len(rows) - sum(_n_new(u) for u in units if u.fixed == ACTION)
    row_index = {r.ref: i for i, r in enumerate(rows)}
    goal_rows = sorted(row_index[r] for r, g, _ in refs if g in unresolved and r in row_index
                       and r == min((x for x, y, _ in refs if y == g), key=natural_key))
    first_ref = {}
    for r, _, b in refs:
        first_ref.setdefault(b, r)
    best: tuple[float, tuple[str, ...]] | None = None
    if len(free) <= _MAX_SEARCH:
        choices = [(ACTION, MONITORING, GOAL) if u.goal_ok else (ACTION, MONITORING) for u in free]
        # Each goal opened on this page has its text here: as many goals as can be found.
        n_goals = min(len(unresolved), sum(1 for u in free if u.goal_ok))
        for combo in itertools.product(*choices):
            if combo.count(GOAL) != n_goals:
                continue
            if sum(_n_new(u) for u, t in zip(free, combo) if t == ACTION) != target:
                continue
            score = _typing_score(units, free, combo, boxes, row_index, first_ref, goal_rows, widths)
            if best is None or score > best[0]:
                best = (score, combo)
    if best is None:  # no typing fits the count: trust the cues alone
        combo = tuple(MONITORING if u.m_score > 0 else ACTION for u in free)
    else:
        combo = best[1]
    for u, t in zip(free, combo):
        u.fixed = t


def _n_new(u: TextUnit) -> int:
    """Sentences of a unit that start a new cell (not the continuation of one)."""
    return len(u.sentences) - (1 if u.continues else 0)


def _typing_score(units, free, combo, boxes, row_index, first_ref, goal_rows, widths) -> float:
    types = {id(u): t for u, t in zip(free, combo)}
    score = 0.0
    for u, t in zip(free, combo):
        if widths.get(t) and line_width(u.sentences) > widths[t] + SLACK:
            score -= 3.0  # its lines are wider than that column
        if t == MONITORING:
            score += u.m_score
        elif t == ACTION:
            score -= u.m_score
        else:
            score += u.goal_score - 0.5
    position = 0
    action_box: dict[int, int] = {}
    goal_boxes: list[int] = []
    by_box = {pb.index: k for k, pb in enumerate(boxes)}
    for u in sorted(units, key=lambda x: x.box):
        t = types.get(id(u), u.fixed)
        if t == GOAL:
            goal_boxes.append(u.box)
        if t != ACTION:
            continue
        # An action box right after an id box starts at that id's row.
        prev = _neighbour(boxes, by_box[u.box], -1)
        if prev is not None and prev.index in first_ref and row_index.get(first_ref[prev.index]) == position:
            score += 2.0
        for k in range(_n_new(u)):
            action_box[position + k] = u.box
        position += _n_new(u)
    # A goal is printed before the line of action of its first row.
    for box, row in zip(goal_boxes, goal_rows):
        score += 1.0 if box < action_box.get(row, 10**9) else -3.0
    return score


# -- columns -------------------------------------------------------------------------


def _orphans(text, boxes, units, goals, pairs, widths) -> None:
    """Give stray words of justified lines back to their sentence (see flat_orphans)."""
    if not any(pb.kind == "orphan" for pb in boxes):
        return
    columns = [([s for found in goals.values() for s in found], widths.get(GOAL, 0))]
    for kind in (ACTION, MONITORING):
        columns.append(([s for u in units if u.fixed == kind for s in u.sentences], widths.get(kind, 0)))
    reattach(text, boxes, columns, pairs)



def _actions(units, rows, spill) -> list[str | None]:
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
    return [r.action[0].text if r.action else None for r in rows]


def _join(a: Sentence, b: Sentence) -> Sentence:
    return Sentence(a.pieces + b.pieces, f"{a.text} {b.text}", a.box)


def _column_first(boxes: list[ParsedBox], role: str) -> list[ParsedBox]:
    """Boxes in column order: the one led by the column's header label first."""
    led = [pb for pb in boxes if pb.role == role]
    return led + [pb for pb in boxes if pb.role != role]


def _monitoring(units, boxes, rows, actions, sim, spill) -> None:
    m_units = {u.box: u for u in units if u.fixed == MONITORING}
    ordered = [pb for pb in _column_first(boxes, MONITORING) if pb.index in m_units]
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


def _departments(boxes, rows, order) -> list[Dept]:
    """Department cells per row; names that continue the previous page's last row."""
    ordered = _column_first([pb for pb in boxes if pb.depts], "department")
    names = [d for pb in ordered for d in pb.depts]
    if not names or not rows:
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
            prev = _neighbour(stream, k, -1)
            rows_here = m_rows.get(prev.index, set()) if prev is not None else set()
        paired[pb.index] = rows_here if len(rows_here) == 1 else set()
    in_band = [paired.get(d.box, set()) for d in names]
    units = [Unit(d.name, d.box, d.coordinator) for d in names]
    # Row 0 stands for the previous page's last row, whose names may run on here.
    cells = align_departments(units, len(rows) + 1, order, [{j + 1 for j in s} for s in in_band],
                              spill_first=True)
    for row, cell in zip(rows, cells[1:]):
        row.depts = [names[x] for x in cell]
    return [names[x] for x in cells[0]]
