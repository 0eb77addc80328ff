"""Structure-aware chunks that fit the embedding model's input (256 tokens).

Passages follow the document's structure: a heading starts a new passage, paragraphs and
list items are packed together up to a token budget, a paragraph that is too long is cut
between sentences (never inside one). Every passage is a verbatim span of the document
text and carries its heading path. Table rows become one unit each, keyed by their headers
("Milestone: 2.3 ... | Responsible party: ... | Target date: ..."), and a document with
a byline gets an "about" unit, so "who wrote ..." can be answered from the title page.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from ingest.budget import check
from ingest.document import Block, ParsedDocument
from ingest.sentences import split_sentences
from ingest.structure import heading_text
from plans.embedding import estimate_token_spans
from plans.records import Commitment

ChunkKind = Literal["passage", "row", "about", "cover"]
MAX_PATH_CHARS = 1000  # a passage's recorded heading path; its search text holds less


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
    heading: tuple[int, int] | None = None  # the words of the heading a passage opens its section under


class _TokenMap:
    """Token counts of any span of one text, from a single tokenization: `count(a, b)` is
    the number of tokens starting in `[a, b)` (absolute offsets), found by bisection."""

    def __init__(self, spans: list[tuple[int, int]], offset: int):
        self.starts = [a + offset for a, _ in spans]
        self.ends = [b + offset for _, b in spans]

    def count(self, a: int, b: int) -> int:
        return bisect.bisect_left(self.starts, b) - bisect.bisect_left(self.starts, a)

    def cut(self, a: int, n: int) -> int:
        """The offset after the first `n` tokens starting at or after `a`."""
        i = bisect.bisect_left(self.starts, a) + n - 1
        return self.ends[min(i, len(self.ends) - 1)] if self.ends else a


@dataclass
class _Heading:
    """An open heading of the path: its level, its words, its blocks (two for a title set
    on two lines) and whether anything has come under it yet."""

    level: int
    words: str
    blocks: list[Block]
    filled: bool = False


def _holds_row(block: Block, row_starts: list[int]) -> bool:
    i = bisect.bisect_left(row_starts, block.start)
    return i < len(row_starts) and row_starts[i] < block.end


# A stray cell outside every row ("N°", "Mesures", a lone figure) is noise as a passage of
# its own: a sentence's worth of words is the least that reads as text.
OUTSIDE_ROW_WORDS = 8
_WORD = re.compile(r"\w*[^\W\d_]\w*")


def _outside_rows(text: str, table: Block, rows: list[Commitment], prose: list[Block]) -> list[Block]:
    """The lines of a table that no row holds and no row repeats: a cell as wide as the
    table between its title and its rows (a summary paragraph), a note under it, a field
    between two of a row's cells that the row does not keep. Its header lines are in every
    row's search text already, so they are left out, and so are stray cells too short to say
    anything alone (under `OUTSIDE_ROW_WORDS`). A caption the rows carry as their section is a
    passage too: their search text gives only its end. Lines of the document's own text blocks
    (`prose`, a paragraph the reader found inside the table's lines) are read as those blocks."""
    held = [span for r in rows if r.start < table.end and r.end > table.start for span in _cell_spans(r)]
    held += [(b.start, b.end) for b in prose if b.start < table.end and b.end > table.start]
    written = _folded(" ".join(render_commitment(r) for r in rows if r.start < table.end and r.end > table.start))
    gaps: list[list[list[tuple[int, int]]]] = [[[]]]  # stretches between rows, of paragraphs, of lines
    pos = table.start
    for line in text[table.start : table.end].split("\n"):
        a, b = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        pos += len(line) + 1
        body = _folded(line)
        if any(x < b and a < y for x, y in held):
            gaps.append([[]])
        elif body and body not in written:
            gaps[-1][-1].append((a, b))
        else:
            gaps[-1].append([])
    out: list[Block] = []
    for gap in gaps:
        blocks = [Block("paragraph", p[0][0], p[-1][1]) for p in gap if p]
        if sum(len(_WORD.findall(text[b.start : b.end])) for b in blocks) >= OUTSIDE_ROW_WORDS:
            out.extend(blocks)
    return out


def _cell_spans(row: Commitment) -> list[tuple[int, int]]:
    """Where a row's cells are written; the row's whole span when it kept none. A line
    between them that the row does not keep (a field the table reader could not label, "long
    label beside its value") is the table's text outside the row, not the row's."""
    spans = [(s.start, s.end) for s in row.sources.values()] + [(f.source.start, f.source.end) for f in row.fields]
    spans = [(a, b) for a, b in spans if b > a]
    return spans or [(row.start, row.end)]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


class Chunker:
    """Cuts a ParsedDocument into chunks whose search text fits `max_tokens`.

    Each section's text is tokenized once (`token_spans`, character offsets of the model's
    tokens) and every span is sized from that, so chunking is linear in the document's
    length whatever its shape. A heading path is capped at `max_section_tokens`, so a
    chunk always has room for its text; the later chunks of a section (and the later rows
    of a table) repeat only its last `repeat_section_tokens` in their search text, since
    embedding the same long path on every chunk is a good part of ingestion time.
    """

    def __init__(self, count_tokens: Callable[[str], int], max_tokens: int = 256, target_tokens: int = 180,
                 token_spans: Callable[[str], list[tuple[int, int]]] | None = None, max_section_tokens: int = 24,
                 special_tokens: int = 2, repeat_section_tokens: int = 12):
        self.count = count_tokens
        self.special = special_tokens
        self.spans = token_spans or estimate_token_spans
        self.max_tokens = max_tokens
        self.target = min(target_tokens, max_tokens)
        self.max_section = max_section_tokens
        self.repeat_section = min(repeat_section_tokens, max_section_tokens)

    def run(self, doc: ParsedDocument, rows: list[Commitment]) -> list[Chunk]:
        covers: list[Block] = []
        chunks = self._passages(doc, rows, covers)
        chunks.extend(self._rows(doc, rows))
        if doc.author and doc.author_span:
            a, b = doc.author_span
            about = self._fit(f"{doc.title}\nAuthor: {doc.author}", self.max_tokens)
            chunks.append(Chunk("about", a, b, "Title page", about, doc.page_at(a)))
        chunks.extend(self._cover(doc, chunks, covers))
        return chunks

    def _cover(self, doc: ParsedDocument, chunks: list[Chunk], bodiless: list[Block]) -> list[Chunk]:
        """The cover's lines that no chunk holds, one "cover" unit each: the headings before
        the first passage (a title over the first heading with text, on one line or more) and
        the headings with nothing under them and no section around them (`bodiless`: a
        ministry's line between the rules of a cover)."""
        passages = [c for c in chunks if c.kind == "passage"]
        first = min((c.heading[0] if c.heading else c.start for c in passages), default=len(doc.text))
        held = [(c.start, c.end) for c in chunks] + [c.heading for c in chunks if c.heading]
        spans = {_words_span(doc.text, b.start, b.end) for b in doc.blocks if b.kind == "heading" and b.end <= first}
        spans |= {_words_span(doc.text, b.start, b.end) for b in bodiless}
        return [Chunk("cover", a, b, "", self._fit(" ".join(doc.text[a:b].split()), self.max_tokens), doc.page_at(a))
                for a, b in sorted(spans) if b > a and not any(x <= a and b <= y for x, y in held)]

    # -- passages ---------------------------------------------------------------------
    def _passages(self, doc: ParsedDocument, rows: list[Commitment], covers: list[Block]) -> list[Chunk]:
        """The text outside tables, packed per section; a table no row was read from (a list
        of abbreviations, a table without headers) is text too, and so is the text of a
        table that is in none of its rows (`_outside_rows`), so nothing goes unindexed.
        A heading with nothing under it (closed at once by a heading of its level or above,
        as "Axis 1: ..." over a table of another section or a line read as a heading) is
        text of the section around it: otherwise its words would be in no chunk at all.
        Cover lines (bodiless headings with no section around them) are no passage: they
        would match every question that names the plan. Their blocks go to `covers`."""
        text = doc.text
        row_starts = sorted(r.start for r in rows)
        prose = [b for b in doc.blocks if b.kind != "table"]
        out: list[Chunk] = []
        headings: list[_Heading] = []
        group: list[Block] = []
        loose: list[Block] = []  # bodiless headings of one section, in order
        loose_path = ""
        previous = ""

        def path() -> str:
            return " > ".join(h.words for h in headings)

        opening: tuple[int, int] | None = None  # the heading whose body the next passage begins

        def flush() -> None:
            nonlocal opening
            if group:
                out.extend(self._pack(doc, group, path(), opening))
                group.clear()
                opening = None

        def flush_loose() -> None:
            if loose:
                out.extend(self._pack(doc, loose, loose_path))
                loose.clear()

        def close(h: _Heading) -> None:
            nonlocal loose_path
            if h.filled:
                return
            if not headings:  # a line of the cover (no section around it) is the title's, not text
                covers.extend(h.blocks)
                return
            if loose and loose_path != path():
                flush_loose()
            loose_path = path()
            loose.extend(h.blocks)

        def fill() -> None:
            flush_loose()
            for h in headings:
                h.filled = True

        for block in doc.blocks:
            check()
            if block.kind == "table" and _holds_row(block, row_starts):
                flush()
                fill()
                group.extend(_outside_rows(text, block, rows, prose))
                flush()
                continue
            if block.kind == "heading":
                flush()
                words = heading_text(text, block)
                if previous == "heading" and headings and headings[-1].level == block.level and words[:1].islower():
                    # a title set on two lines ("RECOMMENDATIONS" / "for increased synergy ..."): one heading
                    headings[-1].words = f"{headings[-1].words} {words}"
                    headings[-1].blocks.append(block)
                    opening = _words_span(text, headings[-1].blocks[0].start, block.end)
                    continue
                while headings and headings[-1].level >= block.level:
                    close(headings.pop())
                for h in headings:
                    h.filled = True
                headings.append(_Heading(block.level, words, [block]))
                opening = _words_span(text, block.start, block.end)
                previous = "heading"
                continue
            previous = block.kind
            fill()
            group.append(block)
        flush()
        while headings:
            close(headings.pop())
        flush_loose()
        return out

    def section(self, path: str, tokens: int | None = None) -> str:
        """A heading path that leaves room for text: within `tokens` (`max_section_tokens`),
        keeping its end (the nearest heading) when it must be shortened."""
        tokens = tokens or self.max_section
        path = path[-2000:]
        spans = self.spans(path)
        if len(spans) <= tokens:
            return path
        cut = spans[-tokens][0]
        if cut and not path[cut - 1].isspace():  # not in the middle of a word
            space = path.find(" ", cut)
            cut = space if space != -1 else cut
        return "… " + path[cut:].lstrip()

    def _pack(self, doc: ParsedDocument, blocks: list[Block], path: str,
              heading: tuple[int, int] | None = None) -> list[Chunk]:
        """Pack consecutive blocks of one section into chunks within the token budget. Each
        chunk records the section's whole heading path (`MAX_PATH_CHARS`), and is searched
        with the path as far as the budget allows; the first one keeps the span of the
        heading it opens (`heading`), so that a heading can be quoted."""
        full = path if len(path) <= MAX_PATH_CHARS else "… " + path[-MAX_PATH_CHARS:].lstrip()
        section = self.section(path)
        a0, b0 = blocks[0].start, blocks[-1].end
        tokens = _TokenMap(self.spans(doc.text[a0:b0]), a0)
        head = self.count(f"{section}\n") if section else 0
        repeat = self.section(section, self.repeat_section) if section else ""
        target = max(16, self.target - head)
        limit = max(16, self.max_tokens - head - self.special)
        units: list[tuple[int, int, bool]] = []  # (start, end, a list item)
        for b in blocks:
            if tokens.count(b.start, b.end) <= target:
                units.append((b.start, b.end, b.kind == "list_item"))
            else:
                units.extend((x, y, False) for x, y in
                             self._sentence_windows(doc.text, b.start, b.end, tokens, target, limit))
        out: list[Chunk] = []
        cur: tuple[int, int] | None = None
        listing = False  # cur ends with a sentence that announces a list, and its items
        for a, b, item in units:
            if cur and tokens.count(cur[0], b) <= target:
                listing = item and (listing or _introduces(doc.text, cur))
                cur = (cur[0], b)
                continue
            if cur and (_introduces(doc.text, cur) or listing and item) and tokens.count(cur[0], b) <= limit:
                listing = item
                cur = (cur[0], b)  # a sentence that announces a list stays with its items
                continue
            if cur:
                out.append(self._passage(doc, cur, full, repeat if out else section))
            cur = (a, b)
            listing = False
        if cur:
            out.append(self._passage(doc, cur, full, repeat if out else section))
        if out and heading is not None:
            out[0] = replace(out[0], heading=heading)
        return out

    def _sentence_windows(self, text: str, start: int, end: int, tokens: _TokenMap, target: int,
                          limit: int) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        cur: tuple[int, int] | None = None
        for a, b in split_sentences(text, start, end):
            if tokens.count(a, b) > limit:
                if cur:
                    windows.append(cur)
                    cur = None
                windows.extend(_token_windows(text, a, b, tokens, target))
                continue
            if cur and tokens.count(cur[0], b) <= target:
                cur = (cur[0], b)
            else:
                if cur:
                    windows.append(cur)
                cur = (a, b)
        if cur:
            windows.append(cur)
        return windows

    def _fit(self, text: str, budget: int) -> str:
        """`text` cut to `budget` tokens (at a token boundary)."""
        spans = self.spans(text)
        if len(spans) + self.special <= budget:
            return text
        return text[: spans[max(0, budget - self.special - 1)][1]]

    def _passage(self, doc: ParsedDocument, span: tuple[int, int], section: str, path: str) -> Chunk:
        """A passage under `section`, searched with `path` (the section, or its end when an
        earlier chunk already gave it in full)."""
        a, b = span
        body = doc.text[a:b]
        search = f"{path}\n{body}" if path else body
        return Chunk("passage", a, b, section, search, doc.page_at(a))

    # -- table rows -----------------------------------------------------------------
    def _rows(self, doc: ParsedDocument, rows: list[Commitment]) -> list[Chunk]:
        """One chunk per table row, keyed by its headers; a row over the model's input is
        split between cells (each piece repeats the row's id and the start of its action),
        and a single cell over it is split between words, each piece saying so."""
        out: list[Chunk] = []
        previous: Commitment | None = None
        paths: dict[str, tuple[str, str]] = {}  # a table's caption path: in full, and its end
        for c in rows:
            if c.section not in paths:
                full = self.section(c.section or "")
                paths[c.section] = (full, self.section(full, self.repeat_section) if full else "")
            section, end = paths[c.section]
            below = previous if previous is not None and previous.section == c.section else None
            previous = c
            shown = _spanned_cells_shortened(c, below) if below else c
            path = end if below else section
            for text in self._row_pieces(shown, path):
                search = f"{path}\n{text}" if path else text
                out.append(Chunk("row", c.start, c.end, section, search, c.page, ref=c.ref or None, commitment=c))
        return out

    def _row_pieces(self, c: Commitment, section: str) -> list[str]:
        head = render_head(c)
        fits = lambda text: self._row_tokens(text, section) <= self.max_tokens  # noqa: E731
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

    def _row_tokens(self, text: str, section: str) -> int:
        return len(self.spans(f"{section}\n{text}" if section else text)) + self.special

    def _cell_parts(self, cell: str, head: str, section: str) -> list[str]:
        """A cell too long for one chunk, cut between words; every piece but the last ends
        "(continued)" and every piece but the first starts "(continued)"."""
        words = cell.split()
        parts: list[str] = []
        i = 0
        while i < len(words):
            j = len(words)
            while j > i + 1 and self._row_tokens(f"{head} | (continued) {' '.join(words[i:j])} (continued)",
                                                 section) > self.max_tokens:
                j = i + max(1, (j - i) * 3 // 4)
            text = " ".join(words[i:j])
            parts.append(("(continued) " if i else "") + text + (" (continued)" if j < len(words) else ""))
            i = j
        return parts


def _spanned_cells_shortened(c: Commitment, above: Commitment) -> Commitment:
    """A row whose long cells repeat the row `above` it in the same table (a cell merged
    over several rows, copied to each) is searched with the first words of those cells
    only: the first row of the run carries the whole text once, so a schedule of many rows
    under one merged action does not embed the action again on every row. The row's own
    cells, which answers quote, are unchanged."""
    repeated = {(f.header, f.text) for f in above.fields}
    long = lambda text: len(text.split()) > _SPANNED_WORDS  # noqa: E731
    fields = [f.model_copy(update={"text": _first_words(f.text, _SPANNED_WORDS), "items": []})
              if (f.header, f.text) in repeated and long(f.text) else f for f in c.fields]
    action = c.action
    if action == above.action and long(action):
        action = _first_words(action, _SPANNED_WORDS)
    if action == c.action and all(a is b for a, b in zip(fields, c.fields)):
        return c
    return c.model_copy(update={"action": action, "fields": fields})


_SPANNED_WORDS = 12


def render_head(c: Commitment) -> str:
    """A row's id and action: "4.c Train the ..." ("Line 4.c" for a numeric id)."""
    ref = f"{_label(c)} {c.ref}".strip() if c.ref else ""
    action = c.action
    if c.goal.text and c.kind == "table_row" and not c.fields and not action:
        action = c.goal.text
    return f"{ref}: {action}" if ref and action else (ref or action)


def _introduces(text: str, span: tuple[int, int]) -> bool:
    """Does the text of `span` end by announcing what follows ("... the following:")?"""
    return text[span[0] : span[1]].rstrip().endswith(":")


def _token_windows(text: str, start: int, end: int, tokens: _TokenMap, target: int) -> list[tuple[int, int]]:
    """Last resort for a 'sentence' longer than the model input: windows of `target` tokens,
    cut at the last space before the boundary when there is one (else at the token)."""
    windows: list[tuple[int, int]] = []
    a = start
    while a < end:
        check()
        b = min(end, tokens.cut(a, target))
        if b < end:
            space = text.rfind(" ", a, b)
            if space > a + (b - a) // 2:
                b = space
        if b <= a:  # no token starts here (whitespace only): take the rest
            b = end
        windows.append((a, b))
        a = b
        while a < end and text[a].isspace():
            a += 1
    return windows


def render_commitment(c: Commitment) -> str:
    """A row as one line keyed by its headers: "Line 4.c: Train ... | Goal 4: ... |
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


def _words_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a heading's words, without the markup around them ("## ", "**")."""
    piece = text[start:end]
    lead = re.match(r"[\s#*]*", piece).end()
    trail = len(piece) - len(piece.rstrip().rstrip("*").rstrip())
    return (start + lead, max(start + lead, end - trail))
