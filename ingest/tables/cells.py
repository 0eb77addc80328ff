"""Cells shared by the table readers: department lists with their coordination markers."""

from __future__ import annotations

import re

from ingest.tables.model import Cell
from plans.text import trim_span

COORDINATION = re.compile(r"\s*\((?:coordination|coordinator|lead)\)\s*", re.I)


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Entries of a department line: split at ";" and ",", and after a "(coordination)"."""
    spans, a = [], start
    for m in re.finditer(r"[;,]|(?<=\))\s+(?=\S)", text[start:end]):
        if m.group().strip() == "" and not COORDINATION.search(text[a : start + m.start()] + " "):
            continue
        spans.append((a, start + m.start()))
        a = start + m.end()
    spans.append((a, end))
    return [trim_span(text, s, e) for s, e in spans if text[s:e].strip()]


def department_cells(text: str, spans: list[tuple[int, int]]) -> tuple[list[Cell], list[str]]:
    """One Cell per department named in the given lines, and the names marked "(coordination)"."""
    departments: list[Cell] = []
    coordinators: list[str] = []
    for a, b in spans:
        for s, e in split_list(text, a, b):
            m = COORDINATION.search(text[s:e])
            if m:
                before, after = (s, s + m.start()), (s + m.end(), e)
                s, e = before if before[1] - before[0] >= after[1] - after[0] else after
            s, e = trim_span(text, s, e)
            if e <= s:
                continue
            cell = Cell.from_span(text, s, e)
            departments.append(cell)
            if m:
                coordinators.append(cell.text)
    return departments, coordinators
