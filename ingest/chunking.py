"""Structure-aware chunks that fit the embedding model's input (256 tokens).

Passages follow the document's structure: a heading starts a new passage, paragraphs and
list items are packed together up to a token budget, a paragraph that is too long is cut
between sentences (never inside one). Every passage is a verbatim span of the document
text and carries its heading path. Table rows become one unit each, keyed by their headers
("Milestone: 2.3 ... | Responsible party: ... | Target date: ..."), and a document with
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

    def run(self, doc: ParsedDocument, rows: list[Commitment]) -> list[Chunk]:
        chunks = self._passages(doc)
        chunks.extend(self._rows(doc, rows))
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
    def _rows(self, doc: ParsedDocument, rows: list[Commitment]) -> list[Chunk]:
        """One chunk per table row, keyed by its headers; a row over the model's input is
        split between cells (each piece repeats the row's id and the start of its action),
        and a single cell over it is split between words, each piece saying so."""
        out: list[Chunk] = []
        for c in rows:
            section = c.section or ""
            for text in self._row_pieces(c, section):
                search = f"{section}\n{text}" if section else text
                out.append(Chunk("row", c.start, c.end, section, search, c.page, ref=c.ref or None, commitment=c))
        return out

    def _row_pieces(self, c: Commitment, section: str) -> list[str]:
        head = render_head(c)
        fits = lambda text: self._tokens(text, section) <= self.max_tokens  # noqa: E731
        if fits(render_commitment(c)):
            return [render_commitment(c)]
        short = _first_words(head, 16)
        cells = [f"{f.header}: {f.text}" if f.header else f.text for f in c.fields]
        if not fits(head):
            cells.insert(0, head)
            head = short
        pieces: list[str] = []
        current = head
        for cell in cells:
            candidate = f"{current} | {cell}"
            if fits(candidate):
                current = candidate
                continue
            if current != head and current != short:
                pieces.append(current)
            current = short
            if fits(f"{current} | {cell}"):
                current = f"{current} | {cell}"
                continue
            for part in self._cell_parts(cell, short, section):
                pieces.append(f"{short} | {part}")
        if current not in (head, short) or not pieces:
            pieces.append(current)
        return pieces

    def _cell_parts(self, cell: str, head: str, section: str) -> list[str]:
        """A cell too long for one chunk, cut between words; every piece but the last ends
        "(continued)" and every piece but the first starts "(continued)"."""
        words = cell.split()
        parts: list[str] = []
        i = 0
        while i < len(words):
            j = len(words)
            while j > i + 1 and self._tokens(f"{head} | (continued) {' '.join(words[i:j])} (continued)", section) > self.max_tokens:
                j = i + max(1, (j - i) * 3 // 4)
            text = " ".join(words[i:j])
            parts.append(("(continued) " if i else "") + text + (" (continued)" if j < len(words) else ""))
            i = j
        return parts


def render_head(c: Commitment) -> str:
    """A row's id and action: "17.b Support the ..." ("Line 17.b" for a numeric id)."""
    ref = f"{_label(c)} {c.ref}".strip() if c.ref else ""
    action = c.action
    if c.goal.text and c.kind == "table_row" and not c.fields and not action:
        action = c.goal.text
    return f"{ref}: {action}" if ref and action else (ref or action)


def render_commitment(c: Commitment) -> str:
    """A row as one line keyed by its headers: "Line 17.b: Support ... | Goal 17: ... |
    Monitoring: ... | Departments: ..." (used for search and as the row's chunk text)."""
    parts = [render_head(c)]
    if c.goal.text and c.kind == "table_row" and c.goal.text != c.action:
        parts.append(f"Goal {c.goal.number}: {c.goal.text}" if c.goal.number else f"Goal: {c.goal.text}")
    for f in c.fields:
        value = ", ".join(f.items) if f.items and "lead" in f.roles else f.text
        parts.append(f"{f.header}: {value}" if f.header else value)
    return " | ".join(p for p in parts if p)


def _first_words(text: str, n: int) -> str:
    words = text.split()
    return text if len(words) <= n else " ".join(words[:n]) + " …"


def _label(c: Commitment) -> str:
    return "Line" if c.ref[:1].isdigit() and c.kind == "table_row" else ""
