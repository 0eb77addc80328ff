"""Where the flattened tables are: header clusters, their extent, their page segments.

A table starts where several generic header labels (No., goal, lines of action,
monitoring, departments, ...) and line ids come together. It runs on over page
breaks until a section heading ("PILLAR B. ...", "CHAPTER 3. ...") or ordinary
prose takes over. Footnotes printed at the foot of a page inside the table belong
to the region but not to any cell. Within a table, each page was flattened on its
own, so the table is cut into page segments: at a page start, or where the header
labels are printed again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .flat_lines import Box, Line, header_roles, parse_ref

# A section heading: an all-caps word, a number or letter, a dot or colon, a title.
_HEADING = re.compile(r"^[A-Z][A-Z]{2,}(?:\s+[A-Z]{2,})?\s+(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])[.:]\s+\S")
_PROSE_LINE = 90  # a table cell line is narrower than this
_WINDOW = 40  # lines within which a table's first label is followed by an id or a label
_SCAN = 600  # lines within which all the labels of a table's header are printed


@dataclass
class Region:
    """A table region: the boxes of its page segments, and the heading before it."""

    boxes: list[list[Box]] = field(default_factory=list)  # one list per page segment
    heading: str | None = None
    start: int = 0
    end: int = 0


# A numbered section heading: "4.2. Water and ecosystems", "3.1 Context" (two levels or
# more, so that a list item "1. To ..." is not one), no final stop.
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z][^.;:!?]{0,80}$")


def is_heading(text: str) -> bool:
    text = text.strip()
    return bool(_HEADING.match(text) or _NUMBERED_HEADING.match(text))


_LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s+[A-Z]")  # "1. The first review ..."


def _is_prose(box: Box) -> bool:
    """A paragraph of running text (long lines, or one very long line), or a numbered
    list item: what follows a table, never a cell of it."""
    if _LIST_ITEM.match(box.lines[0].text):
        return True
    longs = [ln for ln in box.lines if len(ln.text) >= _PROSE_LINE]
    if len(longs) >= 2 or any(len(ln.text) >= 250 for ln in box.lines):
        return True
    # A long line that runs on (no final stop) in a box of few lines: wrapped prose.
    return bool(longs) and len(longs) * 2 >= len(box.lines) and not longs[-1].text.endswith(".")


def _header_start(lines: list[Line], i: int) -> bool:
    """Line i opens a table: header labels of 3+ roles and line ids follow, before the
    next heading or paragraph of prose (the labels may be far apart: each is printed
    at the top of its column, after the whole column before it)."""
    text = lines[i].text
    if not header_roles(text) or not (text[:1].isupper() or text[:1] in "#№"):
        return False
    roles: set[str] = set()
    ids = 0
    near = False  # an id or another label close to the first
    for k, line in enumerate(lines[i:i + _SCAN]):
        if is_heading(line.text) or (k and len(line.text) >= 2 * _PROSE_LINE):
            break
        found = header_roles(line.text)
        if found and (line.text[:1].isupper() or line.text[:1] in "#№"):
            roles.update(found)
            near = near or 0 < k < _WINDOW
        elif parse_ref(line.text):
            ids += 2 if "." in line.text else 1
            near = near or k < _WINDOW
        if len(roles) >= 3 and ids >= 2 and near:
            return True
    return False


def find_regions(lines: list[Line], boxes: list[Box]) -> list[Region]:
    """The table regions of a document, as page segments of boxes."""
    regions: list[Region] = []
    heading: str | None = None
    bi = 0
    while bi < len(boxes):
        first = boxes[bi].lines[0]
        if is_heading(first.text):
            # A section heading that names the objective ("OBJECTIVE 2. ...") heads the
            # tables after it; a numbered subsection ("4.3. Infrastructure") only ends
            # one (the table printed under it may cover other objectives).
            heading = first.text if _HEADING.match(first.text.strip()) else heading
        start_line = next((ln for ln in boxes[bi].lines if _header_start(lines, ln.index)), None)
        if start_line is None:
            bi += 1
            continue
        region, bi = _collect(boxes, bi, heading)
        regions.append(region)
    return regions


def _collect(boxes: list[Box], bi: int, heading: str | None) -> tuple[Region, int]:
    """Gather the boxes of one table from box `bi` on; return it and the next box index."""
    region = Region(heading=heading, start=boxes[bi].start)
    segment: list[Box] = []
    pending_notes: list[Box] = []  # prose-like boxes: footnotes if the table goes on
    seen_ids = False  # in the table so far
    page_ids = False  # on the current page
    while bi < len(boxes):
        box = boxes[bi]
        first = box.lines[0]
        if is_heading(first.text):
            break
        if _is_prose(box):
            pending_notes.append(box)
            bi += 1
            continue
        if pending_notes and seen_ids and not _continues(boxes, bi):
            break
        pending_notes = []
        if segment and (first.page_start or (page_ids and _repeats_header(boxes, bi))):
            region.boxes.append(segment)
            segment = []
            page_ids = False
        segment.append(box)
        has_ids = any(parse_ref(ln.text) for ln in box.lines)
        seen_ids, page_ids = seen_ids or has_ids, page_ids or has_ids
        bi += 1
    if segment:
        region.boxes.append(segment)
    region.end = max(b.end for seg in region.boxes for b in seg)
    return region, bi


def _continues(boxes: list[Box], bi: int) -> bool:
    """Does the table go on from box `bi` (cells, ids, a repeated header), not prose?"""
    for box in boxes[bi:bi + 6]:
        if is_heading(box.lines[0].text) or _is_prose(box):
            return False
        if any(parse_ref(ln.text) or header_roles(ln.text) for ln in box.lines):
            return True
    return False


def _repeats_header(boxes: list[Box], bi: int) -> bool:
    """Header labels printed again (a new page whose start was not marked)."""
    if "ref" not in (header_roles(boxes[bi].lines[0].text) or []):
        return False
    roles: set[str] = set()
    for box in boxes[bi:bi + 8]:
        for ln in box.lines:
            found = header_roles(ln.text)
            if found and ln.text[:1].isupper():
                roles.update(found)
    return len(roles) >= 3
