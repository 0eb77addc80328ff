"""Page furniture: running headers, footers and page numbers, and the page labels they print.

A line is furniture when it sits in the top or bottom band of its page, among the page's
outermost lines, and either repeats on several pages (digits ignored: "Plan 2025-2030  5"
and "... 6" are one line) or holds nothing but a page number and is the page's first or
last line (a footnote's number on a line of its own is followed by the footnote). Furniture is kept out of
the text and out of tables.

Page labels: the PDF's own /PageLabels when it has them (front matter in roman numerals,
then 1..n), else the number printed in that page's furniture, accepted only when it runs
in step with the physical pages (the same offset on a neighbouring page), else None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ingest.tables.pdf_layout import Line, PageLayout

_BAND = 0.1  # share of the page height at top and bottom where furniture is printed
_OUTER = 3  # furniture is among the page's first or last lines
_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I)
_NUMBER = re.compile(r"^\d{1,3}$")
_TRIM = "-–—|·•.:()[] "


@dataclass
class Furniture:
    lines: dict[int, set[int]] = field(default_factory=dict)  # page -> id() of its furniture lines
    printed: dict[int, str] = field(default_factory=dict)  # page -> page number printed on it

    def keep(self, page: PageLayout) -> list[Line]:
        gone = self.lines.get(page.number, set())
        return [l for l in page.lines if id(l) not in gone]


def _token_number(token: str) -> bool:
    t = token.strip(_TRIM)
    return bool(t) and (bool(_NUMBER.match(t)) or bool(_ROMAN.match(t)))


def _key(text: str) -> str:
    words = [("#" if _token_number(w) else re.sub(r"\d+", "#", w.lower())) for w in text.split()]
    return " ".join(words)


def _bare_number(text: str) -> bool:
    words = [w for w in text.split() if w.strip(_TRIM)]
    return 0 < len(words) <= 2 and _token_number(words[-1]) and (len(words) == 1 or len(words[0]) <= 5)


def _candidates(page: PageLayout) -> list[tuple[str, Line]]:
    """The page's outermost lines inside the top and bottom bands, set apart from the body
    by a gap wider than a line (a heading at the top of the text is not), with their zone."""
    lines = page.lines
    h = page.height
    top = _edge(lines, lambda l: (l.top + l.bottom) / 2 <= h * _BAND, lambda a, b: b.top - a.bottom)
    bottom = _edge(lines[::-1], lambda l: (l.top + l.bottom) / 2 >= h * (1 - _BAND), lambda a, b: a.top - b.bottom)
    return [("top", l) for l in top] + [("bottom", l) for l in bottom if all(l is not t for t in top)]


def _edge(lines: list[Line], in_band, gap) -> list[Line]:
    """The lines before the widest gap among the first few, when they lie in the band."""
    best, cut = 0.0, 0
    for k in range(1, min(_OUTER, len(lines)) + 1):
        if not in_band(lines[k - 1]):
            break
        g = gap(lines[k - 1], lines[k]) if k < len(lines) else float("inf")
        if g >= 0.8 * (lines[k - 1].bottom - lines[k - 1].top) and g > best:
            best, cut = g, k
    return lines[:cut]


def find_furniture(pages: list[PageLayout]) -> Furniture:
    per_page = {p.number: _candidates(p) for p in pages}
    counts = Counter(k for cands in per_page.values() for k in {(zone, _key(l.text)) for zone, l in cands})
    repeat = 2 if len(pages) <= 4 else 3
    out = Furniture()
    numbers: dict[int, list[str]] = {}

    def take(number: int, line: Line) -> None:
        out.lines.setdefault(number, set()).add(id(line))
        words = [w.strip(_TRIM) for w in line.text.split()]
        numbers.setdefault(number, []).extend(w for w in (words[0], words[-1]) if _token_number(w))

    for page in pages:
        for zone, line in per_page[page.number]:
            key = _key(line.text)
            if counts[(zone, key)] >= repeat and re.search(r"[^\W\d_]{2}", key.replace("#", "")):
                take(page.number, line)
        rest = out.keep(page)
        for line in _outermost(rest):
            if any(line is l for _, l in per_page[page.number]) and _bare_number(line.text):
                take(page.number, line)
    out.printed = _in_step(numbers)
    return out


def _outermost(lines: list[Line]) -> list[Line]:
    """The first and last lines when no other line shares their height."""
    out = []
    for line, others in ((lines[0], lines[1:]), (lines[-1], lines[:-1])) if lines else ():
        if not any(o.top < line.bottom and o.bottom > line.top for o in others):
            out.append(line)
    return out


def _value(token: str) -> tuple[str, int]:
    if token.isdigit():
        return "arabic", int(token)
    total, last = 0, 0
    for ch in reversed(token.lower()):
        v = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}[ch]
        total += -v if v < last else v
        last = max(last, v)
    return "roman", total


def _in_step(numbers: dict[int, list[str]]) -> dict[int, str]:
    """Printed numbers that move with the physical page: a neighbour page (up to two away)
    prints a number of the same kind at the same offset."""
    offsets: dict[int, set[tuple[str, int]]] = {
        page: {(_value(t)[0], page - _value(t)[1]) for t in tokens} for page, tokens in numbers.items()
    }
    out: dict[int, str] = {}
    for page, tokens in numbers.items():
        for t in tokens:
            kind, value = _value(t)
            key = (kind, page - value)
            if any(key in offsets.get(page + d, ()) for d in (-2, -1, 1, 2)):
                out[page] = t
                break
    return out


def pdf_page_labels(reader) -> list[str] | None:
    """The labels of the PDF's /PageLabels tree, or None when the file has none."""
    try:
        root = reader.trailer["/Root"]
        if "/PageLabels" not in root:
            return None
        return list(reader.page_labels)
    except Exception:  # a damaged label tree is no reason to refuse the file
        return None


def page_labels(count: int, pdf_labels: list[str] | None, furniture: Furniture) -> list[str | None]:
    if pdf_labels is not None and len(pdf_labels) == count:
        return [l or None for l in pdf_labels]
    return [furniture.printed.get(n) for n in range(1, count + 1)]
