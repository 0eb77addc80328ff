"""A document's title and byline, found in its first blocks.

The title is the run of short heading lines at the top ("WOMEN, PEACE AND SECURITY" /
"BELGIAN NATIONAL ACTION PLAN 2013-2016"), or the heading that holds most of the text when
lesser headings come first (a report after its cover letter; `whole_text_heading`, which
the reader consults first). The author is a heading-like line near the top that reads as a person's name: two to four capitalised words that the document never
uses as ordinary words ("Belgium Report" is not a name: "report" is a word of the text).
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.document import Block
from ingest.structure import heading_text

_NAME_WORD = re.compile(r"^[A-Z][a-zà-ÿ'’-]+\.?$|^[A-Z]\.$")
_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "le", "la", "du", "dos", "del"}
_SECTION_WORDS = {
    "introduction", "contents", "table of contents", "summary", "executive summary",
    "foreword", "preface", "abstract", "overview", "background",
}
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|(?:objective|goal|chapter|section|part)\s+\d+)\s", re.I)
_BY = re.compile(r"^(?:by|author[s]?:|written by)\s+", re.I)


def find_title(text: str, blocks: list[Block], path: Path) -> str:
    lines: list[str] = []
    first_level = None
    for b in blocks[:12]:
        if b.kind != "heading":
            if lines:
                break
            continue
        if first_level is not None and (b.level > first_level or _NUMBERED.match(heading_text(text, b))):
            break  # a section under the title, not a second title line
        first_level = first_level or b.level
        words = heading_text(text, b)
        if not words or looks_like_name(words, text) or words.lower() in _SECTION_WORDS:
            break
        if not lines and not words[:1].isupper() and not words[:1].isdigit():
            break  # a lower-case first line is a section heading, not a title
        lines.append(words)
        if len(lines) == 3 or len(" ".join(lines)) > 90:
            break
    if lines:
        return " – ".join(lines)
    return path.stem.replace("-", " ").replace("_", " ").strip().capitalize() or path.name


TITLE_SHARE = 0.75  # of the text under one heading: the heading of the whole document


def whole_text_heading(text: str, blocks: list[Block]) -> str | None:
    """The first heading of the top level when it holds most of the text and lower headings
    come before it: a report after its cover letter, whose letterhead ("Member of the
    Provincial Executive") opens the file."""
    headings = [b for b in blocks if b.kind == "heading"]
    if not headings:
        return None
    top = min(b.level for b in headings)
    first = next(b for b in headings if b.level == top)
    if headings[0].level == top:
        return None
    after = next((b for b in headings if b.level == top and b.start > first.start), None)
    share = ((after.start if after else len(text)) - first.start) / max(1, len(text))
    return heading_text(text, first) if share >= TITLE_SHARE else None


def find_author(text: str, blocks: list[Block]) -> Block | None:
    """The block holding the byline, if the first blocks have one."""
    for b in blocks[:15]:
        if b.kind not in ("heading", "paragraph") or b.end - b.start > 80:
            continue
        if looks_like_name(_BY.sub("", heading_text(text, b)), text):
            return b
    return None


def looks_like_name(words: str, text: str) -> bool:
    tokens = words.split()
    if not 2 <= len(tokens) <= 4:
        return False
    named = [t for t in tokens if t.lower() not in _PARTICLES]
    if len(named) < 2 or not all(_NAME_WORD.match(t) for t in named):
        return False
    ordinary = {w for w in re.findall(r"[a-zà-ÿ'’-]+", text) if w[:1].islower()}
    lowered = text.lower()
    for t in named:
        w = t.strip(".").lower()
        if len(w) > 1 and (w in ordinary or lowered.count(w) > 3):
            return False  # an ordinary word of the text, or a recurring term
    return True
