"""Sentences of the retrieved passages, with verbatim offsets and a clean form for answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from assistant.answering.rows import cell_parts
from assistant.retrieval import Hit
from plans.index.lexical import stem, tokenize, words
from plans.sentences import split_sentences
from plans.text import BULLET
from plans.text import strip_markup as clean
from plans.vocabulary.questions import PARTICIPLE_PREFIX
from plans.vocabulary.stopwords import dangles

BARE_CELL_CHARS = 60  # a cell this short is a figure or a few words, said under its header
NAMING_CELL_CHARS = 60  # a cell up to this long names its row ("cargo bikes, electric", "Quaywheel")
LISTED_NAMES = 3  # ... unless it lists this many names or more
LISTED_NAME_WORDS = 5  # (a listed name is this many words at most)

# a new paragraph, or a new list item (the same bullets the structure finder knows)
_UNIT_BREAK = re.compile(r"\n\s*\n|\n(?=" + BULLET.pattern.lstrip("^") + ")")


# an enumerator in brackets ("(ii)", "(b)") inside a line, and one that opens a line
_INLINE_ENUMERATOR = re.compile(r"[^\n]\s\((?:[ivx]{1,4}|[a-h])\)\s")
_ENUMERATOR = re.compile(r"\s*\((?:[ivx]{1,4}|[a-h])\)\s")


def verb_root(stem_: str, lang: str) -> str:
    """A verb's stem without its participle prefix and ending consonant, in a language that
    marks participles ("geleid", "leid", "leidt" -> "lei"), so a present form and a
    participle meet whatever the stemmer keeps of them; elsewhere the stem itself."""
    prefix = PARTICIPLE_PREFIX.get(lang)
    if not prefix:
        return stem_
    if stem_.startswith(prefix) and len(stem_) > len(prefix) + 2:
        stem_ = stem_[len(prefix):]
    return stem_.rstrip("dt")


@dataclass
class Sentence:
    hit: Hit
    start: int  # absolute offsets in the document text
    end: int
    raw: str
    unit: int  # index of the paragraph / list item inside the chunk
    index: int  # position among the chunk's sentences
    passage: "Passage | None" = None
    label: str = ""  # the column header over a table cell ("Bounce rate"): what the cell's value is

    @cached_property
    def label_stems(self) -> frozenset[str]:
        """The stems of the header over a table cell: "31 %" under "Vacancy rate" says a rate."""
        return frozenset(tokenize(self.label, self.lang)) if self.label else frozenset()

    @cached_property
    def bare(self) -> bool:
        """Is it a whole table cell of a figure or a few words (not a sentence of a longer cell)?"""
        row = self.hit.chunk.commitment if self.label and self.hit.chunk.kind == "row" else None
        if row is None:
            return False
        cell = row.field_by_header(self.label)
        return len(cell.text if cell is not None else self.text) <= BARE_CELL_CHARS

    @cached_property
    def row_stems(self) -> frozenset[str]:
        """The stems of its row's action and other short cells, for a table cell (none for other
        sentences): a figure is said of what its row names ("50" in the row "Cargo bikes |
        Quaywheel"); a sheet's long cells (objectives, descriptions) name nothing so exactly."""
        cells = self._other_cells()  # (the first, the row's action or name, names it at any length)
        return frozenset(tokenize(" ".join(c for i, c in enumerate(cells) if (i == 0 or len(c) <= NAMING_CELL_CHARS)
                                           and not _lists_names(c)), self.lang))

    @cached_property
    def listed_stems(self) -> frozenset[str]:
        """The stems of the other cells of its row that list several names (a row's partners):
        one name among them does not say which row it is."""
        return frozenset(tokenize(" ".join(c for c in self._other_cells() if _lists_names(c)), self.lang))

    def _other_cells(self) -> list[str]:
        row = self.hit.chunk.commitment if self.label and self.hit.chunk.kind == "row" else None
        return [] if row is None else [row.action, *(f.text for f in row.fields if f.header != self.label)]

    @cached_property
    def text(self) -> str:
        return clean(self.raw)

    @property
    def lang(self) -> str:
        return self.hit.chunk.lang

    @cached_property
    def stems(self) -> set[str]:
        return set(tokenize(self.raw, self.lang))

    @cached_property
    def prefixes(self) -> set[str]:
        return {s[:5] for s in self.stems if len(s) >= 5}

    @cached_property
    def roots(self) -> set[str]:
        """The verb roots of its words, where its language marks participles ("geleid" ->
        "lei", the root of "leidt"; see `verb_root`); empty elsewhere."""
        if self.lang not in PARTICIPLE_PREFIX:
            return set()
        return {verb_root(s, self.lang) for s in self.stems if len(s) > 3}

    @cached_property
    def bigrams(self) -> set[tuple[str, str]]:
        toks = [stem(w, self.lang) for w in words(self.raw)]
        return set(zip(toks, toks[1:]))


@dataclass
class Passage:
    """The verbatim text a hit offers for answers: a passage's text, or a table row's action cell."""

    hit: Hit
    text: str = ""
    offset: int = 0  # document offset of text[0]
    sentences: list[Sentence] = field(default_factory=list)

    def quote(self, start: int, end: int) -> str:
        return self.text[start - self.offset : end - self.offset]

    @cached_property
    def stems(self) -> set[str]:
        return set(tokenize(self.hit.chunk.search_text, self.hit.chunk.lang))


def _lists_names(cell: str) -> bool:
    """Does the cell list several short names ("Delta Council, Port Authority, Coastal Trust")?"""
    parts = cell_parts(cell)[1:]
    return len(parts) >= LISTED_NAMES and all(len(p.split()) <= LISTED_NAME_WORDS for p in parts)


def _row_cells(row) -> list[tuple[int, int, str, str]]:
    """The verbatim cells of a table row (its action first, then every other cell), each once,
    with the header each sits under (none for the action)."""
    spans = []
    if "action" in row.sources:
        a = row.sources["action"]
        spans.append((a.start, a.end, a.text, ""))
    spans += [(f.source.start, f.source.end, f.source.text, f.header) for f in row.fields]
    out: list[tuple[int, int, str, str]] = []
    for a, b, t, h in sorted(spans):
        if t.strip() and not any(a < y and x < b for x, y, _, _ in out):
            out.append((a, b, t, h))
    return out


def _row_passage(hit: Hit, cells: list[tuple[int, int, str, str]]) -> Passage:
    """A row's cells laid out at their document offsets (gaps blank), one unit per cell, so a
    sentence never runs from one cell into the next and every quote is verbatim."""
    lo = cells[0][0]
    hi = max(b for _, b, _, _ in cells)
    buf = [" "] * (hi - lo)
    for a, b, t, _ in cells:
        buf[a - lo : b - lo] = t
    for a, b, _, _ in cells:  # a line break between cells keeps them apart
        if a > lo and buf[a - lo - 1] == " ":
            buf[a - lo - 1] = "\n"
    p = Passage(hit, "".join(buf), lo)
    unit = 0
    for a, b, t, header in cells:
        # a cell's bulleted items are units of their own, as in prose: "• Law 12 on fishing
        # • Law 20 on grazing" answers "which law is on grazing?" with its item
        for x, y in _pieces(t):
            for s, e in split_sentences(t, x, y):
                p.sentences.append(Sentence(hit, a + s, a + e, t[s:e], unit, len(p.sentences), label=header))
            unit += 1
    return p


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of `text` between blank lines and before bulleted lines: its units. A sentence
    a blank line cuts ("… near the harbour of" / "Zeestad, …") stays one unit."""
    pieces, pos = [], 0
    for m in _UNIT_BREAK.finditer(text):
        if m.group(0).count("\n") >= 2 and dangles(text[pos:m.start()]):
            continue
        if m.group(0).count("\n") == 1 and _INLINE_ENUMERATOR.search(text, pos, m.start()) \
                and _ENUMERATOR.match(text, m.end()):
            continue  # "… four phases: (i) …, (ii) …," / "(iii) …": the run goes on over the line break
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


def statement(heading: str) -> bool:
    """Does a heading say something, as a sentence does ("The Harbour Fund is wound up.", a
    commitment set in bold over its details), rather than name a topic? A full stop ends it,
    and it has a few words, not all in capitals."""
    text = heading.strip()
    return text.endswith(".") and not text.endswith("..") and len(text.split()) >= _STATEMENT_WORDS \
        and text != text.upper()


_STATEMENT_WORDS = 4


def passages(hits: list[Hit], headings: bool = False) -> list[Passage]:
    """The sentences each hit offers; a passage that opens its section also offers the
    section's heading, as a unit of its own, when the heading says something (`statement`)
    or, with `headings`, whatever it is ("2.3 Quay lights: lamps that …" says what the quay
    lights are)."""
    out: list[Passage] = []
    rows: set[tuple[str, int, str | None]] = set()
    for hit in hits:
        chunk = hit.chunk
        p = Passage(hit, chunk.text, chunk.start)
        cells = _row_cells(chunk.commitment) if chunk.kind == "row" and chunk.commitment else []
        if cells:
            row = (chunk.doc_id, chunk.commitment.start, chunk.commitment.ref)
            if row in rows:
                continue  # a long row is indexed in parts, each laying out the whole row
            rows.add(row)
            p = _row_passage(hit, cells)
        elif chunk.kind in ("passage", "about"):
            text = chunk.text
            unit = 0
            span = chunk.heading_span if headings or statement(chunk.heading) else None
            if span is not None:
                # the heading at its own offset, the gap to the passage a line break and blanks
                p = Passage(hit, chunk.heading + "\n" + " " * (chunk.start - span[1] - 1) + text, span[0])
                for s, e in split_sentences(chunk.heading):
                    p.sentences.append(Sentence(hit, span[0] + s, span[0] + e, chunk.heading[s:e], unit,
                                                len(p.sentences)))
                unit += 1
            for a, b in _pieces(text):
                for s, e in split_sentences(text, a, b):
                    p.sentences.append(Sentence(hit, chunk.start + s, chunk.start + e, text[s:e], unit, len(p.sentences)))
                unit += 1
        for sentence in p.sentences:
            sentence.passage = p
        out.append(p)
    return out

