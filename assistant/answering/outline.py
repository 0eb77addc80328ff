"""A document's outline as the index holds it: its sections in order, the passages under
each, the list items inside a passage, and which document a question is about.

Composers that answer from structure (lists gathered from a section, overviews, counts)
read it here; every span they quote is a verbatim span of a passage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.answering.base import quoted_titles, spelled_out
from assistant.question import Question
from assistant.retrieval import Hit
from plans.ids import find_refs
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import alike, stem, tokenize
from plans.sentences import split_sentences
from plans.text import BULLET, trim_span, unaccented, unelided
from plans.vocabulary.making import EDITIONS, MAKING_NOUNS, PLACES_IN_PLAN
from plans.vocabulary.questions import DOCUMENT_NOUNS

_LINE = re.compile(r"[^\n]+")


@dataclass
class Section:
    path: tuple[str, ...]
    chunks: list[StoredChunk] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def first(self) -> StoredChunk:
        return self.chunks[0]


def sections(snapshot: Snapshot, doc_id: str) -> list[Section]:
    """The document's sections in reading order, each with the passages directly under it."""
    chunks = sorted((snapshot.chunks[i] for i in snapshot.doc_chunks.get(doc_id, ())
                     if snapshot.chunks[i].kind == "passage"), key=lambda c: c.start)
    out: dict[tuple[str, ...], Section] = {}
    for c in chunks:
        path = tuple(p.strip() for p in c.section.split(" > ")) if c.section else ()
        out.setdefault(path, Section(path)).chunks.append(c)
    return list(out.values())


def children(all_sections: list[Section], path: tuple[str, ...], every: bool = False) -> list[Section]:
    """The sections one level below `path`, in order, each with the passages of the first
    section under it, or (`every`) with every passage under it."""
    out: dict[str, Section] = {}
    for s in all_sections:
        if len(s.path) > len(path) and s.path[: len(path)] == path:
            name = s.path[len(path)]
            if name not in out:
                out[name] = Section(path + (name,), list(s.chunks))
            elif every:
                out[name].chunks.extend(s.chunks)
    return list(out.values())


def list_items(chunk: StoredChunk) -> list[tuple[int, int]]:
    """Document spans of the list items a passage holds (a bullet or number at a line start);
    an item goes on over the next line when a page's width broke it mid-sentence (the line
    ends without a stop and the next, right under it, opens in lower case, closes a bracket
    the item opened, or ends with the semicolon that closes an item: "… du port du grand\nNord ;")."""
    spans: list[tuple[int, int]] = []
    lines = list(_LINE.finditer(chunk.text))
    for i, m in enumerate(lines):
        if BULLET.match(m.group(0)):
            end = m.end()
            for nxt in lines[i + 1:]:
                between = chunk.text[end:nxt.start()]
                so_far = chunk.text[m.start():end]
                open_bracket = so_far.count("(") > so_far.count(")")  # "(fleuves" / "Ouémé et Mono)"
                if between.count("\n") > 1 or BULLET.match(nxt.group(0)) or re.search(r"[.;:!?]\s*$", so_far) \
                        or nxt.group(0).rstrip().endswith(":") \
                        or not (open_bracket or _WRAPPED.match(nxt.group(0)) or nxt.group(0).rstrip().endswith(";")):
                    break  # (a line that ends with a colon opens a list of its own)
                end = nxt.end()
            a, b = trim_span(chunk.text, m.start(), end)
            spans.append((chunk.start + a, chunk.start + b))
    return spans


_WRAPPED = re.compile(r"[ \t]*[a-zà-ÿ(]")  # a line that goes on with a sentence: lower case first


def first_sentence(chunk: StoredChunk) -> tuple[int, int]:
    """The document span of a passage's first sentence."""
    spans = split_sentences(chunk.text)
    # (a paragraph's number alone, "1.", is no sentence of it)
    said = [(a, b) for a, b in spans if re.search(r"[^\W\d_]{2}", chunk.text[a:b])]
    a, b = (said or spans or [(0, len(chunk.text))])[0]
    return chunk.start + a, chunk.start + b


def heading_stems(section: Section, lang: str) -> set[str]:
    return set(tokenize(section.heading, lang)) | set(tokenize(section.heading))


def target_document(question: Question, hits: list[Hit], snapshot: Snapshot,
                    by_meaning: Callable[[Question, Snapshot], str | None] | None = None,
                    vote: bool = True) -> str | None:
    """The document a question is about: the one its words name ("the adaptation plan"), or
    the words it borrows from the conversation ("which department issued it?" after a
    question on the plan), or (`by_meaning`) the one its words name by the meaning of its
    title in another language, else (`vote`) the one most of the best passages come from."""
    titled = quoted_titles(question.text, snapshot)
    if len(titled) == 1:  # "what is 'Eight chances for mobility' about?"
        return titled.pop()
    stems = set(question.stems()) | {stem(t.word) for t in question.context_terms}
    acronyms = set(question.acronyms())
    # a name or its adjective ("Varlande", "varlandais"; "Norland", "Norlandic"), its initials ("the WHS plan")
    named = [(n, d) for d, words in snapshot.naming_words.items()
             if (n := sum(1 for s in stems if s in words or any(alike(s, w) for w in words))
                 + len(acronyms & snapshot.naming_initials.get(d, set())))]
    if named:
        best = max(n for n, _ in named)
        top = [d for n, d in named if n == best]
        if len(top) == 1:
            return top[0]
        meant = by_meaning(question, snapshot) if by_meaning is not None else None
        if meant in top:  # words alike in several titles ("national action"); the rest translated
            return meant
        ranked = [h.chunk.doc_id for h in hits if h.chunk.doc_id in top]
        if ranked:
            return ranked[0]
    by_name = snapshot.named_by(*question.naming())
    if len(by_name) == 1:  # two words of its title or file name in a row, its initials ("the Harbour Watch paper")
        return by_name.pop()
    titled = _titled_by_words(question, snapshot)
    if titled is not None:  # "waar gaat het Norlandse visserijplan van 2031 over?"
        return titled
    meant = by_meaning(question, snapshot) if by_meaning is not None else None
    if meant is not None:
        return meant
    if not hits or not vote:
        return None
    votes: dict[str, float] = {}
    for rank, h in enumerate(hits[:6]):
        votes[h.chunk.doc_id] = votes.get(h.chunk.doc_id, 0.0) + 1.0 / (rank + 1)
    return max(votes, key=votes.get)


TITLE_WORDS_NAMING = 2  # the words of its title a question writes to name a plan by them


def _titled_by_words(q: Question, snapshot: Snapshot) -> str | None:
    """The one plan more of whose title words (but for the nouns of any plan: "plan",
    "report") the question writes than of any other's, two at least, in any language: a
    word begins like a title word ("migratie" for "Migration", "Belgische" for "Belgium"),
    a year as written."""
    nouns = _document_noun_stems()
    asked = {unaccented(s) for s in [*q.stems(), *q.stems(q.lang)] if s not in nouns}
    counts = []
    for doc_id in snapshot.documents:
        title = {unaccented(s) for s in snapshot.title_stems(doc_id, file_name=False)} - nouns
        counts.append((sum(1 for a in asked if any(a == t or alike(a, t) for t in title)), doc_id))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < TITLE_WORDS_NAMING or len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


@lru_cache(maxsize=1)
def _document_noun_stems() -> frozenset[str]:
    return frozenset(stem(unaccented(n)) for lang in DOCUMENT_NOUNS for n in DOCUMENT_NOUNS[lang])


_NOUN_END = 4  # the shortest plan noun taken as the end of a compound ("plan" of "actieplan")


@lru_cache(maxsize=1)
def plan_noun_stems() -> frozenset[str]:
    """The stems of the nouns for a plan, in each language and in English (as titles are read)."""
    return frozenset(s for lang, forms in DOCUMENT_NOUNS.items() for n in forms
                     for s in (*tokenize(n, lang), *tokenize(n)))


def is_plan_noun(stem_: str) -> bool:
    """Is `stem_` a noun for a plan, or a Dutch compound that ends in one ("regeerakkoord")?"""
    nouns = plan_noun_stems()
    return stem_ in nouns or any(stem_.endswith(n) for n in nouns if len(n) >= _NOUN_END)


def _own_words(doc_id: str, snapshot: Snapshot) -> set[str]:
    """The stems that name a document: its naming words, its title's and file name's, its
    cover's names, the initials of its title no other title has."""
    return (snapshot.naming_words.get(doc_id, set()) | snapshot.title_stems(doc_id)
            | snapshot.cover_names.get(doc_id, set()) | snapshot.naming_initials.get(doc_id, set()))


def names_document(q: Question, doc_id: str, snapshot: Snapshot) -> bool:
    """Does the question name the document: a word of its title, file name or cover, one of
    its naming words, or a noun for a plan ("the plan", "het akkoord")?"""
    own = _own_words(doc_id, snapshot)
    return any(t.matches(own) or any(is_plan_noun(s) for s in t.stems) for t in q.terms)


def about_itself(q: Question, asked: list[str], doc_id: str, snapshot: Snapshot) -> bool:
    """Do the question's words, but for those that say what is asked (`asked`: the kind of
    body, the relation) and one more (a verb), all name the document: its title, file name
    or cover, a noun for a plan or for its making ("the preparation of the plan"), a year?
    Then it asks about the plan itself, not about something the plan says. A question naming
    one of its rows or numbered measures ("who supports commitment 1?") asks about that one."""
    if find_refs(q.text):
        return False
    own = _own_words(doc_id, snapshot)
    nouns = {unaccented(n) for table in (DOCUMENT_NOUNS, MAKING_NOUNS, PLACES_IN_PLAN, EDITIONS) for lang in table
             for n in table[lang]}
    skip = {unaccented(unelided(part.lower())) for w in asked for part in (w, *w.split("-"))}  # "e-mailadres"
    # "the National Action Plan" of a "NAP", however the question writes it ("the national action plan")
    skip |= {unaccented(w) for w in spelled_out(q.text, own) | spelled_out(q.text.title(), own)}
    rest = [t for t in q.terms if unaccented(t.word.lower()) not in skip and not re.fullmatch(r"[\d/-]+", t.word)
            and unaccented(t.word.lower()) not in nouns and not t.matches(own)
            and not any(alike(s, o) for s in t.stems for o in own)]
    return len(rest) <= 1
