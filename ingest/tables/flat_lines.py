"""Lines and boxes of flattened text, and what a single line can be on its own.

A PDF-to-text tool that flattens a table writes it column after column, in
"boxes": runs of lines separated by blank lines, each box holding vertically
adjacent cells of one column (an id run, a goal, some lines of action, monitoring
instruments, a run of department names). A line starting with a space (or a form
feed) marks the start of a page. This module cuts the text into such lines and
boxes, keeping offsets into the document text, and recognises the forms a line can
take by itself: a line id, a table header label, a footnote marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

# A line id as printed in the first column: "3.c", "7.", "12", "1.1", "2.b.".
_REF = re.compile(r"^(\d{1,3})(?:\.(\d{1,2}|[a-z]))?\.?$")

# Generic table-header vocabulary, by the role of the column it names.
HEADER_ROLES: dict[str, str] = {
    **dict.fromkeys(["no", "no.", "n°", "nº", "n", "#", "nr", "nr.", "ref", "ref.", "id",
                     "number", "line"], "ref"),
    **dict.fromkeys(["goal", "goals", "objective", "objectives", "specific objective",
                     "specific objectives", "target", "targets", "aim", "aims"], "goal"),
    **dict.fromkeys(["line of action", "lines of action", "action", "actions",
                     "action line", "action lines", "measure", "measures", "activity",
                     "activities", "commitment", "commitments", "of action"], "action"),
    **dict.fromkeys(["monitoring", "instruments", "instrument", "monitoring instruments",
                     "monitoring instrument", "indicator", "indicators",
                     "performance indicators", "monitoring indicators", "means of verification",
                     "verification"], "monitoring"),
    **dict.fromkeys(["department", "departments", "responsible", "responsibility",
                     "responsibilities", "responsible department", "responsible departments",
                     "responsible department(s)", "lead", "lead department", "owner", "owners",
                     "actors", "actor", "responsible actors", "competent authority",
                     "competent authorities", "partners", "departments involved"], "department"),
}

_TERMINAL = (".", ";", ":", "!", "?")


@dataclass(frozen=True)
class Line:
    """One non-blank line: `text` stripped, `start`/`end` its offsets in the document."""

    text: str
    start: int
    end: int
    index: int  # position among the document's non-blank lines
    page_start: bool  # the line opens a page (leading space or form feed)
    after_blank: bool  # a blank line (or a page start) comes right before it


@dataclass
class Box:
    """A run of consecutive non-blank lines: one stretch of one column, mostly."""

    lines: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text`, with offsets and page-start / blank-before flags."""
    lines: list[Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            page_start = bool(lead) and (body[0] in " \f" or "\f" in body[:lead])
            start = pos + lead
            lines.append(Line(stripped, start, start + len(stripped), len(lines),
                              page_start, blank or page_start))
            blank = False
        else:
            blank = True
            if "\f" in body:
                blank = True
        pos += len(raw)
    return lines


def page_furniture(lines: list[Line]) -> set[int]:
    """Running heads and feet: the same line (page numbers aside) printed first or last
    on most pages. Their indices, to be left out of tables."""
    starts = [0] + [i for i, ln in enumerate(lines) if ln.page_start and i > 0]
    if len(starts) < 2:
        return set()
    found: set[int] = set()
    for edge in ([lines[i] for i in starts], [lines[i - 1] for i in starts[1:]] + [lines[-1]]):
        seen: dict[str, int] = {}
        for ln in edge:
            key = re.sub(r"\d+", "#", ln.text)
            seen[key] = seen.get(key, 0) + 1
        found |= {ln.index for ln in edge if seen[re.sub(r"\d+", "#", ln.text)] >= max(2, len(starts) / 2)
                  and not parse_ref(ln.text) and not header_roles(ln.text)}
    return found


def without(lines: list[Line], drop: set[int]) -> list[Line]:
    """`lines` less those at `drop`; a dropped page start passes to the next line."""
    kept: list[Line] = []
    carry = False
    for ln in lines:
        if ln.index in drop:
            carry = carry or ln.page_start
            continue
        if carry:
            ln = replace(ln, page_start=True, after_blank=True)
            carry = False
        kept.append(ln)
    return kept


def boxes_of(lines: list[Line]) -> list[Box]:
    """Group lines into boxes: a blank line or a page start closes a box."""
    boxes: list[Box] = []
    for line in lines:
        if not boxes or line.after_blank:
            boxes.append(Box())
        boxes[-1].lines.append(line)
    return boxes


def parse_ref(text: str) -> tuple[str, str] | None:
    """("3.c", "3") for a line id, None for anything else."""
    m = _REF.match(text.strip())
    if not m:
        return None
    ref = m.group(1) + (f".{m.group(2)}" if m.group(2) else "")
    return ref, m.group(1)


def natural_key(ref: str) -> tuple:
    """Sort key for line ids: "2.b" < "10.a", "9" < "9.a", "1.2" < "1.10"."""
    parts = ref.split(".")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def header_role(text: str) -> str | None:
    """The column role a header label names ("LINES OF ACTION" -> "action"), else None."""
    key = re.sub(r"\s+", " ", text.strip().lower()).rstrip(":")
    return HEADER_ROLES.get(key)


def header_roles(text: str) -> list[str] | None:
    """Roles of a header line that holds one or more labels ("No. Goal Action ..."), else None."""
    role = header_role(text)
    if role:
        return [role]
    parts = [p for p in re.split(r"\s*[|\t]\s*|\s{2,}", text.strip()) if p]
    if len(parts) > 1 and all(header_role(p) for p in parts):
        return [header_role(p) for p in parts]  # type: ignore[misc]
    return None


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_TERMINAL) or text.rstrip().endswith((".)", '."', ".'"))


def is_footnote_marker(text: str) -> bool:
    """A lone small number: the number of a footnote printed at the foot of a page."""
    return bool(re.fullmatch(r"\d{1,3}", text.strip()))


def starts_lower(text: str) -> bool:
    first = text.lstrip("\"'(“‘")[:1]
    return first.islower()
