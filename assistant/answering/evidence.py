"""Sentences of the retrieved passages, with verbatim offsets and a clean form for answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from assistant.retrieval import Hit
from plans.index.lexical import stem, tokenize, words
from plans.sentences import split_sentences
from plans.text import BULLET
from plans.text import strip_markup as clean
from plans.vocabulary.questions import PARTICIPLE_PREFIX

# a new paragraph, or a new list item (the same bullets the structure finder knows)
_UNIT_BREAK = re.compile(r"\n\s*\n|\n(?=" + BULLET.pattern.lstrip("^") + ")")


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


def _row_cells(row) -> list[tuple[int, int, str]]:
    """The verbatim cells of a table row (its action first, then every other cell), each once."""
    spans = []
    if "action" in row.sources:
        a = row.sources["action"]
        spans.append((a.start, a.end, a.text))
    spans += [(f.source.start, f.source.end, f.source.text) for f in row.fields]
    out: list[tuple[int, int, str]] = []
    for a, b, t in sorted(spans):
        if t.strip() and not any(a < y and x < b for x, y, _ in out):
            out.append((a, b, t))
    return out


def _row_passage(hit: Hit, cells: list[tuple[int, int, str]]) -> Passage:
    """A row's cells laid out at their document offsets (gaps blank), one unit per cell, so a
    sentence never runs from one cell into the next and every quote is verbatim."""
    lo = cells[0][0]
    hi = max(b for _, b, _ in cells)
    buf = [" "] * (hi - lo)
    for a, b, t in cells:
        buf[a - lo : b - lo] = t
    for i, (a, b, _) in enumerate(cells):  # a line break between cells keeps them apart
        if a > lo and buf[a - lo - 1] == " ":
            buf[a - lo - 1] = "\n"
    p = Passage(hit, "".join(buf), lo)
    for unit, (a, b, t) in enumerate(cells):
        for s, e in split_sentences(t):
            p.sentences.append(Sentence(hit, a + s, a + e, t[s:e], unit, len(p.sentences)))
    return p


def passages(hits: list[Hit], headings: bool = False) -> list[Passage]:
    """The sentences each hit offers; with `headings`, a passage that opens its section also
    offers the section's heading, as a unit of its own ("2.3 Quay lights: lamps that …"
    says what the quay lights are)."""
    out: list[Passage] = []
    for hit in hits:
        chunk = hit.chunk
        p = Passage(hit, chunk.text, chunk.start)
        cells = _row_cells(chunk.commitment) if chunk.kind == "row" and chunk.commitment else []
        if cells:
            p = _row_passage(hit, cells)
        elif chunk.kind in ("passage", "about"):
            text = chunk.text
            pos = 0
            unit = 0
            pieces = []
            span = chunk.heading_span if headings else None
            if span is not None:
                # the heading at its own offset, the gap to the passage a line break and blanks
                p = Passage(hit, chunk.heading + "\n" + " " * (chunk.start - span[1] - 1) + text, span[0])
                for s, e in split_sentences(chunk.heading):
                    p.sentences.append(Sentence(hit, span[0] + s, span[0] + e, chunk.heading[s:e], unit,
                                                len(p.sentences)))
                unit += 1
            for m in _UNIT_BREAK.finditer(text):
                pieces.append((pos, m.start()))
                pos = m.end()
            pieces.append((pos, len(text)))
            for a, b in pieces:
                if not text[a:b].strip():
                    continue
                for s, e in split_sentences(text, a, b):
                    p.sentences.append(Sentence(hit, chunk.start + s, chunk.start + e, text[s:e], unit, len(p.sentences)))
                unit += 1
        for sentence in p.sentences:
            sentence.passage = p
        out.append(p)
    return out
