"""Which part of a plan treats a topic: "which section of the agreement is on social
enterprises?", "dans quel chapitre le plan traite-t-il des digues ?", "in welk hoofdstuk
behandelt de nota de havens?". The answer is the heading of the plan's section that names the
topic (with its number, where the plan numbers it), quoted from the plan.

The topic is what the question says but for the words that ask for a part, that name the
plan, or that say "deals with"; only the words the plan writes somewhere can name one of its
headings (a question in another language names the plan in its own words: "coalition
agreement" of a "regeerakkoord"). A heading must name every one of them, in the plan's
language or alike across languages ("social economy" of "Sociale economie"); of several, the
one with the fewest other words (the section on the topic, not a chapter of which it is one
theme). None when no heading names the topic: the passages may still say where.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.base import Composer, cite, naming_in
from assistant.answering.outline import is_plan_noun, sections, target_document
from assistant.models import Answer
from assistant.question import Question
from assistant.retrieval import Hit
from plans.contents import is_contents_line, under_contents
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import QueryTerm, stem, tokenize
from plans.text import unaccented, unelided
from plans.vocabulary import union
from plans.vocabulary.messages import say
from plans.vocabulary.questions import ABOUT_WORDS, SECTION_ASKED, SECTION_WORDS
from plans.vocabulary.stopwords import ALL_STOPWORDS


class HeadingComposer(Composer):
    name = "heading"

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        if not _asks_section(question.text, question.lang):
            return None
        doc_id = target_document(question, hits, snapshot)
        if doc_id is None:
            return None
        topic = topic_terms(question, doc_id, snapshot)
        if not topic:
            return None
        lang = snapshot.language_of(doc_id, question.lang)
        found = _heading_naming(topic, plan_headings(doc_id, snapshot), lang)
        if found is None:
            return None
        record = snapshot.documents.get(doc_id)
        document = record.info.title if record is not None and record.info.title else doc_id
        citation = cite(snapshot, found.chunk, found.start, found.end, 1, text=found.text, offset=found.offset)
        heading = " ".join(citation.quote.split())
        return Answer(answer=say("in_section", question.lang, document=document, heading=heading),
                      citations=[citation], confidence=0.8)


def _asks_section(text: str, lang: str) -> bool:
    return bool(_pattern(lang).search(unaccented(text.lower())))


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern[str]:
    return re.compile(unaccented(SECTION_ASKED.get(lang, SECTION_ASKED["en"])))


_FRAME = frozenset(unaccented(w) for w in union(SECTION_WORDS) + union(ABOUT_WORDS))


def topic_terms(q: Question, doc_id: str, snapshot: Snapshot) -> list[QueryTerm]:
    """The question's words that say what the part treats and that the plan writes."""
    naming = naming_in(q, snapshot, doc_id) | snapshot.title_stems(doc_id)
    named = _before_plan_nouns(q.text, q.lang)
    out = []
    for t in q.terms:
        if unaccented(t.word.lower()) in _FRAME or re.fullmatch(r"[\d./-]+", t.word) or t.resembles(naming) \
                or any(is_plan_noun(s) for s in t.stems) or t.word.lower() in named:
            continue
        if any(doc_id in snapshot.documents_writing({w}) for s in t.stems for w in {s, *snapshot.alike_stems(s)}):
            out.append(t)
    return out


@dataclass(frozen=True)
class Heading:
    """A heading the plan prints: its words, the chunk it is quoted from, its document span
    (`start`, `end`) in `text`, which starts at document offset `offset`."""
    words: str
    chunk: StoredChunk
    start: int
    end: int
    text: str
    offset: int
    contents: bool  # a line of a table of contents, which points to the heading


# "3.2.1.3 Sociale economie", or the number on its own line over the heading: a heading the
# reading kept inside a passage (a level printed in the text's own type)
_NUMBERED_LINE = re.compile(r"^[ \t]*(\d+(?:\.\d+)+\.?)(?:[ \t]*\n){0,2}[ \t]*([^\W\d_][^\n]{1,80}?)[ \t]*$", re.M)
_HEADING_WORDS = 10


def plan_headings(doc_id: str, snapshot: Snapshot) -> list[Heading]:
    """The plan's headings: its sections' (that the index can quote, a title and no
    sentence), and the numbered heading lines inside its passages."""
    out: list[Heading] = []
    for s in sections(snapshot, doc_id):
        for c in s.chunks:
            if c.heading_span is not None and _titled(c.heading, _HEADING_WORDS + 4):
                a, b = c.heading_span
                out.append(Heading(c.heading, c, a, b, c.heading, a, under_contents(c.section or "")))
                break
    for i in snapshot.doc_chunks.get(doc_id, ()):
        c = snapshot.chunks[i]
        if c.kind != "passage":
            continue
        for m in _NUMBERED_LINE.finditer(c.text):
            title = m.group(2)
            if not _titled(title, _HEADING_WORDS) or not title[:1].isupper():
                continue
            out.append(Heading(f"{m.group(1)} {title}", c, c.start + m.start(1), c.start + m.end(2), c.text, c.start,
                               under_contents(c.section or "") or is_contents_line(m.group(0))))
    return out


PLAN_NAME_WORDS = 2  # the words before a plan's noun that name it ("the Flemish coalition agreement")


def _before_plan_nouns(text: str, lang: str) -> set[str]:
    """The words just before a noun for a plan, which name the plan in the question's own
    words: "coalition" of "the coalition agreement", "adaptation" of "le plan d'adaptation"
    (after the noun in French: "du plan d'adaptation")."""
    tokens = [unelided(w.lower()) for w in re.findall(r"[\w'’-]+", text)]
    out: set[str] = set()
    for i, w in enumerate(tokens):
        if not any(is_plan_noun(s) for s in {stem(w, lang), stem(w)}):
            continue
        near = tokens[max(0, i - PLAN_NAME_WORDS): i] if lang != "fr" else tokens[i + 1: i + 1 + PLAN_NAME_WORDS]
        out |= {x for x in near if x not in ALL_STOPWORDS}
    return out


def _titled(text: str, most: int) -> bool:
    """Is `text` a title: a few words, no sentence (a cell or a sentence set as a heading is none)?"""
    return len(text.split()) <= most and not text.rstrip().endswith((".", ",", ";", ":"))


def _heading_naming(topic: list[QueryTerm], headings: list[Heading], lang: str) -> Heading | None:
    """The heading that names every topic word, the one with the fewest other words; one
    in the text before a line of the table of contents, the first in reading order."""
    best: tuple[tuple[int, bool, int], Heading] | None = None
    for h in headings:
        other = heading_names_topic(h, topic, lang)
        if other is None:
            continue
        key = (other, h.contents, h.start)
        if best is None or key < best[0]:
            best = (key, h)
    return best[1] if best is not None else None


def heading_names_topic(h: Heading, topic: list[QueryTerm], lang: str) -> int | None:
    """How many other words the heading has, when it names every word of the topic; else None."""
    stems = {w for w in set(tokenize(h.words, lang)) | set(tokenize(h.words)) if not w.isdigit()}
    if not stems or not all(t.resembles(stems) for t in topic):
        return None
    return len({w for w in stems if not any(t.resembles({w}) for t in topic)})
