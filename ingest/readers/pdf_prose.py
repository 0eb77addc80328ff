"""Prose of a PDF page in the order a person reads it: columns one after the other.

Lines are first cut where their words stand a column gap apart (two columns printed on
the same baselines make one pdfminer line). The pieces are grouped into blocks (pieces
stacked at line spacing that overlap horizontally), and blocks are ordered with
Breuel's two rules (2003): of two blocks that overlap horizontally the upper one comes
first; a block entirely left of another comes first unless a third block lies between
them vertically and spans both (a full-width heading between two column bands).

Side-by-side blocks that share their baselines while one of them is narrow are a label
column beside its values ("CDC   Cameroon Development Corporation"), not two columns:
their pieces are read line by line.

`Piece` carries the table regions too, so that a table sits among the prose where it is
printed.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from ingest.tables.pdf_layout import Line, Word

_COLUMN_GAP = 1.5  # ems between two words that belong to different columns
_NARROW = 0.2  # share of the page width under which a column is a label column


@dataclass
class Block:
    """Pieces of text stacked in one column (or one table region: `item` set)."""

    lines: list[Line] = field(default_factory=list)
    item: object | None = None
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # x0, top, x1, bottom

    def extend(self, line: Line) -> None:
        self.lines.append(line)
        x0, top, x1, bottom = self.box if len(self.lines) > 1 else (line.x0, line.top, line.x1, line.bottom)
        self.box = (min(x0, line.x0), min(top, line.top), max(x1, line.x1), max(bottom, line.bottom))

    @property
    def x0(self) -> float:
        return self.box[0]

    @property
    def top(self) -> float:
        return self.box[1]

    @property
    def x1(self) -> float:
        return self.box[2]

    @property
    def bottom(self) -> float:
        return self.box[3]


def split_columns(lines: list[Line]) -> list[Line]:
    """Every line cut where two of its words stand a column gap apart."""
    out: list[Line] = []
    for line in lines:
        cur: list[Word] = []
        for w in line.words:
            # the gap from the rightmost word so far: a footnote mark printed over the end
            # of a word does not open a gap after it
            if cur and w.x0 - max(c.x1 for c in cur) > _COLUMN_GAP * max(w.size, cur[-1].size):
                out.append(Line(cur))
                cur = []
            cur.append(w)
        if cur:
            out.append(Line(cur))
    return out


def _blocks(pieces: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    open_: list[Block] = []  # blocks whose last line may still continue
    for piece in sorted(pieces, key=lambda l: (l.top, l.x0)):
        best = None
        open_ = [b for b in open_ if piece.top - b.bottom <= 2 * max(b.lines[-1].size, piece.size)]
        for b in open_:
            last = b.lines[-1]
            gap = piece.top - last.bottom
            overlap = min(piece.x1, last.x1) - max(piece.x0, last.x0)
            if -0.3 * last.size < gap <= 1.2 * max(last.size, piece.size) and overlap > 0 \
                    and abs(piece.size - last.size) <= 0.25 * last.size:
                if best is None or b.lines[-1].bottom > best.lines[-1].bottom:
                    best = b
        if best is None:
            best = Block()
            blocks.append(best)
            open_.append(best)
        best.extend(piece)
    return blocks


def _paired(a: Block, b: Block, width: float) -> bool:
    """Two side-by-side blocks whose lines share baselines, one of them a label column."""
    if min(a.x1 - a.x0, b.x1 - b.x0) > _NARROW * width:
        return False
    shorter, other = (a, b) if len(a.lines) <= len(b.lines) else (b, a)
    bases = [l.baseline for l in other.lines]
    hits = sum(1 for l in shorter.lines if any(abs(l.baseline - y) <= 0.3 * l.size for y in bases))
    return hits >= max(1, 0.8 * len(shorter.lines))


def _merge_pairs(blocks: list[Block], width: float) -> list[Block]:
    """Label columns and their values become one block read line by line."""
    merged = True
    while merged:
        merged = False
        for i, a in enumerate(blocks):
            for j, b in enumerate(blocks):
                if i == j or a.item is not None or b.item is not None or a.x1 > b.x0:
                    continue
                if a.bottom < b.top or b.bottom < a.top or not _paired(a, b, width):
                    continue
                joined = Block()
                for line in _rows(a.lines + b.lines):
                    joined.extend(line)
                blocks = [blk for k, blk in enumerate(blocks) if k not in (i, j)] + [joined]
                merged = True
                break
            if merged:
                break
    return blocks


def _rows(pieces: list[Line]) -> list[Line]:
    """Pieces on one baseline joined into a line again, top to bottom."""
    rows: list[list[Line]] = []
    for p in sorted(pieces, key=lambda l: (l.baseline, l.x0)):
        if rows and abs(p.baseline - rows[-1][0].baseline) <= 0.3 * p.size:
            rows[-1].append(p)
        else:
            rows.append([p])
    return [Line([w for p in sorted(r, key=lambda l: l.x0) for w in p.words]) for r in rows]


def _before(a: Block, b: Block, blocks: list[Block]) -> bool:
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    if overlap > 0:
        return a.top < b.top or (a.top == b.top and a.x0 < b.x0)
    if a.x1 > b.x0:
        return False
    upper, lower = (a, b) if a.bottom <= b.bottom else (b, a)
    for c in blocks:
        if c is a or c is b:
            continue
        between = c.top >= upper.bottom - 1 and c.bottom <= lower.top + 1
        if between and c.x0 < a.x1 and c.x1 > b.x0:
            return False
    return True


def reading_order(blocks: list[Block]) -> list[Block]:
    """Blocks in reading order (topological order of Breuel's rules, top-left first)."""
    n = len(blocks)
    if n <= 1:
        return list(blocks)
    after: list[list[int]] = [[] for _ in range(n)]
    indegree = [0] * n
    for i in range(n):
        for j in range(n):
            if i != j and _before(blocks[i], blocks[j], blocks) and not _before(blocks[j], blocks[i], blocks):
                after[i].append(j)
                indegree[j] += 1
    ready = [(blocks[i].top, blocks[i].x0, i) for i in range(n) if indegree[i] == 0]
    heapq.heapify(ready)
    order: list[int] = []
    while ready:
        _, _, i = heapq.heappop(ready)
        order.append(i)
        for j in after[i]:
            indegree[j] -= 1
            if indegree[j] == 0:
                heapq.heappush(ready, (blocks[j].top, blocks[j].x0, j))
    if len(order) < n:  # a cycle (overlapping boxes): the rest top to bottom
        rest = sorted((i for i in range(n) if i not in set(order)), key=lambda i: (blocks[i].top, blocks[i].x0))
        order += rest
    return [blocks[i] for i in order]


def page_blocks(lines: list[Line], regions: list[tuple[tuple[float, float, float, float], object]],
                width: float) -> list[Block]:
    """The page's prose lines and table regions as blocks in reading order."""
    blocks = _merge_pairs(_blocks(split_columns(lines)), width)
    for box, item in regions:
        blocks.append(Block(item=item, box=box))
    ordered = reading_order(blocks)
    for b in ordered:
        if b.item is None:
            b.lines = _rows(b.lines)
    return ordered
