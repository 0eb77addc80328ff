"""Page geometry of a PDF: words with their boxes and fonts, text lines, ruling lines, fills.

Built from pdfminer.six (the engine under pdfplumber) with layout analysis switched off:
we only want where each glyph is, which font draws it, and the painted lines and
rectangles. pdfplumber's per-object dictionaries cost more than the parsing itself
(see `ingest.tables.pdf` for the numbers), so its engine is driven directly.

Coordinates are top-down, like pdfplumber: `top` grows downwards from the top of the page.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import BinaryIO

_BOLD_HINTS = ("bold", "black", "heavy", "semibold", "demi")


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    baseline: float

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    """Words on one baseline, left to right."""

    words: list[Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self._body)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self._body)

    @property
    def _body(self) -> list[Word]:
        """The line without words smaller than most of its text: a footnote mark set off its
        baseline does not stretch the line into its neighbours."""
        if min(w.size for w in self.words) >= 0.85 * self.size:
            return self.words
        sizes: dict[float, int] = {}
        for w in self.words:
            sizes[round(w.size, 1)] = sizes.get(round(w.size, 1), 0) + len(w.text)
        usual = max(sizes, key=sizes.get)
        return [w for w in self.words if w.size >= 0.85 * usual]

    @property
    def baseline(self) -> float:
        return self.words[0].baseline

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def ymid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def bold(self) -> bool:
        chars = sum(len(w.text) for w in self.words)
        return sum(len(w.text) for w in self.words if w.bold) > chars / 2

    @property
    def text(self) -> str:
        out = ""
        for i, w in enumerate(self.words):
            if i and not _ordinal(self.words[i - 1], w):
                out += " "
            out += w.text
        return out


def _ordinal(a: Word, b: Word) -> bool:
    """A raised suffix in letters set right after a number ("4" "th", "1" "er"): one word."""
    return (a.text[-1:].isdigit() and b.text.isalpha() and b.size < 0.85 * a.size
            and b.baseline < a.baseline - 0.15 * a.size and b.x0 - a.x1 < 0.15 * a.size)


@dataclass(frozen=True)
class Rule:
    """A painted horizontal or vertical line (or a thin filled rectangle)."""

    horizontal: bool
    pos: float  # y (top-down) of a horizontal rule, x of a vertical one
    lo: float  # extent along the rule: x0..x1 or top..bottom
    hi: float


@dataclass(frozen=True)
class Fill:
    """A filled rectangle (cell shading, zebra rows)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class PageLayout:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    images: int = 0  # pictures painted on the page (a scanned page is one)

    @property
    def painted(self) -> bool:
        """True when something is drawn on the page (text, a picture, lines, shapes)."""
        return bool(self.words or self.images or self.rules or self.fills)


# ---- reading -----------------------------------------------------------------------------


def open_document(fp: BinaryIO, password: str = ""):
    """A pdfminer PDFDocument (raises pdfminer's errors; the reader translates them)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    return PDFDocument(PDFParser(fp), password=password)


def iter_pages(document):
    """PageLayout per page of an open pdfminer document."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        interpreter.process_page(page)
        yield _layout(number, device.get_result())


def _layout(number: int, ltpage) -> PageLayout:
    from pdfminer.layout import LTChar, LTCurve, LTFigure, LTImage

    height = ltpage.y1
    page = PageLayout(number, ltpage.x1 - ltpage.x0, ltpage.y1 - ltpage.y0)
    chars: list[tuple] = []
    stack = list(ltpage)
    while stack:
        obj = stack.pop()
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if not obj.upright or text.startswith("(cid:"):
                continue
            font = (obj.fontname or "").lower()
            baseline = height - obj.matrix[5]
            chars.append((text, obj.x0, obj.x1, height - obj.y1, height - obj.y0, obj.size,
                          any(h in font for h in _BOLD_HINTS), baseline))
        elif isinstance(obj, LTFigure):
            stack.extend(obj)
        elif isinstance(obj, LTImage):
            page.images += 1
        elif isinstance(obj, LTCurve):
            _graphics(page, obj, height)
    page.words = _words(chars)
    page.lines = build_lines(page.words)
    return page


def _graphics(page: PageLayout, obj, height: float) -> None:
    x0, x1, top, bottom = obj.x0, obj.x1, height - obj.y1, height - obj.y0
    w, h = x1 - x0, bottom - top
    thin = 2.5
    if w <= thin and h > thin:
        page.rules.append(Rule(False, (x0 + x1) / 2, top, bottom))
    elif h <= thin and w > thin:
        page.rules.append(Rule(True, (top + bottom) / 2, x0, x1))
    elif w > thin and h > thin:
        if getattr(obj, "fill", False) and not _white(getattr(obj, "non_stroking_color", None)):
            page.fills.append(Fill(x0, top, x1, bottom))
        if getattr(obj, "stroke", False) and len(getattr(obj, "pts", ())) in (4, 5):
            page.rules += [Rule(True, top, x0, x1), Rule(True, bottom, x0, x1),
                           Rule(False, x0, top, bottom), Rule(False, x1, top, bottom)]


def _white(color) -> bool:
    if color is None:
        return False
    try:
        values = list(color) if isinstance(color, (tuple, list)) else [color]
        values = [float(v) for v in values]
    except (TypeError, ValueError):
        return False
    if len(values) == 4:  # CMYK
        return all(v <= 0.02 for v in values)
    return bool(values) and all(v >= 0.98 for v in values)


# ---- words and lines ---------------------------------------------------------------------


SOFT_HYPHEN = "\u00ad"
BULLET_GLYPH = "\u2022"


def _is_private(ch: str) -> bool:
    """A private-use code point: a symbol font's glyph with no Unicode meaning (bullets)."""
    return len(ch) == 1 and 0xE000 <= ord(ch) <= 0xF8FF


def _baseline_runs(chars: list[tuple]) -> list[list[tuple]]:
    """Glyphs grouped by baseline (a run per printed baseline), each run left to right."""
    chars.sort(key=lambda c: c[7])
    runs: list[list[tuple]] = []
    for c in chars:
        if runs and c[7] - runs[-1][-1][7] <= max(0.6, 0.15 * c[5]):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        run.sort(key=lambda c: c[1])
    return runs


def _painted_twice(c: tuple, kept: list[tuple]) -> bool:
    """The same glyph drawn again over itself (fake bold, a shadow, a duplicated layer)."""
    for p in kept[-4:]:
        if p[0] == c[0] and abs(c[1] - p[1]) < max(0.35, 0.3 * (p[2] - p[1])) and abs(c[7] - p[7]) < 0.5:
            return True
    return False


def _space_threshold(run: list[tuple]) -> float:
    """The gap (in ems) above which two glyphs of a baseline belong to different words.

    Words placed glyph by glyph without space characters are told apart by their gaps: a
    space is a quarter of an em, kerning a few hundredths. Letter-spaced text (every glyph
    apart) raises the bar by its usual gap."""
    gaps = sorted((b[1] - a[2]) / max(a[5], 1.0) for a, b in zip(run, run[1:])
                  if not a[0].isspace() and not b[0].isspace())
    if not gaps:
        return 0.15
    usual = gaps[len(gaps) // 2]
    return 0.15 if usual < 0.05 else usual + 0.12


def _words(chars: list[tuple]) -> list[Word]:
    """Group glyphs into words: same baseline, no space character and no space-wide gap."""
    words: list[Word] = []
    for run in _baseline_runs(chars):
        kept: list[tuple] = []
        for c in run:
            if not _painted_twice(c, kept):
                kept.append(c)
        threshold = _space_threshold(kept)
        cur: list[tuple] = []
        for c in kept:
            if c[0].isspace():
                if cur and c[1] < cur[-1][2] - 0.5 * (c[2] - c[1]):
                    continue  # a space drawn under a glyph (at a line's start), not between words
                _flush(cur, words)
                continue
            if cur:
                p = cur[-1]
                gap = c[1] - p[2]
                size = max(c[5], p[5])
                if gap > threshold * size or gap < -0.5 * size:
                    _flush(cur, words)
            cur.append(c)
        _flush(cur, words)
    return words


def _flush(cur: list[tuple], words: list[Word]) -> None:
    if not cur:
        return
    if len(cur) > 1 and _is_private(cur[0][0]):  # a bullet glyph set against its text
        head, rest = [cur[0]], cur[1:]
        _flush(head, words)
        cur[:] = rest
    text = "".join(c[0] for c in cur)
    if SOFT_HYPHEN in text[:-1]:  # an invisible break opportunity inside a word
        text = text[:-1].replace(SOFT_HYPHEN, "") + text[-1]
    if _is_private(text):  # a symbol font's bullet on its own
        text = BULLET_GLYPH
    if text:
        words.append(Word(text, min(c[1] for c in cur), max(c[2] for c in cur),
                          min(c[3] for c in cur), max(c[4] for c in cur), max(c[5] for c in cur),
                          sum(len(c[0]) for c in cur if c[6]) * 2 > sum(len(c[0]) for c in cur),
                          cur[0][7]))
    cur.clear()


def build_lines(words: list[Word]) -> list[Line]:
    """Words on the same baseline (a raised footnote mark joins its line), top to bottom."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w.baseline, w.x0)):
        target = None
        for line in reversed(lines[-4:]):
            ref = line.words[0]
            if abs(w.baseline - ref.baseline) <= max(1.0, 0.25 * min(w.size, ref.size)):
                target = line
                break
            small = w.size < 0.85 * ref.size
            if small and w.bottom > ref.top and w.top < ref.bottom and _touches(w, line):
                target = line
                break
        if target is None:
            lines.append(Line([w]))
        else:
            target.words.append(w)
    lines = _raised_into_lines(lines)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda l: (l.top, l.x0))
    return lines


def _touches(w: Word, line: Line) -> bool:
    """A word set next to one of the line's words (a footnote mark), not across a gutter."""
    reach = 1.5 * line.size
    return any(w.x0 - t.x1 < reach and t.x0 - w.x1 < reach for t in line.words)


def _raised_into_lines(lines: list[Line]) -> list[Line]:
    """A line of small raised glyphs only ("th" of "4th", a footnote mark) read before its
    own line (its baseline is higher) joins the line it overlaps below."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        below = next((l for l in lines[i + 1:i + 4] if l.size > line.size / 0.85), None)
        if below is not None and line.bottom > below.top and line.top < below.bottom \
                and line.x0 >= below.x0 - 1 and line.x1 <= below.x1 + line.size * 2:
            below.words.extend(line.words)
            continue
        out.append(line)
    return out


def typical_gap(lines: list[Line], size: float) -> float:
    """The usual vertical gap between consecutive lines of one paragraph at this size."""
    gaps = []
    for a, b in zip(lines, lines[1:]):
        if abs(a.size - size) < 0.6 and abs(b.size - size) < 0.6:
            g = b.top - a.bottom
            if -0.5 * size < g < 1.2 * size:
                gaps.append(round(g, 1))
    if not gaps:
        return 0.2 * size
    return statistics.median_low(sorted(gaps)[: max(1, len(gaps) * 2 // 3)])
