"""Put back the words a PDF-to-text tool printed apart from their justified line.

In a justified cell the last words of a line can stand so far from the others that
the tool prints them on their own ("Involve civil" / "countries." ... "society",
"in", "partner"). Each such stray word is the end of one line of its cell: words
printed side by side (consecutive one-word boxes) end the same line, words printed
one above the other (lines of one box) end successive lines.

A group of stray words is put back into an earlier sentence of the same page only
where (1) re-wrapping that sentence at its column's width makes each group end a
line, and (2) the words it brings together are word pairs the document uses
elsewhere ("local authorities", "public transport"). Otherwise the words are left
out: a cell missing a word is better than a cell with a wrong one.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from plans.text import collapse_ws

from .flat_lines import join_lines
from .flat_units import ParsedBox, Sentence

_SLACK = 3  # characters of tolerance on a column's width (proportional fonts)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z'’]+", text.lower())  # digits glued to words are footnote marks


def word_pairs(paragraphs: list[str]) -> Counter[tuple[str, str]]:
    """Pairs of adjacent words in a document's paragraphs (boxes of lines)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for para in paragraphs:
        words = _words(para)
        pairs.update(zip(words, words[1:]))
    return pairs


def clusters(boxes: list[ParsedBox]) -> list[tuple[int, list[list[tuple[int, int, str]]]]]:
    """Stray words per cluster: (box index, groups of (start, end, word))."""
    found: list[tuple[int, list[list[tuple[int, int, str]]]]] = []
    run: list[tuple[int, int, str]] = []
    run_box = -1
    for pb in sorted(boxes, key=lambda b: b.index):
        if pb.kind == "orphan" and len(pb.orphans) == 1:
            ln = pb.orphans[0]
            run.append((ln.start, ln.end, ln.text))
            run_box = pb.index
            continue
        if run:
            found.append((run_box, [run]))
            run = []
        if pb.kind == "orphan":
            found.append((pb.index, [[(ln.start, ln.end, ln.text)] for ln in pb.orphans]))
    if run:
        found.append((run_box, [run]))
    return found


def width(sentences: list[Sentence], text: str) -> int:
    """A column's line width: its longest lines, leaving out lines merged with others."""
    lengths = sorted(len(collapse_ws(text[s:e])) for sent in sentences for s, e in sent.pieces)
    if not lengths:
        return 0
    p90 = lengths[round(0.9 * (len(lengths) - 1))]
    return max(n for n in lengths if n <= 1.3 * p90)


def _wraps_after(words: list[str], ends: set[int], w: int) -> bool:
    """Greedy wrapping of `words` at width w ends a line after each index in `ends`."""
    breaks = set()
    line = 0
    for i, word in enumerate(words):
        need = len(word) if line == 0 else line + 1 + len(word)
        if line and need > w:
            breaks.add(i - 1)
            line = len(word)
        else:
            line = need
    return ends <= breaks


def _placements(fragments: list[str], groups: list[list[str]], w: int):
    """Where groups can go (after fragment k) so that each ends a wrapped line."""
    for spots in itertools.combinations(range(len(fragments) - 1), len(groups)):
        words: list[str] = []
        ends: set[int] = set()
        inserted: set[int] = set()
        for k, frag in enumerate(fragments):
            words += frag.split()
            if k in spots:
                inserted |= set(range(len(words), len(words) + len(groups[spots.index(k)])))
                words += groups[spots.index(k)]
                ends.add(len(words) - 1)
        if any(_wraps_after(words, ends, x) for x in range(w - _SLACK, w + _SLACK + 1)):
            yield spots, words, inserted


def _support(words: list[str], inserted: set[int], pairs: Counter[tuple[str, str]]) -> float:
    """Word pairs made by the insertion that the document uses elsewhere, less (half) those
    it does not."""
    score = 0.0
    for i in range(len(words) - 1):
        if i in inserted or i + 1 in inserted:
            a, b = (_words(words[i]) or [""])[-1], (_words(words[i + 1]) or [""])[0]
            score += 1.0 if pairs.get((a, b), 0) > 0 else -0.5
    return score


def reattach(
    text: str,
    boxes: list[ParsedBox],
    columns: list[tuple[list[Sentence], int]],
    pairs: Counter[tuple[str, str]],
) -> None:
    """Insert stray words into the sentence they were printed from, in place.

    `columns` holds each column's sentences on this page with the column's width.
    """
    used: set[int] = set()
    for box, groups in clusters(boxes):
        best = None
        for sentences, w in columns:
            for sent in sentences:
                if id(sent) in used or sent.box >= box or len(sent.pieces) <= len(groups):
                    continue
                fragments = [collapse_ws(text[s:e]) for s, e in sent.pieces]
                for spots, words, inserted in _placements(
                        fragments, [[g[2] for g in grp] for grp in groups], w):
                    key = (_support(words, inserted, pairs), sent.box)
                    if key[0] <= 0:
                        continue
                    if best is None or key > best[0]:
                        best = (key, sent, spots)
        if best is None:
            continue
        _, sent, spots = best
        pieces: list[tuple[int, int]] = []
        for k, piece in enumerate(sent.pieces):
            pieces.append(piece)
            if k in spots:
                pieces += [(s, e) for s, e, _ in groups[spots.index(k)]]
        sent.pieces = pieces
        sent.text = join_lines([text[s:e] for s, e in pieces])
        used.add(id(sent))
