"""Markdown pipe tables ("| Line | Action |" over "|---|---|") as `Grid`s.

The line above the separator is the header (marked: `header_rows=1`); each cell is the
verbatim span of its text between two pipes, so citations quote the file itself; an empty
cell is None. The caption is the heading or the short line right above the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.tables.model import Grid, GridCell

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_SEPARATOR = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$")
_CAPTION_WORDS = 40


@dataclass
class PipeTable:
    grid: Grid
    start: int  # the region of the text the table takes (header to last row)
    end: int


def pipe_tables(text: str) -> list[PipeTable]:
    lines = _lines(text)
    out: list[PipeTable] = []
    i = 0
    while i + 1 < len(lines):
        (a, b), (c, d) = lines[i], lines[i + 1]
        if not (_ROW.match(text[a:b]) and _SEPARATOR.match(text[c:d])):
            i += 1
            continue
        rows = [_cells(text, a, b)]
        j = i + 2
        while j < len(lines) and _ROW.match(text[lines[j][0]:lines[j][1]]):
            rows.append(_cells(text, *lines[j]))
            j += 1
        width = max(len(r) for r in rows)
        rows = [r + [None] * (width - len(r)) for r in rows]
        grid = Grid(rows, [None] * len(rows), header_rows=1, caption=_caption(text, lines, i))
        out.append(PipeTable(grid, a, lines[j - 1][1]))
        i = j
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, a: int, b: int) -> list[GridCell | None]:
    """The cells between the pipes of one row, each a stripped verbatim span ("\\|" is text)."""
    line = text[a:b]
    bars = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    out: list[GridCell | None] = []
    for left, right in zip(bars, bars[1:]):
        raw = line[left + 1 : right]
        body = raw.strip()
        if not body:
            out.append(None)
            continue
        start = a + left + 1 + raw.index(body)
        out.append(GridCell(" ".join(body.split()), start, start + len(body)))
    return out


def _caption(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    for a, b in reversed(lines[:i]):
        line = text[a:b].strip()
        if not line:
            continue
        line = line.lstrip("#").strip().strip("*_").strip()
        return line if line and len(line.split()) <= _CAPTION_WORDS else None
    return None
