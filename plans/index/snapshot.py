"""An immutable view of the index that queries read: documents, chunks, BM25, registry.

A write derives a new snapshot from the current one (in proportion to the document
written) and swaps it in one assignment, so a query sees either the old or the new
state, never a half-ingested document.
"""

from __future__ import annotations

import bisect
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from plans.contents import is_contents_row
from plans.index.bm25 import LexicalIndex
from plans.index.lexical import NAME_PREFIX, alike, query_terms, stem, tokenize
from plans.language import primary
from plans.records import Commitment, DocumentInfo
from plans.text import initials
from plans.vocabulary import union
from plans.vocabulary.roles import fold
from plans.vocabulary.time import NUMBER_WORDS


# Kinds of chunk stored (to be quoted: a cover's lines, for "what is this document?") but
# never searched: a cover writes the plan's name, which every question naming it writes too.
UNSEARCHED = frozenset({"cover"})


def searched(chunk: "StoredChunk") -> bool:
    return chunk.kind not in UNSEARCHED


@dataclass(frozen=True)
class StoredChunk:
    id: str
    doc_id: str
    kind: str  # passage | row | about | cover (see `UNSEARCHED`)
    text: str  # verbatim text (passages), the rendered row (rows)
    search_text: str
    section: str
    page: int | None
    start: int
    end: int
    ref: str | None = None
    commitment: Commitment | None = None
    lang: str = "en"
    heading: str = ""  # the verbatim heading a passage opens its section under ("" for none)
    heading_start: int = -1  # its document offset

    @property
    def heading_span(self) -> tuple[int, int] | None:
        """The document span of the heading the passage opens its section under, when it
        has one and it stands before the passage's text."""
        if not self.heading or self.heading_start < 0 or self.heading_start + len(self.heading) >= self.start:
            return None
        return self.heading_start, self.heading_start + len(self.heading)

    def metadata(self, version: str) -> dict:
        """Flat metadata for Chroma (no None values, no lists)."""
        return {
            "doc_id": self.doc_id,
            "version": version,
            "kind": self.kind,
            "text": self.text,
            "section": self.section,
            "page": self.page if self.page is not None else -1,
            "start": self.start,
            "end": self.end,
            "ref": self.ref or "",
            "commitment": self.commitment.model_dump_json() if self.commitment else "",
            "lang": self.lang,
            "heading": self.heading,
            "heading_start": self.heading_start,
            "written": time.time(),
        }

    @classmethod
    def from_metadata(cls, chunk_id: str, search_text: str, meta: dict) -> "StoredChunk":
        page = meta.get("page", -1)
        raw = meta.get("commitment") or ""
        row = Commitment.model_validate_json(raw) if raw else None
        kind = meta.get("kind", "passage")
        if row is not None and is_contents_row(row):
            row, kind = None, "passage"  # a page of contents read as a table: its text, no row of facts
        return cls(
            id=chunk_id,
            doc_id=meta["doc_id"],
            kind=kind,
            text=meta.get("text", search_text),
            search_text=search_text,
            section=meta.get("section", ""),
            page=None if page in (-1, None) else int(page),
            start=int(meta.get("start", 0)),
            end=int(meta.get("end", 0)),
            ref=meta.get("ref") or None,
            commitment=row,
            lang=primary(meta.get("lang")) or meta.get("lang") or "en",
            heading=meta.get("heading") or "",
            heading_start=int(meta.get("heading_start", -1)),
        )


@dataclass(frozen=True)
class DocumentRecord:
    info: DocumentInfo
    page_starts: tuple[int, ...] = ()
    page_labels: tuple[str | None, ...] = ()  # the number printed on each page, when known

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def label_at(self, offset: int) -> str | None:
        """The printed label of the page holding `offset` ("iv", "12"), or None."""
        page = self.page_at(offset)
        return self.label_of(page) if page is not None else None

    def label_of(self, page: int | None) -> str | None:
        if page is None or not 1 <= page <= len(self.page_labels):
            return None
        return self.page_labels[page - 1]

    def metadata(self) -> dict:
        return {"info": self.info.model_dump_json(), "page_starts": json.dumps(list(self.page_starts)),
                "page_labels": json.dumps(list(self.page_labels))}

    @classmethod
    def from_metadata(cls, meta: dict) -> "DocumentRecord":
        return cls(DocumentInfo.model_validate_json(meta["info"]), tuple(json.loads(meta.get("page_starts") or "[]")),
                   tuple(json.loads(meta.get("page_labels") or "[]")))


@dataclass(frozen=True)
class Snapshot:
    """Documents, their chunks and the lexical index, as of one write.

    `with_document` and `without_document` return a new snapshot that shares everything
    the change did not touch, so a write costs in proportion to the document written.
    """

    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    chunks: dict[str, StoredChunk] = field(default_factory=dict)
    doc_chunks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lexical: LexicalIndex = field(default_factory=LexicalIndex)
    # per document: each title word (as a question's words are read) -> its form in the
    # document's language, and how many of the document's chunks hold that form
    doc_terms: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, documents: dict[str, DocumentRecord], chunks: Iterable[StoredChunk]) -> "Snapshot":
        """A snapshot of many documents at once (opening an index): one lexical segment."""
        by_doc: dict[str, list[StoredChunk]] = {}
        for c in chunks:
            if c.doc_id in documents:
                by_doc.setdefault(c.doc_id, []).append(c)
        entries, doc_terms = [], {}
        for doc_id, doc_chunks in by_doc.items():
            analysed = [(c.id, analyse(c)) for c in doc_chunks if searched(c)]
            entries.extend(analysed)
            doc_terms[doc_id] = _title_counts(documents[doc_id], analysed)
        return cls(
            documents=dict(documents),
            chunks={c.id: c for cs in by_doc.values() for c in cs},
            doc_chunks={d: tuple(c.id for c in cs) for d, cs in by_doc.items()},
            lexical=LexicalIndex().add(entries),
            doc_terms=doc_terms,
        )

    def with_document(self, record: DocumentRecord, chunks: Sequence[StoredChunk]) -> "Snapshot":
        """This snapshot with `record` and its chunks (replacing an earlier version)."""
        base = self.without_document(record.info.id) if record.info.id in self.documents else self
        analysed = [(c.id, analyse(c)) for c in chunks if searched(c)]
        all_chunks = dict(base.chunks)
        all_chunks.update((c.id, c) for c in chunks)
        return Snapshot(
            documents={**base.documents, record.info.id: record},
            chunks=all_chunks,
            doc_chunks={**base.doc_chunks, record.info.id: tuple(c.id for c in chunks)},
            lexical=base.lexical.add(analysed),
            doc_terms={**base.doc_terms, record.info.id: _title_counts(record, analysed)},
        )

    def without_document(self, doc_id: str) -> "Snapshot":
        if doc_id not in self.documents:
            return self
        gone = self.doc_chunks.get(doc_id, ())
        chunks = dict(self.chunks)
        for cid in gone:
            chunks.pop(cid, None)
        return Snapshot(
            documents={d: r for d, r in self.documents.items() if d != doc_id},
            chunks=chunks,
            doc_chunks={d: c for d, c in self.doc_chunks.items() if d != doc_id},
            lexical=self.lexical.remove(gone),
            doc_terms={d: t for d, t in self.doc_terms.items() if d != doc_id},
        )

    @cached_property
    def rows(self) -> list[Commitment]:
        """Every table row (each once, a row split over several chunks too), commitments or not."""
        seen: dict[tuple[str, int, int, str], Commitment] = {}
        for ids in self.doc_chunks.values():  # in document order
            for i in ids:
                row = self.chunks[i].commitment
                if row is None:
                    continue
                seen.setdefault((row.document, row.start, row.end, row.ref), row)
        return list(seen.values())

    @cached_property
    def commitments(self) -> list[Commitment]:
        """The rows of action tables and the numbered actions in prose (not other tables' rows)."""
        return [r for r in self.rows if r.kind != "table_cells"]

    @cached_property
    def section_openers(self) -> dict[str, str]:
        """The first passage of each section: its chunk id -> the section's own heading (the
        last part of its path)."""
        first: dict[tuple[str, str], StoredChunk] = {}
        for doc, ids in self.doc_chunks.items():
            for i in ids:
                c = self.chunks[i]
                if c.kind == "passage" and c.section:
                    key = (doc, c.section)
                    if key not in first or c.start < first[key].start:
                        first[key] = c
        return {c.id: section.rsplit(" > ", 1)[-1] for (_, section), c in first.items()}

    @property
    def term_stats(self) -> LexicalIndex:
        """Document frequencies and IDF weights of stems over every chunk."""
        return self.lexical

    @cached_property
    def naming_words(self) -> dict[str, set[str]]:
        """For each document, the words of its title or file name that mostly occur in it:
        a question using one of them names that document ("the adaptation plan"). A number
        word names none alone ("vier havens" is not the plan "Vier kansen"; "vier kansen",
        two title words in a row, is: see `naming_pairs`). A document whose title and file name
        name nothing of their own is named by the proper name it writes all through (`_body_name`)."""
        out = {
            doc_id: {w for w, (local, n) in counts.items()
                     if n and n >= 0.7 * self.lexical.df_of(local) and w not in _NUMBER_STEMS}
            for doc_id, counts in self.doc_terms.items()
        }
        for doc_id, words_ in out.items():
            if not words_:
                words_.update(self._body_name(doc_id))
        return out

    def _body_name(self, doc_id: str) -> set[str]:
        """The proper name a document is about though its title does not write it ("Norland"
        all through a programme titled "National Programme for Coastal Resilience"): a word
        capitalised inside its sentences and hardly ever in lower case, in at least a quarter
        of its passages, whose passages are (nearly) all the document's own; the one in most
        passages. None for a document of few passages."""
        passages = [self.chunks[i] for i in self.doc_chunks.get(doc_id, ()) if self.chunks[i].kind in ("passage", "about")]
        if len(passages) < _BODY_NAME_PASSAGES:
            return set()
        inside: dict[str, int] = {}
        for c in passages:
            for w in set(_INSIDE_CAPITAL.findall(c.text)):
                inside[w] = inside.get(w, 0) + 1
        text = "\n".join(c.text for c in passages)
        ranked = sorted(((n, w) for w, n in inside.items() if n * _BODY_NAME_SHARE >= len(passages)), reverse=True)
        for n, w in ranked:
            if len(re.findall(rf"\b{re.escape(w.lower())}\b", text)) * 5 > n:
                continue  # a common word capitalised in titles and headings ("Commitment")
            stems = tokenize(w, passages[0].lang)
            holding = self.lexical.chunks_with(stems[0]) if stems else ()
            own = sum(1 for h in holding if h in self.chunks and self.chunks[h].doc_id == doc_id)
            if stems and own >= 0.8 * len(holding):
                return {stems[0]}
        return set()

    @cached_property
    def naming_pairs(self) -> dict[str, set[tuple[str, str]]]:
        """For each document, the pairs of words that follow each other in its title or file
        name and whose passages together are mostly its own, though neither word's alone are
        ("coastal" and "safety" of "Harbour and Coastal Safety"): a question writing the two in
        a row names that document."""
        out: dict[str, set[tuple[str, str]]] = {}
        for doc_id, record in self.documents.items():
            naming = self.naming_words.get(doc_id, set())
            lang = record.info.language or "en"
            pairs = set()
            for text in (record.info.title, _file_words(doc_id)):
                stems = _title_stems(text, lang)
                for (a, la), (b, lb) in zip(stems, stems[1:]):
                    if a == b or a in naming or b in naming:
                        continue
                    holding = set(self.lexical.chunks_with(la)).intersection(self.lexical.chunks_with(lb))
                    own = sum(1 for c in holding if c in self.chunks and self.chunks[c].doc_id == doc_id)
                    if own >= 2 and own >= 0.7 * len(holding):
                        pairs.add((a, b))
            out[doc_id] = pairs
        return out

    @cached_property
    def naming_runs(self) -> dict[str, set[tuple[str, ...]]]:
        """For each document, the runs of `TITLE_RUN` words in a row of its title that no other
        title writes ("Open Harbour Strategy" of one report among plans that all write
        "open", "harbour" and "strategy"): a question writing them in a row names it."""
        runs: dict[str, set[tuple[str, ...]]] = {}
        for doc_id, record in self.documents.items():
            stems = [a for a, _ in _title_stems(record.info.title or "", record.info.language or "en")]
            runs[doc_id] = _runs(stems)
        return {d: {r for r in own if not any(r in other for o, other in runs.items() if o != d)}
                for d, own in runs.items()}

    @cached_property
    def file_name_pairs(self) -> dict[str, set[tuple[str, str]]]:
        """For each document, the pairs of words in a row of its file name that no other
        document's title or file name writes in a row ("joined forces" of
        "joined-forces-recommendations.md"): a question writing them in a row with capitals
        ("the Joined Forces paper") names it."""
        def pairs(text: str) -> set[tuple[str, str]]:
            stems = [a for a, _ in _title_stems(text, "en")]
            return {(a, b) for a, b in zip(stems, stems[1:]) if a != b and not a.isdigit() and not b.isdigit()}
        own = {d: pairs(_file_words(d)) for d in self.documents}
        written = {d: own[d] | pairs(rec.info.title or "") for d, rec in self.documents.items()}
        return {d: {p for p in mine if not any(p in other for o, other in written.items() if o != d)}
                for d, mine in own.items()}

    @cached_property
    def title_initials(self) -> dict[str, set[str]]:
        """For each document, the initials of every run of words of its title, lower-cased
        ("whs" of "Women, Harbours and Ships", "tfn" of "trade fisheries nap"): what a
        question may abbreviate it by."""
        out: dict[str, set[str]] = {}
        for doc_id, record in self.documents.items():
            words = re.findall(r"[^\W\d_][\w'’]*", (record.info.title or "").lower())
            out[doc_id] = {a for i in range(len(words)) for j in range(i + 2, min(len(words), i + _INITIALLED) + 1)
                           for a in initials(" ".join(words[i:j]))}
        return out

    @cached_property
    def naming_initials(self) -> dict[str, set[str]]:
        """For each document, its `title_initials` that no other title has and no other
        document writes (there, an acronym of its own: "MAP" of a plan's "marz adaptation
        plans"), as a question's words are stemmed: a question writing one in capitals ("the
        WHS plan") names it."""
        out: dict[str, set[str]] = {}
        for d, own in self.title_initials.items():
            unique = {stem(a) for a in own if not any(a in other for o, other in self.title_initials.items() if o != d)}
            out[d] = {a for a in unique if not self.documents_writing({a}) - {d}}
        return out

    def named_by(self, stems: list[str], written: list[str] | None = None,
                 capitalised: list[str | None] = (), acronyms: Iterable[str] = ()) -> set[str]:
        """The documents that the words `stems` (a question's) name: by one of a document's
        naming words, or by two words of one of its naming pairs in a row in `written` (all
        the question's words, in order; default `stems`), or by a run of its title's words
        written with capitals (`capitalised`: `written` with None for the other words), or by
        the initials of its title among `acronyms` (the words written in capitals)."""
        written = stems if written is None else written
        words, pairs, runs = set(stems), set(zip(written, written[1:])), _runs(capitalised)
        capital_pairs = _pairs(capitalised)
        return {d for d, naming in self.naming_words.items() if naming & words} | {
            d for d, named in self.naming_pairs.items() if named & pairs} | {
            d for d, named in self.naming_runs.items() if named & runs} | {
            d for d, named in self.file_name_pairs.items() if named & capital_pairs} | {
            d for d, named in self.naming_initials.items() if named & set(acronyms)}

    def naming_in(self, doc_id: str, stems: list[str], written: list[str] | None = None,
                  capitalised: list[str | None] = (), acronyms: Iterable[str] = ()) -> set[str]:
        """The words of `stems` that name `doc_id` (its naming words, and the pairs of words
        in a row in `written`, default `stems`, or the runs in `capitalised`, that together
        name it, or its initials among `acronyms`)."""
        written = stems if written is None else written
        pairs = self.naming_pairs.get(doc_id, set()) & set(zip(written, written[1:]))
        runs = self.naming_runs.get(doc_id, set()) & _runs(capitalised)
        runs |= self.file_name_pairs.get(doc_id, set()) & _pairs(capitalised)
        initialled = self.naming_initials.get(doc_id, set()) & set(acronyms)
        return (self.naming_words.get(doc_id, set()) & set(stems)) | {w for group in pairs | runs for w in group} | initialled

    def documents_writing(self, stems: set[str]) -> set[str]:
        """The documents that write every one of `stems` somewhere."""
        out: set[str] | None = None
        for s in stems:
            docs = {self.chunks[c].doc_id for c in self.lexical.chunks_with(s) if c in self.chunks}
            out = docs if out is None else out & docs
        return out or set()

    def writes_phrase(self, phrase: str) -> bool:
        """Does some searched chunk write `phrase` as it is (its words in a row, any case)?"""
        terms = query_terms(phrase)
        if not terms:
            return False
        held: set[str] | None = None
        for term in terms:
            ids = {c for s in term.stems for c in self.lexical.chunks_with(s)}
            held = ids if held is None else held & ids
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)", re.I)
        return any(pattern.search(self.chunks[c].text) for c in held or () if c in self.chunks)

    @cached_property
    def _by_prefix(self) -> dict[str, list[str]]:
        return _grouped(self.lexical.vocab.terms())

    def alike_stems(self, stem_: str) -> set[str]:
        """The indexed stems that begin like `stem_` (`lexical.alike`): "hollands" -> "holland"."""
        if len(stem_) < NAME_PREFIX:
            return set()
        return {s for s in self._by_prefix.get(stem_[:NAME_PREFIX], ()) if s != stem_ and alike(stem_, s)}

    @cached_property
    def cover_names(self) -> dict[str, set[str]]:
        """For each document, the capitalised words of its opening (its cover: "Government
        of the Republic of X") that mostly occur in it, as stems of its language with accents
        folded: what a reader in another language may name it by."""
        out: dict[str, set[str]] = {}
        for doc_id, ids in self.doc_chunks.items():
            opening = " ".join(self.chunks[i].text for i in ids if self.chunks[i].start < COVER_CHARS)
            lang = self.chunks[ids[0]].lang if ids else "en"
            names = set()
            for word in {w for w in _CAPITALISED.findall(opening[:COVER_CHARS])}:
                stems = tokenize(word, lang)
                if not stems:
                    continue
                holding = self.lexical.chunks_with(stems[0])
                own = sum(1 for c in holding if c in self.chunks and self.chunks[c].doc_id == doc_id)
                if own >= 2 and own >= 0.7 * len(holding):
                    names.add(fold(stems[0]))
            out[doc_id] = names
        return out

    @cached_property
    def plan_names(self) -> frozenset[str]:
        """Every word that names some plan (its title's naming words and its cover's names),
        with accents folded."""
        return frozenset().union(*({fold(w) for w in self.naming_words.get(d, ())} | self.cover_names.get(d, set())
                                   for d in self.documents))

    def language_of(self, doc_id: str, default: str = "en") -> str:
        """The language a document is written in (`default` when it is not known)."""
        record = self.documents.get(doc_id)
        return (record.info.language if record else None) or default

    def title_stems(self, doc_id: str, file_name: bool = True) -> set[str]:
        """The stems of a document's title (and file name), in its language and in English."""
        record = self.documents.get(doc_id)
        title = record.info.title if record else ""
        lang = self.language_of(doc_id)
        text = f"{title} {doc_id.rsplit('.', 1)[0].replace('-', ' ').replace('_', ' ')}" if file_name else title
        return set(tokenize(text, lang)) | set(tokenize(text))

    def bm25_search(self, query: str, k: int) -> list[tuple[str, float]]:
        return self.lexical.search(query_terms(query), k)

    def warm(self) -> "Snapshot":
        """Build the lazy parts now, before the snapshot is swapped in."""
        _ = self.rows, self.commitments, self.naming_words, self.naming_pairs, self.cover_names, self.plan_names, \
            self.file_name_pairs, self._by_prefix
        return self


COVER_CHARS = 1500
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][A-Za-zÀ-ÿ]{3,}\b")
_INSIDE_CAPITAL = re.compile(r"(?<=[a-zà-ÿ0-9,;:] )([A-ZÀ-Ý][a-zà-ÿ]{3,})\b")  # not opening a sentence
_BODY_NAME_SHARE = 4  # a document's name is written in at least one of this many of its passages
_BODY_NAME_PASSAGES = 8  # fewer passages say too little to name a document by one of their words
TITLE_RUN = 3  # title words in a row that name a document when no other title writes them
_INITIALLED = 6  # the most title words a question's abbreviation stands for


def analyse(chunk: StoredChunk) -> list[str]:
    """A chunk's terms for lexical search, read in its own language."""
    return tokenize(chunk.search_text, chunk.lang)


def _grouped(stems: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in stems:
        if len(s) >= NAME_PREFIX:
            out.setdefault(s[:NAME_PREFIX], []).append(s)
    return out


_NUMBER_STEMS = frozenset(s for w in union(NUMBER_WORDS) for s in tokenize(w))


def _file_words(doc_id: str) -> str:
    """A file name as words ("harbour-coastal-safety.txt" -> "harbour coastal safety")."""
    return doc_id.rsplit(".", 1)[0].replace("-", " ").replace("_", " ")


def _runs(words: Sequence[str | None]) -> set[tuple[str, ...]]:
    """The runs of `TITLE_RUN` words in a row (no None among them)."""
    runs = (tuple(words[i:i + TITLE_RUN]) for i in range(len(words) - TITLE_RUN + 1))
    return {r for r in runs if None not in r}


def _pairs(words: Sequence[str | None]) -> set[tuple[str, str]]:
    """The pairs of words in a row (no None among them)."""
    return {(a, b) for a, b in zip(words, words[1:]) if a is not None and b is not None}


def _title_stems(text: str, lang: str) -> list[tuple[str, str]]:
    """A title's words in order, each as a question's words are read (English stems, see
    `Question.stems`) and as the document's own text is ("kansen": "kansen", "kans")."""
    out = []
    for word in re.findall(r"[\w'’-]+", text):
        read, local = tokenize(word), tokenize(word, lang)
        if len(read) == len(local):  # ("Noord-Havenland": "noord", "havenland" and "noordhavenland")
            out += zip(read, local)
    return out


def _title_counts(record: DocumentRecord, analysed: list[tuple[str, list[str]]]) -> dict[str, tuple[str, int]]:
    lang = record.info.language or "en"
    title = {read: local for read, local in _title_stems(f"{record.info.title} {_file_words(record.info.id)}", lang)}
    counts = dict.fromkeys(title.values(), 0)
    for _, terms in analysed:
        for t in counts.keys() & set(terms):
            counts[t] += 1
    return {read: (local, counts[local]) for read, local in title.items()}
