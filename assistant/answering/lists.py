"""Lists and counts gathered from a plan's structure, when no single sentence holds them.

"Which bodies sit as observers?", "what are the eight opportunities?", "how many
recommendations does it make?": the answer is a run of items under a label line
("Observers:") or a heading ("Recommendations", "Acht kansen"), as list items, as the
sub-headings below it, or as the rows of a table that follows a label ending its passage.
The label or heading must be named by the question (its words are the question's), and a
number the question states must match the count found.
Items are quoted verbatim, grouped into one citation per passage.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from assistant.answering.counts import NUMBER_WORDS
from assistant.answering.counts import counts_in as _counts_in
from assistant.answering.counts import label_count as _label_count
from assistant.answering.counts import stated_count as _stated_count
from assistant.answering.counts import unnumbered as _unnumbered
from assistant.answering.base import (Composer, cite, item_labels, item_names, kind_asked, most_said,
                                      named_documents, rare_word)
from assistant.answering.enumerations import enumerations
from assistant.answering.outline import Section, children, first_sentence, list_items, sections
from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.embedding import Embedder
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import QueryTerm, query_terms, stem, tokenize
from plans.index.snapshot import searched
from plans.records import Source
from plans.sentences import split_sentences
from plans.text import BULLET, BULLET_MARKS, quoted_names, strip_markup, trim_span
from plans.vocabulary.messages import say
from plans.vocabulary.questions import main_clause, stance_words, without_source

_NUMBER_STEMS = {x for words in NUMBER_WORDS.values() for w in words for x in {*tokenize(w), w}}
_LABEL_LINE = re.compile(r"^[^\n]{2,300}:\s*$", re.M)  # (a paragraph not wrapped into lines: its last sentence)
MAX_CHARS = 500
SHORT_CHARS = 400  # a list longer than this is given by its items' labels when they have some
_LEAD_PASSAGES = 3  # how far back the text that introduces a list is looked for
# The cosine, on the sentence model (multilingual USE), from which the kind asked ("prioritaire
# doelstellingen") and a label in another language ("The priority objectives of this NAP are")
# say the same. Measured on kinds asked in Dutch and French of labels of the English plans: the
# label of the list asked 0.30-0.63, labels of other lists and sentences 0.05-0.15 (a label of
# a kind close to it, "The priorities of the Flemish government are", 0.45).
KIND_MEANING = 0.35


@dataclass
class _Found:
    label: str
    items: list[tuple[StoredChunk, int, int, str]]  # chunk, document span, item text
    score: float
    lead: str = ""  # text before the first item that _lead_stems does not read (the same paragraph)
    meant: bool = False  # its label names the kind asked in another language, by meaning (`_means_kind`)


class ListComposer(Composer):
    """`meaning`, when given, reads a label written in another language than the question
    by what it means: "The priority objectives of this NAP are:" for "welke prioritaire
    doelstellingen …?", where no word is written alike (see `_means_kind`)."""

    name = "list"

    def __init__(self, min_label_share: float = 0.6, min_weight_share: float = 0.25, docs: int = 3,
                 meaning: Embedder | None = None, kind_floor: float = KIND_MEANING):
        self.min_label_share = min_label_share
        self.min_weight_share = min_weight_share
        self.docs = docs
        self.meaning = meaning
        self.kind_floor = kind_floor
        self._labels: dict[str, list[tuple[str, int, list[tuple[int, int]], str]]] = {}  # by passage id
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        if question.expects not in ("list", "names", "number"):
            return None
        if question.expects == "number" and not question.counted:
            return None
        naming = list(question.terms)  # the words that may name the list's label
        if question.stance:  # "which eight opportunities ...": the assessment's word may name the label
            # (any word for that assessment names a label of it: "zwakke punten" asked, "Zwakten" written)
            naming += query_terms(" ".join(stance_words(question.stance, question.lang)), question.lang)
        stems = {s for t in naming for s in t.stems}
        weight = {s: snapshot.term_stats.idf(s) for s in stems if snapshot.term_stats.df_of(s)}
        asked = sum(_weight(t, question.lang, weight) for t in question.terms) or 1.0
        wanted = _stated_count(question)
        kinds = _asked_kind(question)
        nouns = {s for word in kinds for s in word}  # (`_asked_nouns`)
        found: list[_Found] = []
        retrieved = {h.chunk.id for h in hits}
        # the kind asked, as the question writes it, read by meaning in the plans the question names
        # (a label read by meaning only in a plan the question names: a weaker sign than its words)
        named = named_documents(question, snapshot)
        across = (" ".join(_kind_words(question)), question.lang, frozenset(named))
        for chunk in [h.chunk for h in hits if h.chunk.kind == "passage"]:  # the stance search appends its own
            found += self._labelled(chunk, stems, snapshot, nouns, kind=kinds, across=across)
            found += _counted(chunk, snapshot, nouns)
        for doc_id in list(dict.fromkeys(h.chunk.doc_id for h in hits))[: self.docs]:
            outline = sections(snapshot, doc_id)
            found += self._headed(outline, stems, retrieved, snapshot.naming_words.get(doc_id, set()),
                                  snapshot.naming_in(doc_id, *question.naming()), nouns,
                                  counted=(wanted, question.lang) if wanted is not None else None)
            found += _numbered(outline, stems)
            found += _numbered_lines(outline, stems)
            found += _enumerated(outline, question, retrieved)
            # a label line the question names, in a passage the search did not rank high
            # (its words are the label's, the rest of the passage is items)
            for chunk in (c for section in outline for c in section.chunks if c.id not in retrieved):
                found += self._labelled(chunk, stems, snapshot, nouns, bonus=0.0, kind=kinds, across=across)
        found = [_outer(f) for f in found]
        # the label must carry a fair part of what the question asks ("Action Plan" shares
        # only common words with a question about a plan's objectives); the words that name
        # the plan itself ("... of the bike-sharing study") choose the plan, and the words of
        # the text that leads up to the list ("The council is composed of ...") place it in the
        # plan, and a statement the question opens with ("The plan rests on a few values. Which
        # are they?") sets the scene: none of them is asked of the label
        setting = _setting_stems(question)

        def carried(f: _Found) -> bool:
            plan = snapshot.title_stems(f.items[0][0].doc_id, file_name=False)
            title = plan | setting
            # (the words a label shares with the plan's title name the plan, not the list: a
            # question that names the plan is not asking for the plan's contents)
            # (but for the kind asked: the "vijf kansen" of a plan titled "Vijf kansen")
            label = _found_stems(f) - (plan - nouns)
            # each question word the label holds, once (not once per stem: a word's rare stem in
            # another language would count as much as a word of its own)
            held = sum(_weight(t, question.lang, weight) for t in naming if set(t.stems) & label)

            def enough(located: set[str]) -> bool:
                asked_here = sum(_weight(t, question.lang, weight) for t in question.terms
                                 if not (set(t.stems) & located) or set(t.stems) & label) or asked
                return held >= self.min_weight_share * asked_here

            return enough(title) or enough(title | _lead_stems(snapshot, f) | _label_stems(f.lead, question.lang)
                                           | _label_stems(f.lead)) or _quotes_label(question, f)

        kind = nouns - _NUMBER_STEMS

        def counted_kind(f: _Found) -> bool:
            """"Which eight opportunities does the province describe in its study?": a label
            that names the kind asked, over as many items as the question counts, is the list
            asked for, whatever else the question says of who wrote it where."""
            if wanted is None:
                return False
            lang = f.items[0][0].lang
            # (in another language than the question's, the kind is written in other words: a
            # label that states the count asked, over as many items, is the list: "Acht kansen")
            return bool(kind & _label_stems(f.label, lang)) or (
                lang != question.lang and _label_count(f.label, lang) == wanted == len(f.items))

        found = [f for f in found if len(f.items) >= 2 and (wanted is None or len(f.items) == wanted)
                 and _label_count(f.label, question.lang) in (None, len(f.items))
                 and (carried(f) or counted_kind(f) or f.meant)]
        if question.stance:  # an assessment ("its weaknesses") is said in sentences, unless a label names it
            # (in the question's words, or the list's language's: "kansen" for "opportunities")
            def cues(lang: str) -> set[str]:
                return set(tokenize(" ".join(stance_words(question.stance, lang)), lang))
            found = [f for f in found if _found_stems(f) & (cues(question.lang) | cues(f.items[0][0].lang))]
        if question.expects == "number":  # the counted noun names the list: its label, heading or lead
            found = [f for f in found if set(question.counted) & _naming_stems(snapshot, f)]
        if named:  # "the NAP annexes": a list of another plan is not an answer
            found = [f for f in found if f.items[0][0].doc_id in named]
        if not found:
            return None
        if kind_asked(question):  # "which values …?": a list labelled with the kind asked, if any is
            kinds = [f for f in found if nouns & _label_stems(f.label, f.items[0][0].lang)]
            found = kinds or found
            # (an assessment asked, "zwakke punten", names its label in other words: "Zwakten")
            if not kinds and not question.stance \
                    and not any(kind & _naming_stems(snapshot, f) for f in found) \
                    and all(f.items[0][0].lang == question.lang for f in found):
                # "quelles instances comprendra le dispositif ?": a list that nothing around it
                # says is of that kind (the indicators under the heading the question echoes) is
                # not the one asked; in the question's own language it would say so
                return None
        best = max(found, key=lambda f: f.score + (0.2 if len(f.items) in _counts_in(f.label, question.lang) else 0.0))
        if wanted is None and question.expects != "number":
            best = _items_asked(question, best, weight, snapshot)
            if best is None:
                return None  # the list the question names is not about what it asks: the passages say
            if len(best.items) == 1 and _label_stems(best.items[0][3], best.items[0][0].lang) <= nouns:
                return None  # the one item is the kind asked ("Towns", a section): its text lists them
        return self._answer(question, best, snapshot)

    # -- where items come from ------------------------------------------------------------
    def _labelled(self, chunk: StoredChunk, stems: set[str], snapshot: Snapshot, nouns: set[str],
                  bonus: float = 0.1, kind: list[frozenset[str]] = (),
                  across: tuple[str, str, frozenset[str]] = ("", "", frozenset())) -> list[_Found]:
        """A label line ("Observers:") the question names, and the list items after it (the
        run may go on in the next passage of the document). A label that is a sentence
        ("… is guided by four core principles:") need only name the kind of thing asked, when
        it counts the items that follow, or, counting none, writes the whole of a kind of two
        words or more (`kind`)."""
        out = []
        naming = snapshot.naming_words.get(chunk.doc_id, set())
        for label, end, items, sentence in self._labels_of(chunk):
            whole = _names_whole_kind(sentence, chunk.lang, kind)
            if whole and not _names_whole_kind(label, chunk.lang, kind):
                label = _main_clause(sentence)  # (its line is the sentence's end: "… are the following")
            share = _named_share(label, stems, chunk.lang)
            counted = share < self.min_label_share and bool(nouns & _label_stems(label, chunk.lang))
            meant = share < self.min_label_share and not counted and self._means_kind(across, label, chunk)
            if share < self.min_label_share and not counted and not meant or _label_stems(label) <= naming:
                continue  # a label line of only the plan's name ends a sentence wrapped over lines
            after = [(a, b) for a, b in items if a >= chunk.start + end]
            run = [(chunk, a, b) for a, b in _contiguous(chunk, chunk.start + end, after)]
            if run and run[-1][2] >= chunk.start + len(_ITEM_END.sub("", chunk.text)):
                run += _continued(snapshot, chunk, _marker(chunk, run[0][1]))
            # "… consists of four parts:" over paragraphs numbered 1, 2, 3, 4 (a numbered line
            # with the rest of its paragraph under it is one item)
            paragraphs = _numbered_paragraphs(snapshot, chunk, chunk.start + end)
            if len(paragraphs) > len(run):
                run = paragraphs
            found = [(c, a, b, _item_text(c, a, b)) for c, a, b in run]
            if not run and end >= len(chunk.text.rstrip()):  # the label ends its passage: a table may follow
                found = _table_after(snapshot, chunk, stems)
            # (the items marked as the first one is: not their sub-items, nor a numbered paragraph after them)
            stated = _label_count(label, chunk.lang)
            if counted and stated != len(_outer(_Found(label, found, 0.0)).items) and not (stated is None and whole):
                continue
            out.append(_Found(label, found, max(share, _SENTENCE_LIST) + bonus, meant=meant))
        return out

    def _means_kind(self, across: tuple[str, str, frozenset[str]], label: str, chunk: StoredChunk) -> bool:
        """Does a label written in another language than the question, in a plan it names,
        name the kind asked by meaning (`KIND_MEANING`)? Words written alike are read by
        `_named_share`."""
        kind, asked_in, named = across
        if self.meaning is None or not kind or chunk.lang == asked_in or chunk.doc_id not in named:
            return False
        # (every model gives unit vectors; the query's are remembered by the model)
        asked = np.asarray(self.meaning.embed_query(kind), dtype=np.float32)
        return float(self._label_vector(label) @ asked) >= self.kind_floor

    def _label_vector(self, label: str) -> np.ndarray:
        """A label's vector, remembered: a plan's labels come back for each list question."""
        with self._lock:
            known = self._vectors.get(label)
        if known is None:
            known = np.asarray(self.meaning.embed_documents([label])[0], dtype=np.float32)
            with self._lock:
                if len(self._vectors) > 50_000:
                    self._vectors.clear()
                self._vectors[label] = known
        return known

    def _labels_of(self, chunk: StoredChunk) -> list[tuple[str, int, list[tuple[int, int]], str]]:
        """A passage's label lines (label, where the line ends), its list items, and each
        label's sentence whole (over the lines above it), read once per passage: a question
        about a list reads every passage of the plans it draws on."""
        known = self._labels.get(chunk.id)
        if known is None:
            items = list_items(chunk)
            starts = {a - chunk.start for a, _ in items}
            known = [(_last_sentence(m.group(0).strip().rstrip(":")), m.end(), items,
                      _last_sentence(_wrapped_label(chunk.text, m, starts)))
                     for m in _label_lines(chunk.text, starts)]
            if len(self._labels) > 200_000:
                self._labels.clear()
            self._labels[chunk.id] = known
        return known

    def _headed(self, outline: list[Section], stems: set[str], retrieved: set[str], naming: set[str],
                named_by: set[str] = frozenset(), nouns: set[str] = frozenset(),
                counted: tuple[int, str] | None = None) -> list[_Found]:
        """A heading the question names, and the sub-headings or list items under it; not a
        heading of only the words that name the plan (its title over its sections). With
        `counted` (the count the question states, and its language), a heading in another
        language that states that count ("Acht kansen" for "the eight opportunities")."""
        out = []
        prefixes = dict.fromkeys(s.path[: i + 1] for s in outline for i in range(len(s.path)))  # in reading order
        for path in prefixes:
            lang = next((s.first.lang for s in outline if s.path[: len(path)] == path), "en")
            # (the words by which the question names the plan name it, not a heading without the
            # kind of thing asked: "the themes of the Harbour Data Partnership plan" are not its
            # "Harbour Data Partnership Challenges"; the "vier havens" of "Vier havens" are its four)
            kind = _label_stems(path[-1], lang) & nouns
            share = _named_share(path[-1], stems, lang, ignore=frozenset() if kind or not nouns else named_by)
            if counted is not None and lang != counted[1] and _label_count(path[-1], lang) == counted[0]:
                share = max(share, _SENTENCE_LIST)  # (its words are not the question's: its count is)
            if share < self.min_label_share or _label_stems(path[-1]) <= naming:
                continue
            under = [s for s in outline if s.path[: len(path)] == path]
            bonus = 0.1 if any(c.id in retrieved for s in under for c in s.chunks) else 0.0
            subs = children(outline, path)
            # "Objective 1 …", not "Introduction", nor a heading that repeats the label ("3.1 The objectives")
            label = _own_stems(path[-1], lang)
            kind = [s for s in subs if _head_word(s.heading, lang) & stems and not _own_stems(s.heading, lang) <= label]
            if 2 <= len(kind) < len(subs):
                subs = kind
            subs = _numbered_run(subs)
            if len(subs) >= 2:
                items = []
                for s in subs:
                    a, b = first_sentence(s.first)
                    items.append((s.first, a, b, s.heading))
                out.append(_Found(path[-1], items, share + bonus))
                continue
            items = [(c, a, b, _item_text(c, a, b)) for s in under for c in s.chunks for a, b in list_items(c)]
            if items:
                out.append(_Found(path[-1], items, share + bonus - 0.05))
        return out

    # -- the answer -------------------------------------------------------------------
    def _answer(self, q: Question, found: _Found, snapshot: Snapshot) -> Answer:
        head = strip_markup(found.label).strip(" :")
        if q.expects == "number":
            intro = say("count", q.lang, count=len(found.items), noun=head.lower())
        else:
            intro = say("list_intro", q.lang, heading=head, count=len(found.items))
        groups: list[list[tuple[StoredChunk, int, int, str]]] = []
        for item in found.items:
            if groups and groups[-1][-1][0] is item[0]:
                groups[-1].append(item)
            else:
                groups.append([item])
        room = MAX_CHARS - len(intro) - 6 * len(found.items)
        full = sum(len(text) + 2 for *_, text in found.items)
        budget = full if full <= room else _item_budget([len(text) + 2 for *_, text in found.items], room)
        texts = [text for *_, text in found.items]
        labels = (item_labels(texts) or item_names(q, texts)) if full > SHORT_CHARS else None
        # a long list of "label – what it means", or of "The Port Board decides …" when boards are asked for
        shown = dict(zip((id(item) for item in found.items), labels or ()))
        citations: list[Citation] = []
        parts: list[str] = []
        for group in groups:
            chunk = group[0][0]
            source = _cell(chunk, group[0][1], group[-1][2])
            citations.append(cite(snapshot, chunk, group[0][1], group[-1][2], len(citations) + 1,
                                  text=source.text if source else None, offset=source.start if source else None))
            parts.append("; ".join(shown.get(id(item)) or _shorten(item[3], budget) for item in group)
                         + f" [{len(citations)}]")
        return Answer(answer=f"{intro} " + "; ".join(parts) + ".", citations=citations,
                      confidence=min(1.0, found.score))


_NUMBERED = re.compile(r"^\s*([^\W\d_]{3,})\s+(\d{1,2})\b")


def _numbered(outline: list[Section], stems: set[str]) -> list[_Found]:
    """Headings numbered with one word the question names ("Condition 1. ...", "Condition 2.
    ..." for "which two conditions?"): the series is the list, each heading an item."""
    series: dict[str, list[Section]] = {}
    for s in outline:
        m = _NUMBERED.match(s.heading)
        if m and (set(tokenize(m.group(1), s.first.lang)) | set(tokenize(m.group(1)))) & stems:
            if not any(x.heading == s.heading for x in series.get(m.group(1).lower(), [])):
                series.setdefault(m.group(1).lower(), []).append(s)
    out = []
    for word, run in series.items():
        if len(run) >= 2:
            items = []
            for s in run:
                a, b = first_sentence(s.first)
                items.append((s.first, a, b, s.heading))
            label = _NUMBERED.match(run[0].heading).group(1)
            out.append(_Found(label, items, 1.0))
    return out


_SENTENCE_LIST = 0.6  # a list written as sentences: it ranks below a label the question names in full
_COUNTED_GAP = 600  # characters of other text that may stand between a sentence that counts items and the items


def _counted(chunk: StoredChunk, snapshot: Snapshot, nouns: set[str]) -> list[_Found]:
    """A sentence inside a passage that counts the kind of thing asked ("… relate to a set of
    five challenges as listed below."), then, past a little more text, that many items
    numbered 1, 2, 3 … or bulleted, on into the next passages: the count the sentence states
    is what makes the items its own."""
    out = []
    for a, b in split_sentences(chunk.text):
        sentence = chunk.text[a:b]
        count = _label_count(sentence, chunk.lang)
        if count is None or not nouns & (_label_stems(sentence, chunk.lang) | _label_stems(sentence)):
            continue
        run = _items_after(snapshot, chunk, chunk.start + b)
        if len(run) == count:
            label = " ".join(sentence.split()).rstrip(".")
            out.append(_Found(label, [(c, x, y, _item_text(c, x, y)) for c, x, y in run], _SENTENCE_LIST))
    return out


def _under(snapshot: Snapshot, chunk: StoredChunk) -> Iterator[StoredChunk]:
    """`chunk`, then the document's passages after it in its section and the sections under
    it (a list may stand under a heading of its own: "Harbour themes" under the sentence that
    counts them)."""
    yield chunk
    ids = snapshot.doc_chunks.get(chunk.doc_id, ())
    after = sorted((snapshot.chunks[i] for i in ids if snapshot.chunks[i].kind == "passage"
                    and snapshot.chunks[i].start >= chunk.end), key=lambda c: c.start)
    inside = chunk.section or ""
    for c in after:
        if c.section != inside and not (c.section or "").startswith(f"{inside} > "):
            return
        yield c


def _items_after(snapshot: Snapshot, chunk: StoredChunk, start: int) -> list[tuple[StoredChunk, int, int]]:
    """The first list after document offset `start`, within `_COUNTED_GAP` characters: its
    items numbered 1, 2, 3 … (each with the lines under its number), or its bulleted items."""
    for c in _under(snapshot, chunk):
        if c.start - start > _COUNTED_GAP:
            return []
        for m in _TEXT_LINE.finditer(c.text, max(0, start - c.start)):
            if c.start + m.start() - start > _COUNTED_GAP:
                return []
            number = _NUMBER_OPENING.match(m.group(0))
            if number is not None and int(number.group(1)) == 1:
                return _numbered_paragraphs(snapshot, c, c.start + m.start())
            if BULLET.match(m.group(0)):
                items = [(x, y) for x, y in list_items(c) if x >= c.start + m.start()]
                run = [(c, x, y) for x, y in _contiguous(c, c.start + m.start(), items)]
                if run and run[-1][2] >= c.start + len(c.text.rstrip()):
                    run += _continued(snapshot, c)
                return run
    return []


def _enumerated(outline: list[Section], q: Question, retrieved: set[str]) -> list[_Found]:
    """Items opened by their places ("First, … Second, …") after a sentence that names the
    kind of thing asked ("… three main strengths of …" for "what strengths …?")."""
    nouns = _asked_nouns(q)
    out = []
    for section in outline if nouns else ():
        for e in enumerations(section):
            if not nouns & (_label_stems(e.label, e.items[0][0].lang) | _label_stems(e.label)):
                continue
            bonus = 0.1 if any(c.id in retrieved for c, *_ in e.items) else 0.0
            chunk, start = e.items[0][0], e.items[0][1]
            before = chunk.text[: start - chunk.start]
            out.append(_Found(e.label.strip().rstrip(".:").strip(), e.items, _SENTENCE_LIST + bonus,
                              lead=before[before.rfind("\n") + 1 :]))
    return out


def _setting_stems(q: Question) -> set[str]:
    """The stems of the words that only the question's setting writes: the statements or the
    clause before what it asks."""
    asked = main_clause(q.text, q.lang)
    if asked == q.text:
        return set()
    own = {t.word for t in query_terms(asked, q.lang)}
    return {s for t in query_terms(q.text[: q.text.rfind(asked)], q.lang) if t.word not in own for s in t.stems}


def _asked_nouns(q: Question) -> set[str]:
    """The stems of the kind of thing a list question asks for: the words after its question
    word ("what factors …"), else its first two words past a number ("welke vier soorten
    havens"; an assessment's words too: "wat zijn de sterke punten")."""
    return {s for word in _asked_kind(q) for s in word}


def _asked_kind(q: Question) -> list[frozenset[str]]:
    """The words of the kind asked (`_asked_nouns`), each as its stems."""
    return [frozenset({*tokenize(w, q.lang), *tokenize(w)}) for w in _kind_words(q)]


def _kind_words(q: Question) -> list[str]:
    """The words of the kind asked, as the question writes them: those after its question
    word, else its first two words past a number."""
    return kind_asked(q) or [t.word for t in query_terms(q.text, q.lang)
                             if not t.word.isdigit() and t.word not in _NUMBER_STEMS][:2]


def _names_whole_kind(label: str, lang: str, kind: list[frozenset[str]]) -> bool:
    """A label that writes every word of a kind of two words or more ("the structural
    programmes of the plan are the following"): it says what its items are."""
    stems = _label_stems(label, lang)
    return len(kind) >= 2 and all(word & stems for word in kind)


_NUMBERED_LINE = re.compile(r"^[ \t]*([^\W\d_]{3,})[ \t]+(\d{1,2})[ \t]*[:.]?[ \t]*$", re.M)
_NEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _numbered_lines(outline: list[Section], stems: set[str]) -> list[_Found]:
    """Lines numbered with one word the question names, each over the text it labels
    ("Criterion 1" over "Contribution to the strategy", "Criterion 2" over ...): the
    series, in reading order across the passages of a section, is the list; each item is
    the line under its label, without a closing aside in brackets."""
    out = []
    for section in outline:
        series: dict[str, list[tuple[StoredChunk, int, int, int]]] = {}
        for c in section.chunks:
            for m in _NUMBERED_LINE.finditer(c.text):
                word = m.group(1)
                if not (set(tokenize(word, c.lang)) | set(tokenize(word))) & stems:
                    continue
                line = _NEXT_LINE.search(c.text, m.end())
                if line is None or _NUMBERED_LINE.fullmatch(line.group(0)):
                    continue
                a, b = trim_span(c.text, line.start(), line.end())
                series.setdefault(word.lower(), []).append((c, c.start + a, c.start + b, int(m.group(2))))
        for word, run in series.items():
            numbers = [n for *_, n in run]
            if len(run) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(run))):
                items = [(c, a, b, re.sub(r"\s*\([^)]*\)\s*$", "", _item_text_of(c.text[a - c.start:b - c.start])))
                         for c, a, b, _ in run]
                out.append(_Found(word.capitalize(), items, 1.0))
    return out


_SHORT_LINE = re.compile(r"^[^\n]{2,80}$", re.M)


def _label_lines(text: str, item_starts: set[int]) -> list[re.Match]:
    """Lines that label the items after them: one ending with a colon ("Observers:"), or a
    short line without a full stop right above an item ("Threats (weaknesses)" over "! ...")."""
    out = list(_LABEL_LINE.finditer(text))
    taken = {m.start() for m in out}
    for m in _SHORT_LINE.finditer(text):
        line = m.group(0).strip()
        nxt = m.end() + 1
        if m.start() in taken or m.start() in item_starts or line.endswith((".", ";", ",")) or len(line.split()) > 8:
            continue
        if nxt in item_starts:
            out.append(m)
    return sorted(out, key=lambda m: m.start())


def _item_budget(lengths: list[int], room: int) -> int:
    """The longest an item may be for the items to fit `room` characters together: the short
    ones whole, the long ones cut to the same length (not every item cut alike)."""
    for cap in sorted(set(lengths), reverse=True):
        within = sum(min(n, cap) for n in lengths)
        if within <= room:
            longer = sum(1 for n in lengths if n > cap)
            return max(_MIN_ITEM, cap + (room - within) // longer if longer else cap)
    return max(_MIN_ITEM, room // len(lengths))


_MIN_ITEM = 40  # characters of an item kept at least, whatever the list's length


def _shorten(text: str, budget: int) -> str:
    """An item within `budget` characters: its beginning and, when it ends with one, the
    reference that identifies it (plans often put it at its end: "... (objective 21)");
    else its beginning alone, which names it ("Setting up a green belt against …")."""
    if len(text) <= budget:
        return text
    bracket = _BRACKETED_REFERENCE.search(text)
    if bracket and len(bracket.group(0)) <= budget * 0.4:
        # (the reference alone, and as much of the item's beginning as the rest allows)
        head = text[: budget - len(bracket.group(0)) - 3].rsplit(" ", 1)[0].rstrip(" ,;:")
        return f"{head} … {bracket.group(0).strip()}"
    tail = text[-int(budget * 0.4):].split(" ", 1)[-1]
    if _REFERENCE_END.search(tail):
        head = text[: int(budget * 0.6)].rsplit(" ", 1)[0]
        return f"{head} … {tail}"
    return text[:budget].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


_REFERENCE_END = re.compile(r"\([^()]*\d[^()]*\)\W*$|\d\W*$")  # "(objective 21)", "… line 4.2"
_BRACKETED_REFERENCE = re.compile(r"\s\([^()]*\d[^()]*\)\W*$")  # "… (objective 21)"


_NUMBER_OPENING = re.compile(r"^\s*(\d{1,2})[.)]?\s")


def _numbered_run(subs: list[Section]) -> list[Section]:
    """Sub-headings numbered 1, 2, 3 … among unnumbered ones ("Main message" after "8. …"):
    the numbered run is the list."""
    numbers = [m and int(m.group(1)) for m in (_NUMBER_OPENING.match(s.heading) for s in subs)]
    run = [s for s, n in zip(subs, numbers) if n]
    if 2 <= len(run) < len(subs) and [n for n in numbers if n] == list(range(1, len(run) + 1)):
        return run
    return subs


def _head_word(heading: str, lang: str) -> set[str]:
    """The stems of a heading's first word past its number ("Axis 2: Inform …" -> "axi"), in
    its language and in English: what kind of item the heading is."""
    words = tokenize(_unnumbered(heading), lang)
    return {words[0], *tokenize(words[0])} if words else set()


def _own_stems(heading: str, lang: str) -> set[str]:
    return set(tokenize(_unnumbered(heading), lang))


def _named_share(label: str, stems: set[str], lang: str, ignore: set[str] = frozenset()) -> float:
    """How much of a label's words the question uses (a label the question names scores 1);
    an aside in brackets ("Threats (risks)", a translation or an abbreviation) is not counted,
    nor are the words of `ignore`."""
    words = _label_words(re.sub(r"\([^)]*\)", " ", label), lang) or _label_words(label, lang)
    words = [w for w in words if not set(w.stems) & ignore]
    if not words:
        return 0.0
    return sum(1 for w in words if w.matches(stems)) / len(words)


def _label_words(label: str, lang: str) -> list[QueryTerm]:
    """The content words of a label, each once with its stems in every language (a word
    counts once, however many languages stem it apart); numbers are not topic words
    ("three bodies sit on it")."""
    return [t for t in query_terms(_unnumbered(label), lang)
            if not t.word.isdigit() and not t.stems & _NUMBER_STEMS and t.word not in _NUMBER_STEMS]


def _quotes_label(q: Question, f: _Found) -> bool:
    """The question quotes the label in the plan's words ("the chapter 'Port works'"): it
    names the list, whatever else it says, in whatever language."""
    lang = f.items[0][0].lang
    own = _own_stems(f.label, lang)
    return bool(own) and any(set(tokenize(name, lang)) == own for name in quoted_names(q.text))


def _label_stems(label: str, lang: str = "en") -> set[str]:
    text = _unnumbered(label)
    return set(tokenize(text, lang)) | set(tokenize(text))


_LONG_LABEL = 100  # characters: a label sentence longer than this is shown by its last clause


def _main_clause(label: str) -> str:
    """A long label sentence by its last clause, after the clauses that set its scene
    ("Drawing on the existing frameworks, …, the plan's programmes are the following")."""
    if len(label) <= _LONG_LABEL:
        return label
    last = label.rsplit(", ", 1)[-1]
    return last[0].upper() + last[1:] if len(last.split()) >= 3 else label


def _wrapped_label(text: str, line: re.Match, item_starts: set[int]) -> str:
    """A label line and the lines of its paragraph above it, joined: a sentence wrapped over
    lines ("… the structural programmes of the plan\nare the following:") is one label."""
    start = line.start()
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        prior = text[above : start - 1]
        if not prior.strip() or above in item_starts or prior.rstrip().endswith((".", ":", ";", "!", "?")):
            break
        start = above
    return " ".join(text[start : line.end()].split()).rstrip(":").strip()


def _last_sentence(text: str) -> str:
    """A label line of hard-wrapped text may begin with the end of the sentence before it."""
    spans = split_sentences(text)
    return text[spans[-1][0] : spans[-1][1]] if spans else text


def _following(snapshot: Snapshot, chunk: StoredChunk) -> list[StoredChunk]:
    """The document's passages after `chunk` in its section, in reading order, up to the
    first of another section."""
    ids = snapshot.doc_chunks.get(chunk.doc_id, ())
    after = sorted((snapshot.chunks[i] for i in ids if snapshot.chunks[i].kind == "passage"
                    and snapshot.chunks[i].start >= chunk.end), key=lambda c: c.start)
    other = next((n for n, c in enumerate(after) if c.section != chunk.section), len(after))
    return after[:other]


def _continued(snapshot: Snapshot, chunk: StoredChunk, marker: str | None = None) -> list[tuple[StoredChunk, int, int]]:
    """The list items that open the document's next passage (a list cut by a chunk end); with
    the `marker` of the list's items, on through each passage that items of that mark fill
    to its end (a long list over several passages)."""
    out: list[tuple[StoredChunk, int, int]] = []
    for nxt in _following(snapshot, chunk):
        run = _contiguous(nxt, nxt.start, list_items(nxt))
        if marker is not None:
            run = list(itertools.takewhile(lambda item: _marker(nxt, item[0]) == marker, run))
        out += [(nxt, a, b) for a, b in run]
        if marker is None or not run or run[-1][1] < nxt.start + len(_ITEM_END.sub("", nxt.text)):
            break
    return out


_TEXT_LINE = re.compile(r"[^\n]*(?:\n|$)")


def _numbered_paragraphs(snapshot: Snapshot, chunk: StoredChunk, start: int) -> list[tuple[StoredChunk, int, int]]:
    """The items from `start` on that are numbered 1, 2, 3 … ("1 Knowledge of the language:
    …"), each with the lines under its number (its span past the number), on into the next
    passages of the section while the numbering goes on: a list whose items are paragraphs
    or wrapped lines. An item ends where the next number opens a line, or at a blank line
    that no next number follows. A bare number opens an item only here, where the run is
    checked, not in list_items."""
    run: list[tuple[StoredChunk, int, int]] = []
    for c in _onward(snapshot, chunk):
        blank = False
        for m in _TEXT_LINE.finditer(c.text, max(0, start - c.start)):
            line = m.group(0)
            if not line.strip():
                blank = True
                if m.end() >= len(c.text):
                    break
                continue
            number = _NUMBER_OPENING.match(line)
            if number is not None and int(number.group(1)) == len(run) + 1:
                a, b = trim_span(c.text, m.start() + number.end(), m.end())
                run.append((c, c.start + a, c.start + b))
            elif run and run[-1][0] is c and not blank:  # the item's text goes on ("2 maanden …" too)
                a, b = trim_span(c.text, m.start(), m.end())
                run[-1] = (c, run[-1][1], c.start + b)
            else:
                return run if len(run) >= 2 else []
            blank = False
    return run if len(run) >= 2 else []


def _onward(snapshot: Snapshot, chunk: StoredChunk) -> Iterator[StoredChunk]:
    """`chunk`, then the passages after it in its section (looked up only when reached)."""
    yield chunk
    yield from _following(snapshot, chunk)


def _table_after(snapshot: Snapshot, chunk: StoredChunk, stems: set[str]) -> list[tuple[StoredChunk, int, int, str]]:
    """The rows of the table right after a label that ends its passage ("… three bodies sit
    on it:" over a table): one item per row, its cell under the header the question names
    most (the row's first cell when it names none), quoted from the cell's verbatim text."""
    ids = snapshot.doc_chunks.get(chunk.doc_id, ())
    following = sorted((snapshot.chunks[i] for i in ids if snapshot.chunks[i].start >= chunk.end
                        and searched(snapshot.chunks[i])),
                       key=lambda c: (c.start, c.kind != "row"))
    rows: list[StoredChunk] = []
    for c in following:
        row = c.commitment if c.kind == "row" else None
        if row is None or (rows and [f.header for f in row.fields] != [f.header for f in rows[0].commitment.fields]):
            break
        if not rows or row.start > rows[-1].commitment.start:
            rows.append(c)
    if len(rows) < 2:
        return []
    headers = [f.header for f in rows[0].commitment.fields]
    named = [len(_label_stems(h, chunk.lang) & stems) for h in headers]
    column = headers[named.index(max(named))] if named and max(named) else None
    items = []
    for c in rows:
        row = c.commitment
        field = row.field_by_header(column) if column else None
        source = field.source if field is not None else row.sources.get("action")
        if source is None or not source.text.strip():
            continue
        items.append((c, source.start, source.end, _item_text_of(source.text)))
    return items


def _cell(chunk: StoredChunk, start: int, end: int) -> Source | None:
    """The verbatim cell a table row's item quotes (a row's text is its cells under their headers)."""
    row = chunk.commitment if chunk.kind == "row" else None
    if row is None:
        return None
    sources = [f.source for f in row.fields] + list(row.sources.values())
    return next((x for x in sources if x.start == start and x.end == end), None)


def _item_text_of(text: str) -> str:
    """A cell as a list item: on one line, without its number ("9. Education" -> "Education")."""
    return re.sub(r"^\(?\d{1,2}[.)]\s*", "", " ".join(strip_markup(text).split())).strip(" ;,.")


def _items_asked(q: Question, f: _Found, weight: dict[str, float], snapshot: Snapshot) -> _Found | None:
    """The items of a found list that write the most of the question's words that its label,
    its section's heading and text before it and the plan's title do not, and few passages write
    (`rare_word`): "which harbour towns …?" of a list of fishing measures, the one on the
    harbour towns; when some write more than others; else the list whole. None when one of those words is a name (capitalised in the
    question) and no item writes any of them: the list is not about what is asked."""
    chunk, start = f.items[0][0], f.items[0][1]
    # (the section of a sub-heading sets the scene of the lists under it: "Steps of the NAP
    # process" over "Preparatory phase" and "Implementation")
    setting = chunk.section.rsplit(" > ", 1)[0] if " > " in chunk.section else chunk.section
    before = [c for c in map(snapshot.chunks.get, snapshot.doc_chunks.get(chunk.doc_id, ()))
              if c is not None and c.kind == "passage" and c.end <= chunk.start
              and (c.section == setting or c.section.startswith(f"{setting} > "))]
    # (all the section says before the list, and its heading: what every item is about)
    text = " ".join([chunk.section or "", *(c.text for c in before), chunk.text[: max(0, start - chunk.start)]])
    around = (_found_stems(f) | _item_stems(text, chunk.lang) | _label_stems(f.lead, chunk.lang)
              | _lead_stems(snapshot, f) | snapshot.title_stems(chunk.doc_id)
              | snapshot.naming_words.get(chunk.doc_id, set()))  # (the words that name the plan)
    # (an adjective of a name of the plan names it too: "the Varlandian study" of "… in Varland")
    terms = [t for t in q.terms if not t.resembles(around)]
    rare = [t for t in terms if rare_word(t.word, q.lang, snapshot)]
    said = [sum(_weight(t, q.lang, weight) for t in rare if set(t.stems) & _item_stems(item[3], item[0].lang))
            for item in f.items]
    # (not a name of the plan the question names where to look: "In the Norland harbour plan, …")
    asking = {t.word for t in query_terms(without_source(q.text, q.lang), q.lang)}
    if max(said, default=0.0) <= 0 and any(_named(t.word, q.text) and t.word in asking for t in terms):
        return None  # a name the question writes is in no item: "which councils merge into the X Council?"
    kept = most_said(said)
    return f if kept is None else _Found(f.label, [f.items[i] for i in kept], f.score, f.lead)


def _named(word: str, question: str) -> bool:
    """Is the question's word written capitalised past its first word (a name, not a kind)?"""
    return any(m.start() > 0 and m.group(0)[:1].isupper()
               for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", question, re.I))


def _item_stems(text: str, lang: str) -> set[str]:
    return set(tokenize(text, lang)) | set(tokenize(text))


def _weight(term: QueryTerm, lang: str, weight: dict[str, float]) -> float:
    """How rare a question word is: its stem in the question's language, where the plans use
    it ("bodies" is "bodi", not the rarer French stem "bod" of another word)."""
    own = weight.get(stem(term.word, lang))
    return own if own is not None else max((weight.get(s, 0.0) for s in term.stems), default=0.0)


def _lead_stems(snapshot: Snapshot, f: _Found) -> set[str]:
    """The words of the text that leads up to a found list: back from its first item over
    list items and label lines ("Members:", "· ...") to the sentence that introduces them,
    in the passage or in the document's passages before it in the same section."""
    chunk, start = f.items[0][0], f.items[0][1]
    ids = snapshot.doc_chunks.get(chunk.doc_id, ())
    before = sorted((snapshot.chunks[i] for i in ids if snapshot.chunks[i].kind == "passage"
                     and snapshot.chunks[i].end <= chunk.start and snapshot.chunks[i].section == chunk.section),
                    key=lambda c: c.start)[-_LEAD_PASSAGES:]
    lines = [line for c in before for line in c.text.splitlines()]
    before_item = chunk.text[: max(0, start - chunk.start)]
    lines += before_item[: before_item.rfind("\n") + 1].splitlines()  # (not the item's own line: "1 Knowledge …")
    lead: list[str] = []
    in_prose = False
    for line in reversed([x.strip() for x in lines]):
        listing = not line or BULLET.match(line) or line.endswith(":")
        if in_prose and listing:
            break  # the introducing paragraph ends here
        in_prose = not listing
        lead.append(line)
    text = "\n".join(lead)
    return set(tokenize(text, chunk.lang)) | set(tokenize(text))


def _found_stems(f: _Found) -> set[str]:
    """A found list's label, in its passage's language and in English."""
    return _label_stems(f.label) | _label_stems(f.label, f.items[0][0].lang)


def _naming_stems(snapshot: Snapshot, f: _Found) -> set[str]:
    """The words that say what a found list is a list of: its label, its section's heading and
    the text that leads up to it; not its items ("how many programmes …?" is not answered by a
    list of policies because one item is a "Programme of …")."""
    chunk = f.items[0][0]
    said = f"{f.label}\n{chunk.section or ''}\n{f.lead}"
    return set(tokenize(said, chunk.lang)) | set(tokenize(said)) | _lead_stems(snapshot, f)


# what may close an item: the punctuation that separates a list's items ("… climatique ;")
_ITEM_END = re.compile(r"[\s;,.]*$")


def _contiguous(chunk: StoredChunk, start: int, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items that follow `start` with nothing but whitespace, or the punctuation that
    separates items, between them."""
    run: list[tuple[int, int]] = []
    pos = start
    for a, b in items:
        if not _ITEM_END.fullmatch(chunk.text[pos - chunk.start : a - chunk.start]):
            break
        run.append((a, b))
        pos = b
    return run


def _marker(chunk: StoredChunk, a: int) -> str:
    """The kind of mark an item's line opens with: "1." of "1.", "2." and "(3)", "a)" of
    letters, "•" of a bullet ("" when it has none)."""
    line = chunk.text[a - chunk.start : a - chunk.start + 8].lstrip()
    if m := re.match(r"\(?(\d{1,2}|[a-z]|[ivx]{1,4})([.)])", line):
        return ("1" if m.group(1).isdigit() else "i" if m.group(1)[0] in "ivx" and len(m.group(1)) > 1 else "a") + m.group(2)
    return line[:1] if line[:1] in BULLET_MARKS else ""


def _outer(f: _Found) -> _Found:
    """A list whose items are marked in more than one way nests: the items marked as its first
    one is ("1.", "2.") are the list, the others ("-", "•") are parts of them."""
    marks = [_marker(c, a) for c, a, _, _ in f.items]
    outer = [item for item, mark in zip(f.items, marks) if mark == marks[0]]
    if not marks or not marks[0] or len(outer) == len(f.items) or len(outer) < 2:
        return f
    return _Found(f.label, outer, f.score, f.lead, f.meant)


def _item_text(chunk: StoredChunk, a: int, b: int) -> str:
    """An item as the answer lists it: without its bullet, up to its label when it has one
    ("1. Agree on strategy: It is vital ..." -> "Agree on strategy")."""
    raw = chunk.text[a - chunk.start : b - chunk.start]
    raw = BULLET.sub(lambda m: m.group(0)[-1], raw, count=1) if BULLET.match(raw) else raw
    text = strip_markup(raw)
    text = re.sub(r"^\(?\d{1,2}[.)]\s*|^\(?[a-z][.)]\s*|^\([ivx]{1,4}\)\s*", "", text)
    head, sep, _ = text.partition(":")
    if sep and 3 <= len(head) <= 80:
        return " ".join(head.split()).strip(" ;,.")
    return _LAST_JOIN.sub("", text).strip(" ;,.")


# the "and" that joins the last item to the one before it ("… des écosystèmes; et")
_LAST_JOIN = re.compile(r"[;,]\s*(?:and|et|en|or|ou|of)\s*$", re.I)
