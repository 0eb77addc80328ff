"""Structure-aware chunks that fit the embedding model's input (256 tokens).

Passages follow the document's structure: a heading starts a new passage, paragraphs and
list items are packed together up to a token budget, a paragraph that is too long is cut
between sentences (never inside one). Every passage is a verbatim span of the document
text and carries its heading path. Table rows become one unit each, and a document with
a byline gets an "about" unit, so "who wrote ..." can be answered from the title page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ingest.document import Block, ParsedDocument
from ingest.sentences import split_sentences
from ingest.structure import heading_text
from plans.records import Commitment

ChunkKind = Literal["passage", "row", "about"]


@dataclass
class Chunk:
    kind: ChunkKind
    start: int
    end: int
    section: str
    search_text: str  # what is embedded and indexed for BM25
    page: int | None = None
    ref: str | None = None
    commitment: Commitment | None = None


class Chunker:
    """Cuts a ParsedDocument into chunks whose search text fits `max_tokens`."""

    def __init__(self, count_tokens: Callable[[str], int], max_tokens: int = 256, target_tokens: int = 180):
        self.count = count_tokens
        self.max_tokens = max_tokens
        self.target = min(target_tokens, max_tokens)

    def run(self, doc: ParsedDocument, commitments: list[Commitment]) -> list[Chunk]:
        chunks = self._passages(doc)
        chunks.extend(self._rows(doc, commitments))
        if doc.author and doc.author_span:
            a, b = doc.author_span
            chunks.append(
                Chunk("about", a, b, "Title page", f"{doc.title}\nAuthor: {doc.author}", doc.page_at(a))
            )
        return chunks

    # -- passages ---------------------------------------------------------------------
    def _passages(self, doc: ParsedDocument) -> list[Chunk]:
        text = doc.text
        out: list[Chunk] = []
        headings: list[tuple[int, str]] = []
        group: list[Block] = []

        def section() -> str:
            return " > ".join(h for _, h in headings)

        def flush() -> None:
            if group:
                out.extend(self._pack(doc, group, section()))
                group.clear()

        for block in doc.blocks:
            if block.kind == "table":
                flush()
                continue
            if block.kind == "heading":
                flush()
                words = heading_text(text, block)
                while headings and headings[-1][0] >= block.level:
                    headings.pop()
                headings.append((block.level, words))
                continue
            group.append(block)
        flush()
        return out

    def _pack(self, doc: ParsedDocument, blocks: list[Block], section: str) -> list[Chunk]:
        """Pack consecutive blocks of one section into chunks within the token budget."""
        units: list[tuple[int, int]] = []
        for b in blocks:
            if self._tokens(doc.text[b.start : b.end], section) <= self.target:
                units.append((b.start, b.end))
            else:
                units.extend(self._sentence_windows(doc.text, b.start, b.end, section))
        out: list[Chunk] = []
        cur: tuple[int, int] | None = None
        for a, b in units:
            if cur and self._tokens(doc.text[cur[0] : b], section) <= self.target:
                cur = (cur[0], b)
                continue
            if cur:
                out.append(self._passage(doc, cur, section))
            cur = (a, b)
        if cur:
            out.append(self._passage(doc, cur, section))
        return out

    def _sentence_windows(self, text: str, start: int, end: int, section: str) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        cur: tuple[int, int] | None = None
        for a, b in split_sentences(text, start, end):
            if self._tokens(text[a:b], section) > self.max_tokens:
                if cur:
                    windows.append(cur)
                    cur = None
                windows.extend(self._word_windows(text, a, b, section))
                continue
            if cur and self._tokens(text[cur[0] : b], section) <= self.target:
                cur = (cur[0], b)
            else:
                if cur:
                    windows.append(cur)
                cur = (a, b)
        if cur:
            windows.append(cur)
        return windows

    def _word_windows(self, text: str, start: int, end: int, section: str) -> list[tuple[int, int]]:
        """Last resort for a 'sentence' longer than the model input: cut between words."""
        windows: list[tuple[int, int]] = []
        a = start
        while a < end:
            b = end
            while b > a and self._tokens(text[a:b], section) > self.target:
                cut = text.rfind(" ", a, a + (b - a) * 3 // 4)
                b = cut if cut > a else a + (b - a) // 2
            windows.append((a, b))
            a = b
            while a < end and text[a].isspace():
                a += 1
        return windows

    def _tokens(self, body: str, section: str) -> int:
        return self.count(f"{section}\n{body}" if section else body)

    def _passage(self, doc: ParsedDocument, span: tuple[int, int], section: str) -> Chunk:
        a, b = span
        body = doc.text[a:b]
        search = f"{section}\n{body}" if section else body
        return Chunk("passage", a, b, section, search, doc.page_at(a))

    # -- table rows -----------------------------------------------------------------
    def _rows(self, doc: ParsedDocument, commitments: list[Commitment]) -> list[Chunk]:
        out: list[Chunk] = []
        for c in commitments:
            section = c.objective or ""
            search = render_commitment(c)
            while self._tokens(search, section) > self.max_tokens and len(search) > 200:
                search = search[: int(len(search) * 0.85)]
            out.append(Chunk("row", c.start, c.end, section, f"{section}\n{search}" if section else search,
                             c.page, ref=c.ref, commitment=c))
        return out


def render_commitment(c: Commitment) -> str:
    """A row as one readable line of text (used for search and as the passage around a quote)."""
    parts = [f"{_label(c)} {c.ref}.".strip()]
    if c.goal.text:
        parts.append(f"Goal {c.goal.number}: {c.goal.text}" if c.goal.number else f"Goal: {c.goal.text}")
    if c.action:
        parts.append(f"Action: {c.action}")
    if c.monitoring:
        parts.append("Monitoring: " + " ".join(c.monitoring))
    if c.departments:
        parts.append("Departments: " + ", ".join(c.departments) + ".")
    return " ".join(parts)


def _label(c: Commitment) -> str:
    return "Line" if c.ref[:1].isdigit() else ""
