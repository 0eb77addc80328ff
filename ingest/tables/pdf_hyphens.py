"""Words broken over a line end, put back together the way the document spells them.

A line that ends in a hyphen after a letter ("approv-" / "al of the plan") is either a
word the typesetter hyphenated or a compound with a real hyphen ("co-" / "performer").
The document itself settles most cases: a form printed whole elsewhere in it ("approval",
"co-performer") wins. Otherwise a capital or a digit after the break keeps the hyphen
("Interior-" / "Civil Protection", "COVID-" / "19") and anything else is joined: the
typesetter's hyphenation is by far the commoner kind of break in running text and
cells. A soft hyphen (U+00AD) at the end of a line is always the typesetter's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.tables.pdf_layout import SOFT_HYPHEN

_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=\w))*", re.U)
_BROKEN = re.compile(r"([^\W\d_][\w'’-]*?)([-" + SOFT_HYPHEN + r"])$", re.U)
_HEAD = re.compile(r"^([\w'’]+)\S*", re.U)


class Hyphenation:
    """Decides, for one document, how a line ending in a hyphen joins the next line."""

    def __init__(self, lines: Iterable[str]):
        self.words: set[str] = set()
        for line in lines:
            self.words.update(w.lower() for w in _WORD.findall(line.rstrip("-" + SOFT_HYPHEN)))

    def broken(self, line: str, following: str) -> tuple[int, str, str] | None:
        """When `line` ends inside a word continued at the start of `following`: where the
        word starts in `line`, its first part as it should be printed (hyphen kept or not) and the first token of
        `following` (the rest of the word with any punctuation after it), else None."""
        m = _BROKEN.search(line)
        head = _HEAD.match(following.lstrip())
        if not m or not head or not head.group(1)[:1].isalnum():
            return None
        first, mark, rest, token = m.group(1), m.group(2), head.group(1), head.group(0)
        if mark == SOFT_HYPHEN:
            return m.start(1), first, token
        whole, compound = (first + rest).lower(), f"{first}-{rest}".lower()
        if compound in self.words:
            return m.start(1), first + "-", token
        if whole in self.words:
            return m.start(1), first, token
        if not rest[:1].islower():
            return m.start(1), first + "-", token
        return m.start(1), first, token

    def join(self, line: str, following: str) -> str:
        """Two lines of one cell or paragraph as one run of text."""
        parts = self.broken(line, following)
        if parts is None:
            return f"{line} {following}" if line else following
        cut, first, token = parts
        return line[:cut] + first + token + following.lstrip()[len(token):]

    def rewrap(self, lines: list[str]) -> list[str]:
        """A paragraph's lines with every broken word made whole on the line it starts on."""
        out = list(lines)
        for i in range(len(out) - 1):
            parts = self.broken(out[i], out[i + 1])
            if parts is None:
                continue
            cut, first, token = parts
            out[i] = out[i][:cut] + first + token
            out[i + 1] = out[i + 1].lstrip()[len(token):].lstrip()
        return [l for l in out if l]
