"""What one part of a plan is about: "what does its dredging chapter cover?", "de quoi
parle le volet consacré à l'élevage ?", "waar gaat het deel over de havens over?".

An overview question that names a part of the plan (a noun for a part, and its topic) is
answered from that part, not from the whole plan: the section whose heading names every
word of the topic (see `headings`), one with parts of its own before one without (a part of
a plan holds parts; a heading that only mentions the topic among others opens a passage),
then the fewest other words. The answer is its first sentence and the headings of its own
parts, each cited by its first sentence, within the overview's limit. A part the plan has
no heading for gets no answer here.
"""

from __future__ import annotations

import re

from assistant.answering.base import OVERVIEW_CHARS, cite, within_share
from assistant.answering.headings import Heading, heading_names_topic, plan_headings, topic_terms
from assistant.answering.outline import Section, children, first_sentence, sections
from assistant.models import Answer, Citation
from assistant.question import Question
from plans.index import Snapshot
from plans.text import strip_markup, unaccented
from plans.vocabulary import union
from plans.vocabulary.messages import say
from plans.vocabulary.questions import OVERVIEW_WORDS, PART_NOUNS

_PART_NOUNS = frozenset(unaccented(w) for w in union(PART_NOUNS))
_FRAME = frozenset(unaccented(w) for w in union(OVERVIEW_WORDS))
SUB_PARTS = 4  # the parts of the part named, at most


def asks_part(q: Question) -> bool:
    """Does the overview question name a part of the plan by a noun for one?"""
    return any(unaccented(t.word.lower()) in _PART_NOUNS for t in q.terms)


def part_overview(q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
    """The overview of the part of `doc_id` the question names, or None."""
    topic = [t for t in topic_terms(q, doc_id, snapshot) if unaccented(t.word.lower()) not in _FRAME | _PART_NOUNS]
    if not topic:
        return None
    lang = snapshot.language_of(doc_id, q.lang)
    outline = sections(snapshot, doc_id)
    found = [(not children(outline, s.path), other, h.start, h, s) for h, s in _section_headings(doc_id, outline, snapshot)
             if (other := heading_names_topic(h, topic, lang)) is not None]
    if not found:
        return None
    *_, heading, part = min(found, key=lambda f: f[:3])
    return _answer(q, heading, part, outline, snapshot)


def _section_headings(doc_id: str, outline: list[Section], snapshot: Snapshot) -> list[tuple[Heading, Section]]:
    """The headings of the plan's sections, each with its section."""
    by_chunk = {h.chunk.id: h for h in plan_headings(doc_id, snapshot) if not h.contents}
    out = []
    for s in outline:
        h = by_chunk.get(s.first.id)
        if h is not None and h.words == s.first.heading:
            out.append((h, s))
    return out


def _answer(q: Question, heading: Heading, part: Section, outline: list[Section], snapshot: Snapshot) -> Answer:
    record = snapshot.documents.get(part.first.doc_id)
    title = record.info.title if record is not None and record.info.title else part.first.doc_id
    citations: list[Citation] = [cite(snapshot, heading.chunk, heading.start, heading.end, 1,
                                      text=heading.text, offset=heading.offset)]
    a, b = first_sentence(part.first)
    citations.append(cite(snapshot, part.first, a, b, 2))
    intro = say("part_overview", q.lang, title=title, heading=" ".join(heading.words.split()))
    sentence = f"{strip_markup(part.first.text[a - part.first.start: b - part.first.start])} [2]"
    named = []
    for s in children(outline, part.path)[:SUB_PARTS]:
        x, y = first_sentence(s.first)
        citations.append(cite(snapshot, s.first, x, y, len(citations) + 1))
        named.append(f"{strip_markup(s.heading)} [{len(citations)}]")
    limit = within_share(q, OVERVIEW_CHARS)

    def text() -> str:
        parts = f" {say('overview_parts', q.lang)} " + "; ".join(named) + "." if named else ""
        return f"{intro} [1] {sentence}{parts}"

    while len(text()) > limit and named:
        named.pop()  # one part fewer
    used = {int(n) for n in re.findall(r"\[(\d+)\]", text())}
    return Answer(answer=text()[:limit], citations=[c for c in citations if c.id in used], confidence=0.85)
