"""Which one of a plan's parts of a kind is about something: "which of the four opportunities
is about chained trips?", "lequel des trois axes concerne l'érosion ?", "welke van de vier
kansen gaat over ketenvervoer?".

The parts are sections: the ones under a heading that names the kind ("Four opportunities"),
numbered ones first, or sibling sections whose headings name it ("Axis 1: …", "Axis 2: …").
The part whose text writes most of what the question asks about (its words but for the kind,
a count, the words naming the plan and the words that only ask "is about"), each weighed by
how few of the parts write it, answers when it stands clearly ahead of the next, with its
heading and the sentence of it that writes most of them.
"""

from __future__ import annotations

import math
import re

from assistant.answering.base import Composer, cite, named_documents, naming_in
from assistant.answering.outline import Section, children, sections
from assistant.models import Answer
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot
from plans.index.lexical import QueryTerm, tokenize
from plans.sentences import split_sentences
from plans.text import strip_markup
from plans.vocabulary import union
from plans.vocabulary.grounding import NUMBER_WORDS
from plans.vocabulary.questions import ABOUT_WORDS, WHICH_OF

_WHICH_OF = {lang: re.compile(p, re.I) for lang, p in WHICH_OF.items()}
_NUMBERED = re.compile(r"^\s*\d+[.)]?\s")
_ABOUT = {w.lower() for w in union(ABOUT_WORDS)} | {"with"}  # ("deals with")
_SKIPPED = _ABOUT | {w.lower() for w in union(NUMBER_WORDS)}
MIN_SHARE = 0.5  # of the topic's weight the best part's text must write
LEAD = 1.5  # how far ahead of the next part it must stand


class PartComposer(Composer):
    name = "part"

    def __init__(self, docs: int = 3):
        self.docs = docs

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        m = _WHICH_OF.get(question.lang, _WHICH_OF["en"]).match(question.text)
        if not m:
            return None
        kind = {s for w in m.group(1).split() if w.lower() not in _SKIPPED for s in tokenize(w, question.lang)}
        named = named_documents(question, snapshot)
        docs = list(named) or list(dict.fromkeys(h.chunk.doc_id for h in hits))[: self.docs]
        found: list[tuple[float, Section, str, list[QueryTerm]]] = []
        for doc_id in docs:
            record = snapshot.documents.get(doc_id)
            lang = (record.info.language if record else None) or "en"
            parts = _parts(sections(snapshot, doc_id), kind | set(tokenize(" ".join(m.group(1).split()), lang)))
            if len(parts) < 2:
                continue
            naming = naming_in(question, snapshot, doc_id) | snapshot.title_stems(doc_id) | kind
            topic = [t for t in _about(question) if t.word.lower() not in _SKIPPED and not t.resembles(naming)]
            written = [_written(part, lang) for part in parts]
            # a word many parts write tells none apart ("harbour" in a plan on the harbour)
            weights = {t: math.log(len(parts) / n) for t in topic
                       if (n := sum(1 for w in written if t.resembles(w)))}
            total = sum(weights.values())
            if not total:
                continue
            found += [(sum(w for t, w in weights.items() if t.resembles(words)) / total, part, lang, topic)
                      for part, words in zip(parts, written)]
        found.sort(key=lambda x: -x[0])
        if not found or found[0][0] < MIN_SHARE or len(found) > 1 and found[0][0] < LEAD * found[1][0]:
            return None
        _, part, lang, topic = found[0]
        return _answer(topic, part, lang, snapshot)


def _about(q: Question) -> list[QueryTerm]:
    """The words of what the part is asked to be about: those after the last word that asks
    it ("… in the X study deals with electric vehicles?"), else all the question's."""
    asking = [m.end() for m in re.finditer(r"[\w'’-]+", q.text) if m.group(0).lower() in _ABOUT]
    if not asking:
        return list(q.terms)
    after = {w.lower() for w in re.findall(r"[\w'’-]+", q.text[asking[-1]:])}
    return [t for t in q.terms if t.word.lower() in after] or list(q.terms)


def _parts(outline: list[Section], kind: set[str]) -> list[Section]:
    """The sections that are parts of the kind: under a heading naming it (the numbered ones,
    when two or more are), or siblings whose own headings name it."""
    def names(heading: str) -> bool:
        return bool(set(tokenize(heading)) & kind)

    for depth in range(1, max((len(s.path) for s in outline), default=0)):
        for parent in {s.path[:depth] for s in outline if len(s.path) > depth}:
            under = children(outline, parent, every=True)
            titled = [s for s in under if names(s.heading)]
            if len(titled) >= 2:
                return titled
            if names(parent[-1]) and len(under) >= 2:
                numbered = [s for s in under if _NUMBERED.match(s.heading)]
                return numbered if len(numbered) >= 2 else under
    return []


def _written(part: Section, lang: str) -> set[str]:
    """The stems a part writes, in its heading or its text."""
    return {s for text in [part.heading, *(c.text for c in part.chunks)] for s in [*tokenize(text, lang), *tokenize(text)]}


def _answer(topic: list[QueryTerm], part: Section, lang: str, snapshot: Snapshot) -> Answer | None:
    """The part's heading and its first sentence that writes most of what is asked about."""
    best = None
    for chunk in part.chunks:
        for a, b in split_sentences(chunk.text):
            said = set(tokenize(chunk.text[a:b], lang)) | set(tokenize(chunk.text[a:b]))
            n = sum(1 for t in topic if t.resembles(said))
            if best is None or n > best[0]:
                best = (n, chunk, chunk.start + a, chunk.start + b)
    if best is None:
        return None
    _, chunk, a, b = best
    citation = cite(snapshot, chunk, a, b, 1)
    sentence = " ".join(strip_markup(chunk.text[a - chunk.start : b - chunk.start]).split())
    return Answer(answer=f"{part.heading}: {sentence} [1]", citations=[citation], confidence=0.8)
