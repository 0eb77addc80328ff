"""Numbered commitments written as prose rather than in a table.

Two shapes, both generic:
- a sentence that names a numbered action ("Action nr. 13 of Belgium's NAP aims to ...",
  "Measure 4 ...") -> one record, ref "action 13", the sentence as the action;
- a numbered objective heading ("3.2. Objective 1: Collect and utilize ...", "Objective 9
  and 10: ...") whose section lists its actions (items under an "Action(s)" subheading, or
  directly under the objective) -> one record per listed action, ref "objective 1".
"""

from __future__ import annotations

import re

from ingest.document import Block, ParsedDocument
from ingest.sentences import split_sentences
from ingest.structure import heading_text
from plans.records import Commitment, Goal, Source
from plans.text import collapse_ws, strip_markup

_NUMBERED_ACTION = re.compile(
    r"\b(action|measure|commitment|recommendation)s?\s+(?:nr\.?|no\.?|number|n°)\s*(\d{1,3})\b"
    r"|\b(Action|Measure|Commitment)\s+(\d{1,3})\b(?!\s*(?:%|per))",
    re.I,
)
_OBJECTIVE = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?\[?\s*(objective|goal|priority|pillar)s?\s+(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)\s*"
    r"(?:[:.]\s*)?(.*?)\]?(?:\(#\))?\s*[:.]?\s*(.*)$",
    re.I,
)
# "Measure nr. 7 — Introduce ..." : the id printed as a label in front of the action
_LEADING_LABEL = re.compile(r"^\s*(?:action|measure|commitment|recommendation)s?\s+(?:nr\.?|no\.?|n°)?\s*\d{1,3}\s*[—–:-]\s*", re.I)
_ACTION_HEADING = re.compile(r"\b(actions?|measures?|commitments?)\b", re.I)


def prose_commitments(doc: ParsedDocument) -> list[Commitment]:
    return _numbered_actions(doc) + _objective_actions(doc)


def _sections(doc: ParsedDocument) -> list[tuple[str, int, int]]:
    """(heading path, start, end) of the text under each heading."""
    out = []
    stack: list[tuple[int, str]] = []
    heads = [b for b in doc.blocks if b.kind == "heading"]
    for i, h in enumerate(heads):
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        stack.append((h.level, heading_text(doc.text, h)))
        end = heads[i + 1].start if i + 1 < len(heads) else len(doc.text)
        out.append((" > ".join(t for _, t in stack), h.end, end))
    return out


def _section_of(sections: list[tuple[str, int, int]], offset: int) -> str | None:
    found = None
    for name, a, b in sections:
        if a <= offset < b:
            found = name
    return found


def _numbered_actions(doc: ParsedDocument) -> list[Commitment]:
    sections = _sections(doc)
    seen: set[str] = set()
    out: list[Commitment] = []
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        for a, b in split_sentences(doc.text, block.start, block.end):
            sentence = doc.text[a:b]
            m = _NUMBERED_ACTION.search(sentence)
            if not m:
                continue
            number = m.group(2) or m.group(4)
            ref = f"{(m.group(1) or m.group(3)).lower().rstrip('s')} {number}"
            label = _LEADING_LABEL.match(strip_markup(sentence))
            if ref in seen:
                continue
            seen.add(ref)
            out.append(Commitment(
                document=doc.name, title=doc.title, section=_section_of(sections, a), ref=ref,
                action=strip_markup(sentence)[label.end() if label else 0 :], page=doc.page_at(a), start=a, end=b, quote=sentence,
                kind="numbered_action", sources={"action": Source(start=a, end=b, text=sentence)},
            ))
    return out


def _objective_actions(doc: ParsedDocument) -> list[Commitment]:
    out: list[Commitment] = []
    blocks = doc.blocks
    for i, h in enumerate(blocks):
        if h.kind != "heading":
            continue
        title = heading_text(doc.text, h)
        m = _OBJECTIVE.match(title)
        if not m:
            continue
        numbers = m.group(2)
        goal_text = strip_markup(" ".join(x for x in (m.group(3), m.group(4)) if x)).strip(" :.")
        items = _listed_actions(doc.text, blocks, i)
        if not items:
            continue
        ref = f"{m.group(1).lower()} {collapse_ws(numbers)}"
        for item in items:
            raw = doc.text[item.start : item.end]
            text = re.sub(r"^\s*(?:[-*•·▪‣◦–]|\d{1,2}[.)])\s+", "", raw)
            offset = item.start + (len(raw) - len(text))
            out.append(Commitment(
                document=doc.name, title=doc.title, section=title, goal=Goal(number=collapse_ws(numbers), text=goal_text),
                ref=ref, action=strip_markup(text).rstrip(";,"), page=doc.page_at(offset), start=offset, end=item.end,
                quote=doc.text[offset : item.end], kind="objective_action",
                sources={"goal": Source(start=h.start, end=h.end, text=doc.text[h.start : h.end]),
                         "action": Source(start=offset, end=item.end, text=doc.text[offset : item.end])},
            ))
    return out


def _listed_actions(text: str, blocks: list[Block], i: int) -> list[Block]:
    """List items of the objective's own section: under an "Action" subheading, else directly."""
    level = blocks[i].level
    items: list[Block] = []
    in_actions = False
    direct: list[Block] = []
    for b in blocks[i + 1 :]:
        if b.kind == "heading":
            if b.level <= level:
                break
            in_actions = bool(_ACTION_HEADING.search(heading_text(text, b)))
            continue
        if b.kind == "list_item":
            (items if in_actions else direct).append(b)
    return items or direct
