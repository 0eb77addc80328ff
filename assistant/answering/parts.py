"""Which one of a plan's parts of a kind is about something: "which of the four opportunities
is about chained trips?", "lequel des trois axes concerne l'érosion ?", "welke van de vier
kansen gaat over ketenvervoer?", "onder welke kans valt ketenvervoer?"; and what a part the
question numbers says ("what is recommendation 2 about?", "kans 7"), when the plan numbers it
in its text, not in a table.

The parts are the numbered list items under a heading naming the kind ("Recommendations" >
"2. …"), else sections: the ones under a heading that names the kind ("Four opportunities"),
numbered ones first, or sibling sections whose headings name it ("Axis 1: …", "Axis 2: …").
The part whose text writes most of what the question asks about (its words but for the kind,
a count, the words naming the plan and the words that only ask "is about"), each weighed by
how few of the parts write it, answers when it writes more than half of them and stands
clearly ahead of the next: a section with its heading and the sentence of it that writes
most of them, an item whole with its number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from assistant.answering.base import Composer, cite, named_documents, naming_in
from assistant.answering.outline import Section, children, list_items, sections
from assistant.models import Answer
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot, StoredChunk
from plans.ids import UNIT_WORDS, Ref, units_alike
from plans.index.lexical import QueryTerm, query_terms, tokenize
from plans.sentences import split_sentences
from plans.text import BULLET_MARKS, strip_markup, unaccented
from plans.vocabulary import union
from plans.vocabulary.grounding import NUMBER_WORDS
from plans.vocabulary.questions import ABOUT_WORDS, PART_KINDS, WHICH_KIND, WHICH_OF, names_document

_WHICH_OF = {lang: re.compile(p, re.I) for lang, p in WHICH_OF.items()}
_WHICH_KIND = {lang: re.compile(p, re.I) for lang, p in WHICH_KIND.items()}
_KINDS = frozenset(w.lower() for w in UNIT_WORDS + union(PART_KINDS))
_NUMBERED = re.compile(r"^\s*\d+[.)]?\s")
_ABOUT = {w.lower() for w in union(ABOUT_WORDS)} | {"with"}  # ("deals with")
_SKIPPED = _ABOUT | {w.lower() for w in union(NUMBER_WORDS)}
MIN_SHARE = 0.5  # of the topic's weight the best part's text must write more than
LEAD = 1.5  # how far ahead of the next part it must stand
_COMMON = 0.25  # of a plan's passages: a word written this widely asks nothing of one part
_PLURAL = 3  # letters a plural may add to its kind word ("kans" -> "kansen", "axe" -> "axes")


class PartComposer(Composer):
    name = "part"

    def __init__(self, docs: int = 3):
        self.docs = docs

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        kind_words = _part_kind_asked(question)
        if kind_words is None:
            return None
        kind = {s for w in kind_words.split() if w.lower() not in _SKIPPED for s in tokenize(w, question.lang)}
        if not kind:
            return None
        # (the kind in the three languages: "recommandation" asked of "Recommendations")
        kind_terms = [t for w in kind_words.split() if w.lower() not in _SKIPPED
                      for t in query_terms(" ".join(units_alike(w)))]
        named = named_documents(question, snapshot)
        docs = list(named) or list(dict.fromkeys(h.chunk.doc_id for h in hits))[: self.docs]
        found: list[tuple[float, Section | _Item, str, list[QueryTerm], str]] = []
        for doc_id in docs:
            lang = snapshot.language_of(doc_id)
            outline = sections(snapshot, doc_id)
            # numbered items under a heading of the kind ("Recommendations" > "4. …"), else sections
            parts: list[Section | _Item] = list(_items(outline, kind_terms, lang))
            if len(parts) < 2:
                parts = list(_parts(outline, kind | set(tokenize(kind_words, lang)), kind_terms, lang))
            if len(parts) < 2:
                continue
            naming = naming_in(question, snapshot, doc_id) | snapshot.title_stems(doc_id) | kind
            topic = [t for t in _about(question) if t.word.lower() not in _SKIPPED and not t.resembles(naming)]
            written = [_written(part, lang) for part in parts]
            # a word many parts write tells none apart ("harbour" in a plan on the harbour)
            # (a word no part writes weighs as one only one part writes: none says it)
            weights = {t: math.log(len(parts) / max(1, sum(1 for w in written if t.resembles(w)))) for t in topic}
            total = sum(weights.values())
            if not total:
                continue
            found += [(sum(w for t, w in weights.items() if t.resembles(words)) / total, part, lang, topic, doc_id)
                      for part, words in zip(parts, written)]
        found.sort(key=lambda x: -x[0])
        if not found or found[0][0] <= MIN_SHARE or len(found) > 1 and found[0][0] < LEAD * found[1][0]:
            return None
        _, part, lang, topic, doc_id = found[0]
        if isinstance(part, _Item):
            return _item_answer(question, [], doc_id, part.chunk, part.start, part.end, snapshot)
        return _answer(topic, part, lang, snapshot)


def _part_kind_asked(q: Question) -> str | None:
    """The words naming the kind of part a question asks one of: "which of the four
    opportunities …?", or "which opportunity …?" (a kind in the singular), else None."""
    m = _WHICH_OF.get(q.lang, _WHICH_OF["en"]).match(q.text)
    if m:
        return " ".join(m.group(1).split())
    m = _WHICH_KIND.get(q.lang, _WHICH_KIND["en"]).search(q.text)
    if m is None or _plural(m.group(1), q.lang) or m.group(1).lower() not in _KINDS:
        return None  # ("which measures …?" asks for a list; "which service …?" for no part)
    return m.group(1)


def _plural(word: str, lang: str) -> bool:
    """Is a noun written in the plural ("measures", "mesures", "maatregelen", "programma's")?"""
    w = word.lower()
    if lang == "nl":
        return w.endswith(("en", "'s", "’s"))
    return w.endswith(("s", "x")) and not w.endswith("ss")


@dataclass(frozen=True)
class _Item:
    """A numbered list item under a heading naming the kind ("Recommendations" > "4. Join …"):
    a part the plan writes as a line, not as a section."""

    chunk: StoredChunk
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.chunk.text[self.start - self.chunk.start : self.end - self.chunk.start]


def _items(outline: list[Section], kind: list[QueryTerm], lang: str) -> list[_Item]:
    """The numbered list items of the sections headed with the kind, each once."""
    found: dict[int, _Item] = {}
    for s in outline:
        if any(_names(t, s.heading, lang) for t in kind):
            for c, a, b in (item for chunk in s.chunks for item in _numbered_items(chunk)):
                if a not in found or b > found[a].end:  # (passages overlap: the item whole)
                    found[a] = _Item(c, a, b)
    return list(found.values())


def _about(q: Question) -> list[QueryTerm]:
    """The words of what the part is asked to be about: those after the last word that asks
    it ("… in the X study deals with electric vehicles?"), else all the question's."""
    asking = [m.end() for m in re.finditer(r"[\w'’-]+", q.text) if m.group(0).lower() in _ABOUT]
    if not asking:
        return list(q.terms)
    after = {w.lower() for w in re.findall(r"[\w'’-]+", q.text[asking[-1]:])}
    return [t for t in q.terms if t.word.lower() in after] or list(q.terms)


def _parts(outline: list[Section], kind: set[str], terms: list[QueryTerm], lang: str) -> list[Section]:
    """The sections that are parts of the kind (its stems, or its words as `_names` reads
    them): under a heading naming it (the numbered ones, when two or more are), or siblings
    whose own headings name it."""
    def names(heading: str) -> bool:
        return bool(set(tokenize(heading)) & kind) or any(_names(t, heading, lang) for t in terms)

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


def _written(part: Section | _Item, lang: str) -> set[str]:
    """The stems a part writes, in its heading or its text."""
    texts = [part.text] if isinstance(part, _Item) else [part.heading, *(c.text for c in part.chunks)]
    return {s for text in texts for s in [*tokenize(text, lang), *tokenize(text)]}


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


def numbered_part(q: Question, refs: list[Ref], docs: list[str], snapshot: Snapshot) -> Answer | None:
    """What the part a question numbers by its kind ("aanbeveling 2", "opportunity 7") says, in
    the one plan of `docs` that numbers it so: a section headed with the number under a heading
    naming the kind ("Eight opportunities" > "7. Smart upkeep"), or headed with the kind and the
    number ("Recommendation 2: …"); or a list item numbered so under such a heading
    ("Recommendations" > "2. Study where …"). None when no plan, or more than one, does."""
    found = [x for ref in refs if ref.unit and ref.value.isdigit() for x in _numbered(ref, docs, snapshot, q.lang)]
    if len({doc for doc, *_ in found}) != 1:
        return None
    doc_id, part, item = found[0]
    if part is not None:
        return _section_answer(q, refs, doc_id, part, snapshot)
    return _item_answer(q, refs, doc_id, *item, snapshot)


def _item_answer(q: Question, refs: list[Ref], doc_id: str, chunk: StoredChunk, a: int, b: int,
                 snapshot: Snapshot) -> Answer:
    """A numbered item whole, with its number; a long one by its opening and the sentence asked of it."""
    text = " ".join(strip_markup(chunk.text[a - chunk.start : b - chunk.start]).split())
    if len(text) <= ITEM_CHARS:
        return Answer(answer=f"{text} [1]", citations=[cite(snapshot, chunk, a, b, 1)], confidence=0.8)
    return _item_sentences(q, refs, doc_id, chunk, a, b, snapshot)


ITEM_CHARS = 420  # an item longer than this is answered by its opening and the sentence asked of it


def _item_sentences(q: Question, refs: list[Ref], doc_id: str, chunk: StoredChunk, a: int, b: int,
                    snapshot: Snapshot) -> Answer:
    """A long numbered item's first sentence (its number and title), and its sentence that
    says most of what else the question asks of it, each cited."""
    lang = snapshot.language_of(doc_id, q.lang)
    text = chunk.text[a - chunk.start : b - chunk.start]
    spans = split_sentences(text) or [(0, len(text))]
    if len(spans) > 1 and not re.search(r"[^\W\d_]", text[slice(*spans[0])]):
        spans = [(spans[0][0], spans[1][1]), *spans[2:]]  # ("7." split off its title: one sentence)
    # (any word: the sentence is only picked among the item's own, and the item says what it names)
    topic = _topic(q, refs, doc_id, tuple((chunk.section or "").split(" > ")), lang, snapshot, common=1.0)
    said = [sum(1 for t in topic if t.resembles(set(tokenize(text[x:y], lang)) | set(tokenize(text[x:y]))))
            for x, y in spans]
    chosen = [spans[0]]
    best = max(range(1, len(spans)), key=lambda i: (said[i], -i), default=None)
    if best is not None and said[best] > said[0]:
        chosen.append(spans[best])
    citations = [cite(snapshot, chunk, a + x, a + y, i + 1) for i, (x, y) in enumerate(chosen)]
    parts = [f"{' '.join(strip_markup(text[x:y]).split())} [{i + 1}]" for i, (x, y) in enumerate(chosen)]
    return Answer(answer=(" … " if len(chosen) > 1 and chosen[1][0] != chosen[0][1] else " ").join(parts),
                  citations=citations, confidence=0.8)


def _numbered(ref: Ref, docs: list[str], snapshot: Snapshot, lang: str
              ) -> list[tuple[str, Section | None, tuple[StoredChunk, int, int] | None]]:
    """The sections, or else list items, of `docs` numbered as `ref` under its kind, in any of
    the three languages (the unit table's words), with their documents."""
    kind = [t for unit in units_alike(ref.unit) for t in query_terms(unit)]
    found: list[tuple[str, Section | None, tuple[StoredChunk, int, int] | None]] = []
    for doc_id in docs:
        outline = sections(snapshot, doc_id)
        written = snapshot.language_of(doc_id, lang)
        found += [(doc_id, s, None) for s in outline if _headed_as(s, ref.value, kind, written)]
        found += [(doc_id, None, item) for s in outline if any(_names(t, s.heading, written) for t in kind)
                  for c in s.chunks for item in _numbered_items(c, ref.value)]
    return found


def _section_answer(q: Question, refs: list[Ref], doc_id: str, part: Section, snapshot: Snapshot) -> Answer | None:
    """A numbered section's heading and its sentence that says most of what else the question
    asks of it; None when something is asked ("which action of level 2 falls to X?") and that
    sentence says none of it."""
    lang = snapshot.language_of(doc_id, q.lang)
    topic = _topic(q, refs, doc_id, part.path, lang, snapshot)
    answer = _answer(topic, part, lang, snapshot)
    return answer if answer is None or not topic or _says(answer.citations[0].quote, topic) else None


def _topic(q: Question, refs: list[Ref], doc_id: str, path: tuple[str, ...], lang: str,
           snapshot: Snapshot, common: float = _COMMON) -> list[QueryTerm]:
    """What the question asks of a numbered part: its words but for those naming the plan,
    the kind, the part's own heading and the one over it (`path`), or a word more than
    `common` of the plan's passages write (its province, its subject)."""
    units = {r.unit.lower() for r in refs}
    naming = (naming_in(q, snapshot, doc_id) | snapshot.title_stems(doc_id) | {x for u in units for x in tokenize(u)}
              | {x for h in path[-2:] for x in (*tokenize(h), *tokenize(h, lang))})
    return [t for t in q.terms if not t.resembles(naming) and t.word.lower() not in units
            and t.word.lower() not in _SKIPPED and not names_document(t.word, q.lang)
            and _share_writing(t, doc_id, snapshot) <= common]


def _says(text: str, topic: list[QueryTerm]) -> bool:
    said = set(tokenize(text)) | {x for lang in ("fr", "nl") for x in tokenize(text, lang)}
    return any(t.resembles(said) for t in topic)


def _share_writing(term: QueryTerm, doc_id: str, snapshot: Snapshot) -> float:
    """The share of a document's passages that write a word."""
    ids = snapshot.doc_chunks.get(doc_id, ())
    writing = {c for s in term.stems for c in snapshot.lexical.chunks_with(s)}
    return sum(1 for c in ids if c in writing) / max(1, len(ids))


def _names(kind: QueryTerm, heading: str, lang: str) -> bool:
    """Does a heading write the kind, or its plural ("kansen" of "kans": the stemmer keeps
    some apart)?"""
    word = unaccented(kind.word.lower())
    stem_ = word[:-1] if word.endswith("y") else word
    return kind.resembles(set(tokenize(heading, lang)) | set(tokenize(heading))) or any(
        w.startswith(stem_) and len(w) <= len(word) + _PLURAL for w in re.findall(r"\w+", unaccented(heading.lower())))


def _headed_as(part: Section, number: str, kind: list[QueryTerm], lang: str) -> bool:
    """Is a section headed "<number>. …" under a heading naming the kind, or "<kind> <number> …"?"""
    m = re.match(rf"\s*(?:([^\W\d_]+)\s+)?{number}(?:\s*[.):–-]|\s)(?!\d)", part.heading)
    if not m:
        return False
    if m.group(1):
        return any(_names(t, m.group(1), lang) for t in kind)
    return len(part.path) >= 2 and any(_names(t, part.path[-2], lang) for t in kind)


def _numbered_items(chunk: StoredChunk, number: str = r"\d{1,2}") -> list[tuple[StoredChunk, int, int]]:
    """The list items of a passage numbered so (any number by default), each from its number
    to the next item (its lines)."""
    items = list_items(chunk)
    out = []
    for i, (a, b) in enumerate(items):
        # ("- 7. …": a bullet before the number, as a list converted to Markdown writes it)
        if re.match(rf"(?:[{re.escape(BULLET_MARKS)}]\s+)?\(?(?:{number})[.)]\s", chunk.text[a - chunk.start :]):
            end = items[i + 1][0] if i + 1 < len(items) else chunk.start + len(chunk.text.rstrip())
            text = chunk.text[a - chunk.start : end - chunk.start].rstrip()
            out.append((chunk, a, a + len(text)))
    return out
