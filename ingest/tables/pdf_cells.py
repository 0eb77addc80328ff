"""The text of one table cell from its printed lines.

A cell's lines are either wrapped (the text went on because the next word did not fit)
or broken on purpose (one department per line, one instrument per line). The test is
the one a typesetter applies: a line was wrapped when the first word of the next line
would not have fitted in the space left on it. Lower-case continuations, an opening
bracket ("(coordination)") and a line ending in a connecting word or a hyphen are
wraps too, whatever the width says.
"""

from __future__ import annotations

import re

from collections.abc import Callable

from ingest.tables.cells import COORDINATION
from ingest.tables.pdf_layout import Line
from plans.text import BULLET_MARKS

END_MARK = re.compile(COORDINATION.pattern.rstrip() + r"$", COORDINATION.flags)

BULLETS = frozenset(BULLET_MARKS) | {"o"}  # a line opening on one of these starts an item
_CONNECTORS = {"and", "or", "of", "for", "the", "to", "in", "on", "with", "at", "by", "a", "an", "&", "/", "-", "–"}
_SPACE = 0.28  # width of a space in ems (Helvetica/Times; Courier's 0.6 only makes lines look fuller)


def _forced(a: Line, b: Line) -> bool:
    """A break that can only be a wrap: the next line continues a word or a phrase."""
    first = b.words[0].text
    if first in BULLETS:
        return False
    last = a.words[-1].text
    if first[:1].islower() or first[:1] in "([{,;:.)":
        return True
    return last.lower() in _CONNECTORS or last.endswith(("-", "/", ","))


def _fits(a: Line, b: Line, limit: float) -> bool:
    """True when the next line's first word would have fitted at the end of this one."""
    first = b.words[0]
    need = (first.x1 - first.x0) + _SPACE * first.size
    return need <= limit - a.x1 + 0.5


def _join(a: str, b: str) -> str:
    if re.search(r"[A-Za-z]-$", a) and b[:1].isalpha():
        return a + b  # a compound broken after its hyphen: "Interior-" + "Civil Protection"
    return a + " " + b


def forced_entries(lines: list[Line]) -> list[str]:
    """The cell split at every break that is not certainly a wrap."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and _forced(lines[i - 1], line):
            out[-1] = _join(out[-1], line.text)
        else:
            out.append(line.text)
    return out


def logical_lines(lines: list[Line], limit: float, certain: frozenset[str] = frozenset(),
                  probable: frozenset[str] = frozenset(), join: Callable[[str, str], str] | None = None) -> list[str]:
    """The cell's text as lines the author wrote: wrapped lines joined, hard breaks kept.

    Entries of the same column elsewhere in the document settle the breaks the width
    cannot (a department column too narrow for two names side by side): `certain` holds
    entries printed whole on one line or joined only by certain wraps, `probable` those
    that filled a cell of their own by the width rule (lower-cased). `join` puts two
    wrapped lines together (default: a space, or nothing after a compound's hyphen).
    """
    join = join or _join
    out: list[str] = []
    for i, line in enumerate(lines):
        if not i:
            out.append(line.text)
            continue
        prev, cur = lines[i - 1], out[-1]
        joined, nxt = _join(cur, line.text).lower(), line.text.lower()
        if _forced(prev, line):
            wrap = True
        elif END_MARK.search(cur):
            wrap = False  # "Equality (coordination)" ends an entry
        elif joined in certain:
            wrap = True
        elif cur.lower() in certain or nxt in certain:
            wrap = False
        elif joined in probable:
            wrap = True
        elif cur.lower() in probable or nxt in probable:
            wrap = False
        else:
            wrap = not _fits(prev, line, limit)
        if wrap:
            out[-1] = join(cur, line.text)
        else:
            out.append(line.text)
    return out


def paragraph(lines: list[Line]) -> str:
    """All the cell's lines as one running text (a goal, an action)."""
    text = ""
    for line in lines:
        text = _join(text, line.text) if text else line.text
    return text
