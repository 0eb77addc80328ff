"""Which column a text box of a flattened table belongs to: goal, line of action or
monitoring instrument.

Goals are found first: the text printed right after the id that opens a goal (the
first id of that goal number), or for ids printed together ("30." / "31."), the
next sentences in turn. Lines of action and monitoring instruments are both plain
sentences, so each remaining text box is typed by the best of the typings that give
exactly one line of action per row, scored by the cues a reader uses:

* a header label leading the box, or printed in a box of its own just before;
* the neighbours: a box right after an id box holds lines of action, a box followed
  by department names holds monitoring instruments;
* a sentence the document prints more than once ("Report published.") is
  an instrument; first words that open sure lines of action ("Promote ...") or
  sure instruments elsewhere in the document;
* line width: a box whose lines are wider than a column is not of that column;
* a line of action box right after an id box starts at that id's row; a goal is
  printed before the line of action of its first row.

A text box that starts in lower case continues the cell before it (at the top of a
page: the cell the page break cut).
"""

from __future__ import annotations

from dataclasses import dataclass

from .flat_lines import natural_key
from .flat_units import ParsedBox, Sentence

ACTION, MONITORING, GOAL = "action", "monitoring", "goal"
SLACK = 3  # characters of tolerance on a column's line width
UNSURE = "unsure: "  # trouble that empties the cells of a page's rows (all but id and goal)


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
class PageTyping:
    """A page's goals and its text boxes, typed."""

    goals: dict[str, list[Sentence]]  # goal number -> its text
    units: list[TextUnit]
    spill: dict[str, list[Sentence]]  # column -> text continuing the previous page's cell
    trouble: list[str]


def type_page(boxes, refs, rows, heads, repeated, goal_words, words, widths, open_columns,
              earlier_goals: dict[str, str]) -> PageTyping:
    """Find a page's goals and type its other text boxes (see the module docstring)."""
    goals, taken = find_goals(boxes, refs, heads, widths.get(GOAL, 0), earlier_goals)
    units = _text_units(boxes, taken, repeated, goal_words, refs, heads, goals, words,
                        set(earlier_goals))
    spill: dict[str, list[Sentence]] = {}
    trouble: list[str] = []
    unresolved = [g for r, g, _ in refs if r in heads and g not in goals]
    _type_units(units, boxes, rows, refs, open_columns, spill, unresolved, widths, trouble)
    for u in units:
        if u.fixed == GOAL and u.sentences:
            g = _first_unresolved(refs, heads, goals, u.box)
            if g is not None:
                goals[g] = u.sentences[:1]
    texts = {s[0].text.lower() for s in goals.values()}
    for u in units:
        if u.fixed != GOAL and all(s.text.lower() in texts for s in u.sentences):
            u.fixed = "goal again"  # printed on a later row too: no cell of its own
    return PageTyping(goals, units, spill, trouble)


# -- goals ---------------------------------------------------------------------------


def find_goals(
    boxes: list[ParsedBox],
    refs: list[tuple[str, str, int]],
    heads: set[str],
    goal_width: int = 0,
    known: dict[str, str] | None = None,
) -> tuple[dict[str, list[Sentence]], dict[int, int]]:
    """Goal texts found right after their opening ids; and how many sentences of each
    box they took. Ids printed together ("30." / "31.") take the sentences of the next
    text box in turn, and of the box after it if its lines fit the goal column
    (`goal_width`; 0: unknown, so not). A goal printed again (the text of another goal
    in `known`, text -> goal number, or one already found) is passed over."""
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
            while n < len(pb.sentences) and (awaiting or _again(pb.sentences[n], goals, known, None)):
                if not _again(pb.sentences[n], goals, known, awaiting[0] if awaiting else None):
                    goals[awaiting.pop(0)] = [pb.sentences[n]]
                n += 1
            taken[pb.index] = n
            state = "goal"
            continue
        state = "none"
    return goals, taken


def _again(sentence: Sentence, goals, known: dict[str, str] | None, goal: str | None) -> bool:
    """Is this the text of another goal, printed again (on a later row or page)?"""
    text = sentence.text.lower()
    if any(found[0].text.lower() == text for found in goals.values()):
        return True
    return known is not None and known.get(text, goal) != goal


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


def first_word(text: str) -> str:
    return text.split()[0].lower().strip(",;:") if text.split() else ""


def sure_sentences(boxes, refs, heads, repeated) -> dict[str, list[Sentence]]:
    """Sentences a page types without doubt, per column: goals after their ids, and
    text boxes typed by a header label or a strong neighbour. Their first words
    ("Promote ..." opens lines of action, "Number of ..." monitoring instruments)
    and line widths help type the doubtful ones."""
    goals, taken = find_goals(boxes, refs, heads)
    empty: dict[str, set[str]] = {ACTION: set(), MONITORING: set()}
    found: dict[str, list] = {GOAL: [s for g in goals.values() for s in g],
                              ACTION: [], MONITORING: []}
    for u in _text_units(boxes, taken, repeated, set(), refs, heads, goals, empty):
        kind = u.fixed or (MONITORING if u.m_score >= 3 else ACTION if u.m_score <= -3 else None)
        if kind in found:
            found[kind] += u.sentences
    return found


def _text_units(boxes, taken, repeated, goal_words, refs, heads, goals, words,
                known_goals=None) -> list[TextUnit]:
    units: list[TextUnit] = []
    unresolved = [g for r, g, _ in refs if r in heads and g not in goals]
    id_boxes = {b for _, _, b in refs}
    passed = _passed_roles(boxes, taken)
    goal_texts = set(known_goals or {}) | {s.text.lower() for found in goals.values() for s in found}
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
        prev = neighbour(boxes, k, -1)
        nxt = neighbour(boxes, k, +1)
        if nxt is not None and nxt.kind in ("dept", "mixed") and nxt.role is None:
            u.m_score += 3.0
        if prev is not None and prev.index in id_boxes and not taken.get(pb.index):
            u.m_score -= 3.0
        if prev is not None and prev.index in taken:
            u.m_score -= 1.0
        if prev is not None and prev.kind == "dept":
            u.m_score += 0.5
        if any(s.text.lower() in repeated for s in sentences):
            u.m_score += 1.5
        first = first_word(sentences[0].text)
        u.m_score += (first in words[MONITORING]) - (first in words[ACTION])
        mean = sum(len(s.text) for s in sentences) / len(sentences)
        u.m_score += 0.5 if mean < 40 else -0.5 if mean > 90 else 0.0
        if unresolved and len(sentences) == 1 and not taken.get(pb.index):
            first_ids = [b for r, g, b in refs if g in unresolved]
            u.goal_ok = bool(first_ids) and min(first_ids) < pb.index
            u.goal_score = 2.0 if first in goal_words else 0.0
        units.append(u)
    return units


def neighbour(boxes: list[ParsedBox], k: int, step: int) -> ParsedBox | None:
    k += step
    while 0 <= k < len(boxes):
        if boxes[k].kind not in ("orphan", "numbers", "header"):
            return boxes[k]
        k += step
    return None


def _type_units(units, boxes, rows, refs, open_columns, spill, unresolved, widths, trouble) -> None:
    """Give each unit a type: exactly one line of action per row, best evidence.

    The score of a typing is a sum over the units in printed order, each term knowing
    only how many lines of action and goals come before the unit, so the best typing
    is found exactly by dynamic programming over those two counts."""
    # A lower-case box at the very top of the page continues the previous page's cell.
    first_ids = min((b for _, _, b in refs), default=10**9)
    for u in units:
        if u.continues and u.box < first_ids and len(u.sentences) == 1 and open_columns:
            column = ACTION if ACTION in open_columns else next(iter(open_columns))
            spill.setdefault(column, []).extend(u.sentences)
            u.fixed = "spill"
    cues = _Cues(boxes, rows, refs, unresolved, widths)
    n_goals = min(len(unresolved), sum(1 for u in units if u.goal_ok and u.fixed is None))
    layers: list[dict[tuple[int, int], tuple[float, tuple[int, int], str]]] = []
    states: dict[tuple[int, int], float] = {(0, 0): 0.0}
    for u in units:
        if u.fixed == "spill":
            continue
        choices = [u.fixed] if u.fixed else [ACTION, MONITORING] + ([GOAL] if u.goal_ok else [])
        layer: dict[tuple[int, int], tuple[float, tuple[int, int], str]] = {}
        for (a, g), score in states.items():
            for t in choices:
                key = (a + (_n_new(u) if t == ACTION else 0), g + (t == GOAL))
                if key[0] > len(rows) or key[1] > n_goals:
                    continue
                total = score + cues.score(u, t, a, g)
                if key not in layer or total > layer[key][0]:
                    layer[key] = (total, (a, g), t)
        layers.append(layer)
        states = {k: v[0] for k, v in layer.items()}
    typed = [u for u in units if u.fixed != "spill"]
    end = (len(rows), n_goals)
    if not typed or end not in states:
        trouble.append(UNSURE + "no typing of the text boxes gives one line of action per row")
        for u in typed:
            u.fixed = u.fixed or (MONITORING if u.m_score > 0 else ACTION)
        return
    for u, layer in zip(reversed(typed), reversed(layers)):
        _, end, u.fixed = layer[end]
    violations = sum(1 for u in typed if widths.get(u.fixed) and line_width(u.sentences) > widths[u.fixed] + SLACK)
    if violations:
        trouble.append(f"{violations} text boxes typed against their line width")


def _n_new(u: TextUnit) -> int:
    """Sentences of a unit that start a new cell (not the continuation of one)."""
    return len(u.sentences) - (1 if u.continues else 0)


class _Cues:
    """The score of typing one unit, given the lines of action and goals before it."""

    def __init__(self, boxes, rows, refs, unresolved, widths):
        self.boxes = boxes
        self.widths = widths
        self.by_box = {pb.index: k for k, pb in enumerate(boxes)}
        self.row_index = {r.ref: i for i, r in enumerate(rows)}
        self.first_ref: dict[int, str] = {}
        for r, _, b in refs:
            self.first_ref.setdefault(b, r)
        first_of = {g: min((x for x, y, _ in refs if y == g), key=natural_key) for g in unresolved}
        self.goal_rows = sorted(self.row_index[r] for r in first_of.values() if r in self.row_index)

    def score(self, u: TextUnit, t: str, actions_before: int, goals_before: int) -> float:
        s = 0.0
        if self.widths.get(t) and line_width(u.sentences) > self.widths[t] + SLACK:
            s -= 3.0  # its lines are wider than that column
        if t == MONITORING:
            s += u.m_score
        elif t == ACTION:
            s -= u.m_score
            # A box of lines of action right after an id box starts at that id's row.
            prev = neighbour(self.boxes, self.by_box[u.box], -1)
            if prev is not None and prev.index in self.first_ref:
                if self.row_index.get(self.first_ref[prev.index]) == actions_before:
                    s += 2.0
        elif t == GOAL:
            s += u.goal_score - 0.5
            # A goal is printed before the line of action of its first row.
            if goals_before < len(self.goal_rows):
                s += 1.0 if actions_before <= self.goal_rows[goals_before] else -3.0
        return s
