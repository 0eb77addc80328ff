"""Rebuild action-plan tables from text where a PDF-to-text tool flattened them.

A plan's matrix (No. | goal | line of action | monitoring | departments) often
reaches the text column after column: on each page, the ids, then the goals, the
lines of action, then monitoring instruments and department names, in runs
("boxes") separated by blank lines, with header labels, footnotes and page-break
spills in between. The rows are rebuilt by order within each page, as a reader
would: the k-th line id goes with the k-th line of action and the k-th
monitoring/department cell, using what the layout and the document itself say
about where one cell ends and the next begins.

The pipeline:

1. `flat_lines`: lines with offsets, boxes, page starts (running heads and feet left
   out, also those printed mid-page with a page number), line ids, header labels;
   lines broken after a hyphen joined ("drought-" / "tolerant");
2. `flat_blocks`: table regions (header labels and ids, up to the next section
   heading, list or prose) cut into page segments;
3. `flat_units`: what each box holds: ids, sentences, department names (learnt
   from the document: short name-like lines that recur, how they wrap, names
   printed next to known ones), stray words; a box holding each row's instrument
   and names in turn is cut into those pairs;
4. `flat_typing`: per page, the goals, and each text box typed as lines of action
   or monitoring instruments;
5. `flat_segment`: per page, rows: actions in printed order, then `flat_align` cuts
   and matches monitoring and department cells, `flat_orphans` puts stray words back;
6. `flat_doubts`: per page, which of those cells the text does not determine (a near
   tie, a pair the reading in order contradicts, names printed out of place, a cell
   that cannot belong to its column): those are left empty;
7. here: pages joined into tables (cells cut by a page break joined), cells with
   spans into the text.

Nothing about a particular plan is written here: no department, id or phrase of
any sample document. A field that the text does not determine stays empty: a
wrong department with a confident citation is worse than none.
"""

from __future__ import annotations

from functools import lru_cache

from .flat_align import Similarity, name_runs, usual_order
from .flat_blocks import Region, find_regions
from .flat_orphans import width, word_pairs
from .flat_lines import (boxes_of, header_roles, natural_key, numbered_running_lines, page_furniture,
                         split_lines, without, words_of, join_lines)
from .flat_segment import Context, RowDraft, read_segment
from .flat_typing import ACTION, GOAL, MONITORING, first_word, sure_sentences
from .flat_units import DeptLexicon, ParsedBox, Sentence, pairs_of, parse_box
from .model import Cell, TableBlock, TableRow

_NOTE_LINE = 70  # a footnote's lines run the width of the page, wider than a cell
_FINAL = (".", ";", "!", "?", ".)", '."', ".'", ".\u201d")


def find_tables(text: str) -> list[TableBlock]:
    """Every flattened action table of `text`, with its rows in order."""
    lines = split_lines(text)
    boxes = boxes_of(without(lines, page_furniture(lines), numbered_running_lines(lines)))
    regions = find_regions(lines, boxes)
    if not regions:
        return []
    lex = DeptLexicon([b for r in regions for seg in r.boxes for b in seg], words_of(text))
    parsed = [[_parse_segment(seg, lex) for seg in r.boxes] for r in regions]
    repeated = _repeated_sentences(parsed)
    ids = [_resolve_ids(segments) for segments in parsed]
    heads = [_heads(refs) for refs in ids]
    sure = [[sure_sentences(seg, seg_refs, hd, repeated) for seg, seg_refs in zip(segments, refs)]
            for segments, refs, hd in zip(parsed, ids, heads)]
    words = {kind: {first_word(s.text) for pages in sure for page in pages for s in page[kind]}
             for kind in (ACTION, MONITORING)}
    both = words[ACTION] & words[MONITORING]  # a word that opens both kinds says nothing
    shared = dict(
        text=text,
        repeated=repeated,
        words={kind: found - both for kind, found in words.items()},
        sim=Similarity([s.text for segs in parsed for seg in segs for pb in seg for s in pb.sentences]),
        order=usual_order(_name_runs(parsed)),
        plain_order=usual_order(_name_runs(parsed, leads=False)),
        pairs=word_pairs([" ".join(ln.text for ln in b.lines) for b in boxes
                          if not all(len(ln.text.split()) <= 2 for ln in b.lines)]),
        is_department=lex.knows,
    )
    blocks = []
    for region, segments, refs, hd, pages in zip(regions, parsed, ids, heads, sure):
        ctx = Context(
            heads=hd,
            goal_words={first_word(s.text) for page in pages for s in page[GOAL]},
            widths={kind: width([s for page in pages for s in page[kind]], text)
                    for kind in (GOAL, ACTION, MONITORING)},
            **shared,
        )
        block = _read_region(ctx, region, segments, refs)
        if block.rows:
            blocks.append(block)
    return blocks


def _parse_segment(boxes, lex: DeptLexicon) -> list[ParsedBox]:
    """The boxes of a page, read; a box of instruments and names in turn cut into pairs."""
    cut = []
    for b in boxes:
        cut += pairs_of(b, parse_box(b, 0, lex)) or [b]
    return [parse_box(b, i, lex) for i, b in enumerate(cut)]


def _repeated_sentences(parsed: list[list[list[ParsedBox]]]) -> set[str]:
    seen: dict[str, int] = {}
    for segments in parsed:
        for seg in segments:
            for pb in seg:
                for s in pb.sentences:
                    seen[s.text.lower()] = seen.get(s.text.lower(), 0) + 1
    return {t for t, n in seen.items() if n > 1}


def _name_runs(parsed: list[list[list[ParsedBox]]], leads: bool = True) -> list[list[str]]:
    """Runs of department names as printed, cut where a name comes back."""
    return name_runs([pb.depts for segments in parsed for seg in segments for pb in seg], leads)


def _resolve_ids(segments: list[list[ParsedBox]]) -> list[list[tuple[str, str, int]]]:
    """The line ids of each page: dotted ids, and bare numbers that continue the
    numbering. Other numbers are footnote marks: a long line right after one is the
    footnote, not a cell."""
    dotted_goals = {g for seg in segments for pb in seg for r, g, _ in pb.ids if r != g}
    result: list[list[tuple[str, str, int]]] = []
    top = 0
    for seg in segments:
        refs: list[tuple[str, str, int]] = []
        last_box = max((pb.index for pb in seg if pb.ids or pb.sentences or pb.depts), default=0)
        for pb in seg:
            for ref, goal, _line in pb.ids:
                refs.append((ref, goal, pb.index))
                top = max(top, int(goal))
            marks = False
            for line in pb.numbers:
                n = int(line.text)
                if n in range(top + 1, top + 4) and str(n) not in dotted_goals and pb.index < last_box:
                    refs.append((str(n), str(n), pb.index))
                    top = n
                else:
                    marks = True
            following = seg[pb.index + 1] if marks and pb.index + 1 < len(seg) else None
            if following is not None and following.kind == "text" and max(
                    (e - s for sent in following.sentences for s, e in sent.pieces), default=0) >= _NOTE_LINE:
                following.kind = "note"
        result.append(refs)
    return result


def _heads(ids: list[list[tuple[str, str, int]]]) -> set[str]:
    """The ids that open a goal: the first id of each goal number."""
    first_of_goal: dict[str, str] = {}
    for refs in ids:
        for ref, goal, _ in refs:
            if goal not in first_of_goal or natural_key(ref) < natural_key(first_of_goal[goal]):
                first_of_goal[goal] = ref
    return set(first_of_goal.values())


def _read_region(ctx: Context, region: Region, segments, ids) -> TableBlock:
    """The rows of one table, page after page; cells cut by a page break joined."""
    drafts: list[RowDraft] = []
    goals: dict[str, list[Sentence]] = {}
    seen: set[str] = set()
    for seg, refs in zip(segments, ids):
        refs = [r for r in refs if r[0] not in seen]
        seen |= {r[0] for r in refs}
        earlier = {s[0].text.lower(): g for g, s in goals.items()}
        result = read_segment(ctx, seg, refs, _open_columns(drafts), earlier, bool(drafts))
        if drafts and result.spill_unsure:
            drafts[-1].depts = []  # where its names end on this page is not settled
        if drafts:  # what runs on from the previous page's last row (if that row was read)
            last = drafts[-1]
            if last.action:
                last.action += result.spill.get(ACTION, [])
            if last.monitoring:
                last.monitoring = _extend_last(last.monitoring, result.spill.get(MONITORING, []))
            if last.depts:
                last.depts += result.spill_depts
        for g, s in result.goals.items():
            goals.setdefault(g, s)
        drafts += result.rows
    rows = [_row(ctx.text, d, goals.get(d.goal_ref), region.heading) for d in drafts]
    header = []
    for seg in region.boxes:
        for box in seg:
            for line in box.lines:
                if header_roles(line.text) and line.text[:1].isupper() and line.text not in header:
                    header.append(line.text)
    return TableBlock(region.start, region.end, rows, header)


def _open_columns(drafts: list[RowDraft]) -> set[str]:
    """Columns whose last cell so far was cut off (no final punctuation)."""
    if not drafts:
        return set()
    last = drafts[-1]
    columns = set()
    if last.action and not last.action[-1].text.endswith(_FINAL):
        columns.add(ACTION)
    if last.monitoring and not last.monitoring[-1].text.endswith(_FINAL):
        columns.add(MONITORING)
    return columns


def _extend_last(sentences: list[Sentence], more: list[Sentence]) -> list[Sentence]:
    if not more:
        return sentences
    if not sentences:
        return more
    head = sentences[-1]
    for s in more:
        head = Sentence(head.pieces + s.pieces, join_lines([head.text, s.text]), head.box)
    return sentences[:-1] + [head]


# -- cells -----------------------------------------------------------------------------


def _cell(text: str, pieces: list[tuple[int, int]]) -> Cell:
    """A cell from pieces of lines (hyphenated breaks joined); its span is the first
    contiguous stretch."""
    joined = join_lines([text[s:e] for s, e in pieces], _vocabulary(text))
    start, end = pieces[0]
    for s, e in pieces[1:]:
        if text[end:s].strip():
            break
        end = e
    return Cell(joined, start, end)


@lru_cache(maxsize=8)
def _vocabulary(text: str) -> frozenset[str]:
    return words_of(text)


def _row(text: str, d: RowDraft, goal: list[Sentence] | None, heading: str | None) -> TableRow:
    action = None
    if d.action:
        action = _cell(text, [p for s in d.action for p in s.pieces])
    return TableRow(
        ref=d.ref,
        goal_ref=d.goal_ref,
        goal=_cell(text, [p for s in goal for p in s.pieces]) if goal else None,
        action=action,
        monitoring=[_cell(text, s.pieces) for s in d.monitoring],
        departments=[_cell(text, dept.pieces) for dept in d.depts],
        coordinators=[dept.name for dept in d.depts if dept.coordinator],
        page=None,
        objective=heading,
    )

