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

# A line broken after a hyphen: "drought-" / "tolerant varieties".
_HYPHEN_END = re.compile(r"([A-Za-z0-9]*[A-Za-z0-9])-$")
_WORD_START = re.compile(r"^([A-Za-z]+)")
# "pre- and post-deployment": a hyphen that waits for a later word, not a broken one.
_SUSPENDED = {"and", "or", "nor", "to", "et", "ou", "und", "oder", "y", "o", "en"}


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


def words_of(text: str) -> frozenset[str]:
    """The words of a document (lower case), hyphenated compounds whole: what makes a
    word broken over two lines plausible one way or the other."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text))


def join_lines(parts, vocabulary: frozenset[str] = frozenset()) -> str:
    """The lines of one cell as running text. A line that ends in a hyphen joins the next
    without a space ("drought-" + "tolerant" -> "drought-tolerant"; "Interior-" + "Civil
    Protection"); the hyphen itself goes only where the document writes the word whole
    and never with a hyphen ("imple-" + "mentation" -> "implementation"). A hyphen
    before "and"/"or" ("pre- and post-") waits for a later word: the space stays."""
    out = ""
    for part in parts:
        part = " ".join(part.split())
        if not part:
            continue
        if not out:
            out = part
            continue
        tail, head = _HYPHEN_END.search(out), _WORD_START.match(part)
        if tail and (head or part[:1].isdigit()) and not (head and head.group(1).lower() in _SUSPENDED):
            left, right = tail.group(1), head.group(1) if head else ""
            whole, hyphened = (left + right).lower(), f"{left}-{right}".lower()
            if right and left.isalpha() and whole in vocabulary and hyphened not in vocabulary:
                out = out[:-1] + part  # a word hyphenated only to fit the line
            else:
                out = out + part
        else:
            out = f"{out} {part}"
    return out


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
    on most pages, or printed on several pages with a page number that goes up. Their
    indices, to be left out of tables."""
    found = numbered_running_lines(lines)
    starts = [0] + [i for i, ln in enumerate(lines) if ln.page_start and i > 0]
    if len(starts) < 2:
        return found
    for edge in ([lines[i] for i in starts], [lines[i - 1] for i in starts[1:]] + [lines[-1]]):
        seen: dict[str, int] = {}
        for ln in edge:
            key = re.sub(r"\d+", "#", ln.text)
            seen[key] = seen.get(key, 0) + 1
        found |= {ln.index for ln in edge if seen[re.sub(r"\d+", "#", ln.text)] >= max(2, len(starts) / 2)
                  and not parse_ref(ln.text) and not header_roles(ln.text)}
    return found


_MIN_RUNNING = 3  # pages a running head with a page number is printed on, at least
_PAGE_LINES = 10  # lines of a page at least, between two of its running heads
_EDGE_NUMBER = re.compile(r"^(\d{1,4})\b|\b(\d{1,4})$")


def numbered_running_lines(lines: list[Line]) -> set[int]:
    """Lines printed again and again with only a page number changing: at the start or
    the end of the line, or on a line of its own right before or after it, going up
    by a few from one to the next, a page's worth of lines apart ("National Plan
    2025-2030      6"), or with no page number at all: a running head or foot,
    wherever the tool put it on the page."""
    groups: dict[str, list[tuple[list[int], int]]] = {}
    for k, ln in enumerate(lines):
        if len(re.findall(r"[A-Za-z]", ln.text)) < 4 or parse_ref(ln.text) or header_roles(ln.text):
            continue
        m = _EDGE_NUMBER.search(ln.text)
        if m is not None:
            key = re.sub(r"\s+", " ", ln.text[:m.start()] + "#" + ln.text[m.end():])
            groups.setdefault(key, []).append(([ln.index], int(m.group(1) or m.group(2))))
        for step, mark in ((-1, "#\n"), (1, "\n#")):  # the number on a line of its own
            if 0 <= k + step < len(lines) and re.fullmatch(r"\d{1,4}", lines[k + step].text):
                key = mark + re.sub(r"\s+", " ", ln.text) if step < 0 else re.sub(r"\s+", " ", ln.text) + mark
                groups.setdefault(key, []).append(([ln.index, lines[k + step].index], int(lines[k + step].text)))
    found: set[int] = set()
    for group in groups.values():
        if len(group) < _MIN_RUNNING:
            continue
        steps = [(b[0][0] - a[0][0], b[1] - a[1]) for a, b in zip(group, group[1:])]
        if all(gap >= _PAGE_LINES and 1 <= up <= 5 for gap, up in steps):
            found |= {i for indices, _ in group for i in indices}
    # The same head without a page number: a line with a number in it (a year, an
    # edition; never a department name) printed alike a page's worth of lines apart.
    same: dict[str, list[Line]] = {}
    for ln in lines:
        if (re.search(r"\d", ln.text) and len(re.findall(r"[A-Za-z]", ln.text)) >= 4 and not ends_sentence(ln.text)
                and not parse_ref(ln.text) and not header_roles(ln.text)):
            same.setdefault(re.sub(r"\s+", " ", ln.text), []).append(ln)
    for group in same.values():
        if len(group) >= _MIN_RUNNING and all(b.index - a.index >= _PAGE_LINES for a, b in zip(group, group[1:])):
            found |= {ln.index for ln in group}
    return found


def without(lines: list[Line], drop: set[int], breaks: set[int] = frozenset()) -> list[Line]:
    """`lines` less those at `drop`; a dropped page start passes to the next line, and so
    does a dropped line at `breaks` (a running head or foot: a page turns there)."""
    kept: list[Line] = []
    carry = False
    for ln in lines:
        if ln.index in drop:
            carry = carry or ln.page_start or ln.index in breaks
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
