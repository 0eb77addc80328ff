"""What a box of flattened table text holds: ids, header labels, sentences, departments.

Departments are recognised from the document itself, never from a list: a
department is a short name-like line (capitalised, no final punctuation) that
recurs in the document's table blocks, that shares its stem with one that recurs
("Transport-Rail Agency" next to "Transport"), that stands in a box made only of such
names, or in a run of such lines between two sentences next to a known one. In a
box that prints instruments and names in turn, a run of capitalised lines standing
where the names stand is names too. A name wrapped over two lines
("Transport-Office for" / "Roads") is joined; a "(coordination)" marker is taken
off the name and recorded. When the
PDF-to-text tool glued a department to the end of a monitoring line
("Number of schools that received Education" / "a grant ..."),
the known name is cut off the line.

Everything that is not an id, a header label or a department is text, cut into
sentences at line ends with final punctuation; single lower-case words standing
alone are "orphans" (words of a justified line that the tool printed apart).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from plans.text import collapse_ws

from .flat_lines import (Box, Line, ends_sentence, header_role, is_footnote_marker, join_lines, parse_ref,
                         starts_lower)

_COORD = re.compile(r"\s*\((coordination|coordinator|lead|co-lead)\)\s*$", re.IGNORECASE)
_WRAP_TAIL = {"for", "of", "and", "the", "de", "du", "des", "et", "&", "on", "in", "to"}


@dataclass
class Sentence:
    """A sentence of a text box: the pieces of lines it is made of, in order."""

    pieces: list[tuple[int, int]]
    text: str
    box: int = -1

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class Dept:
    name: str
    pieces: list[tuple[int, int]]
    coordinator: bool = False
    box: int = -1


@dataclass
class ParsedBox:
    """One box, read: its kind and what it holds."""

    index: int
    start: int
    end: int
    kind: str = "text"  # ids | header | dept | mixed | text | orphan | numbers | note
    role: str | None = None  # the column a leading header label names
    ids: list[tuple[str, str, Line]] = field(default_factory=list)
    numbers: list[Line] = field(default_factory=list)  # bare numbers: ids or footnote marks
    sentences: list[Sentence] = field(default_factory=list)
    depts: list[Dept] = field(default_factory=list)
    orphans: list[Line] = field(default_factory=list)
    page_start: bool = False


def name_like(text: str) -> bool:
    """Short, capitalised, no final punctuation: how a department name looks."""
    t = _COORD.sub("", text).strip()
    if not t or len(t) > 60 or not t[0].isupper() or t.rstrip()[-1:] in ".;:!?,":
        return False
    if parse_ref(t) or header_role(t):
        return False
    words = t.split()
    if len(words) > 7 or any(ch.isdigit() for ch in t):
        return False
    return True


def _stem_of(name: str) -> str:
    return re.split(r"[-/]", name, maxsplit=1)[0].strip()


class DeptLexicon:
    """Department names known from the document: recurring name-like lines and their kin.

    It also learns how names wrap: in runs of names (boxes made only of names, or
    stretches of name lines between the sentences of a box), a line that is always
    followed by the same line (and that one always preceded by it), where the two
    would not fit on one line of the column, is one name printed over two lines
    ("Transport-Rail" / "Agency").
    """

    def __init__(self, boxes: list[Box], vocabulary: frozenset[str] = frozenset()):
        self.vocabulary = vocabulary  # the document's words: how to join a hyphenated break
        bodies = [_without_header(box.lines) for box in boxes]
        runs = [[ln.text for ln in body] for body in bodies if _is_name_run(body)]
        runs += [run for body in bodies if not _is_name_run(body) for run in _name_stretches(body)]
        lines = [t for run in runs for t in run]
        self.width = _robust_max([len(t) for t in lines])
        self.count: Counter[str] = Counter(lines)
        self.pairs: Counter[tuple[str, str]] = Counter(p for run in runs for p in zip(run, run[1:]))
        counts: Counter[str] = Counter()
        for body in bodies:
            texts = [ln.text for ln in body]
            for name in self.names(texts) if _is_name_run(body) else self._loose(body):
                counts[name] += 1
        self.known = {name for name, n in counts.items() if n >= 2}
        self.stems = {_stem_of(n) for n in self.known}

    def _loose(self, lines: list[Line]) -> list[str]:
        """Name-like lines standing on their own in a box of sentences."""
        found = []
        for i, line in enumerate(lines):
            if not name_like(line.text):
                continue
            prev_open = i > 0 and not ends_sentence(lines[i - 1].text) and not name_like(lines[i - 1].text)
            next_lower = i + 1 < len(lines) and starts_lower(lines[i + 1].text)
            if not prev_open and not next_lower:
                found.append(_COORD.sub("", line.text).strip())
        return found

    def joins(self, a: str, b: str) -> bool:
        """Is line b the rest of the name begun on line a?"""
        if _COORD.search(a):
            return False  # a name marked as coordinating is complete
        if starts_lower(b) or _COORD.fullmatch(" " + b) or _wraps(a):
            return True
        # Always printed together, the first line full: one name over two lines.
        together = self.pairs[(a, b)] == self.count[a] == self.count[b] > 0
        full = len(a) >= 0.8 * self.width and len(a) + 1 + len(b.split()[0]) > self.width
        return together and full

    def names(self, texts: list[str]) -> list[str]:
        """The names in a run of name lines, wrapped names joined, markers taken off."""
        if any("," in t for t in texts):
            parts = [p.strip() for p in " ".join(texts).split(",")]
            return [collapse_ws(_COORD.sub("", p)) for p in parts if p]
        out: list[str] = []
        prev = None
        for t in texts:
            if prev is not None and self.joins(prev, t):
                out[-1] = join_lines([out[-1], t], self.vocabulary)
            else:
                out.append(t)
            prev = t
        return [collapse_ws(_COORD.sub("", n)) for n in out]

    def knows(self, name: str) -> bool:
        name = _COORD.sub("", name).strip()
        return name in self.known or (_stem_of(name) in self.stems and bool(re.search(r"[-/]", name)))

    def glued_tail(self, text: str) -> str | None:
        """A known department glued at the end of a line of text, if any."""
        best = None
        for name in self.known:
            if text.endswith(" " + name) and len(text) > len(name) + 1:
                if best is None or len(name) > len(best):
                    best = name
        return best


def _name_stretches(lines: list[Line]) -> list[list[str]]:
    """Stretches of name lines standing between the sentences of a box (after a line
    that ends a sentence, up to a line that starts one), as texts."""
    found: list[list[str]] = []
    i = 1
    while i < len(lines):
        if not ends_sentence(lines[i - 1].text) or not name_like(lines[i].text):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and (name_like(lines[k].text) or _COORD.fullmatch(" " + lines[k].text) or (
                starts_lower(lines[k].text) and not ends_sentence(lines[k].text) and len(lines[k].text.split()) <= 3)):
            k += 1
        while k > i and k < len(lines) and starts_lower(lines[k].text):
            k -= 1  # the last line begins a sentence that goes on in lower case
        if k > i:
            found.append([ln.text for ln in lines[i:k]])
        i = max(k, i + 1)
    return found


def _without_header(lines: list[Line]) -> list[Line]:
    k = 0
    while k < len(lines) and header_role(lines[k].text) and lines[k].text[:1].isupper():
        k += 1
    return lines[k:]


def _robust_max(lengths: list[int]) -> int:
    """The longest of `lengths`, leaving out a few much longer than the rest."""
    if not lengths:
        return 0
    ordered = sorted(lengths)
    p90 = ordered[round(0.9 * (len(ordered) - 1))]
    return max(n for n in ordered if n <= 1.3 * p90)


def _comma_names(lines: list[Line]) -> list[list[tuple[int, int, str]]] | None:
    """A box listing names separated by commas ("Transport (coordination), Health"),
    wrapped anyhow: each name as pieces (start, end, text); None if it is not such a list."""
    if not any("," in ln.text for ln in lines) or any(ends_sentence(ln.text) for ln in lines):
        return None
    names: list[list[tuple[int, int, str]]] = [[]]
    for ln in lines:
        pos = 0
        for part in ln.text.split(","):
            stripped = part.strip()
            if stripped:
                start = ln.start + pos + (len(part) - len(part.lstrip()))
                names[-1].append((start, start + len(stripped), stripped))
            pos += len(part) + 1
            if pos <= len(ln.text):  # a comma closes the name
                names.append([])
    names = [n for n in names if n]
    if len(names) < 2 or not all(name_like(" ".join(p[2] for p in n)) for n in names):
        return None
    return names


def _is_name_run(lines: list[Line]) -> bool:
    """A box made only of department names (with wraps and coordination markers)."""
    if not lines:
        return False
    if _comma_names(lines):
        return True
    if not name_like(lines[0].text) or (_wraps(lines[-1].text) and not _COORD.search(lines[-1].text)):
        return False  # (a last line that runs on is the cut end of a sentence, not a name)
    for prev, line in zip(lines, lines[1:]):
        t = line.text
        if name_like(t) or _COORD.fullmatch(" " + t):
            continue
        if starts_lower(t) and not ends_sentence(t) and len(t.split()) <= 4 and name_like(prev.text):
            continue
        return False
    return True


def _wraps(text: str) -> bool:
    """A name line that continues on the next line ("Transport-Office for")."""
    last = text.split()[-1] if text.split() else ""
    return last.lower() in _WRAP_TAIL or text.endswith(("-", "/"))


def parse_box(box: Box, index: int, lex: DeptLexicon) -> ParsedBox:
    """Read one box: header labels, ids, departments, sentences, orphan words."""
    pb = ParsedBox(index, box.start, box.end, page_start=box.lines[0].page_start)
    lines = box.lines
    i = 0
    # Header labels lead a box ("MONITORING" / "INSTRUMENTS" / first cell ...).
    while i < len(lines) and header_role(lines[i].text) and lines[i].text[:1].isupper():
        pb.role = pb.role or header_role(lines[i].text)
        i += 1
    rest = lines[i:]
    if not rest:
        pb.kind = "header"
        return pb
    if all(parse_ref(ln.text) or is_footnote_marker(ln.text) for ln in rest):
        for ln in rest:
            if is_footnote_marker(ln.text):
                pb.numbers.append(ln)
            else:
                ref, goal = parse_ref(ln.text)  # type: ignore[misc]
                pb.ids.append((ref, goal, ln))
        pb.kind = "ids" if pb.ids else "numbers"
        return pb
    if all(_is_orphan(ln.text) for ln in rest):
        pb.orphans = list(rest)
        pb.kind = "orphan"
        return pb
    _read_cells(rest, pb, lex)
    if pb.depts and pb.sentences:
        pb.kind = "mixed"
    elif pb.depts:
        pb.kind = "dept"
    else:
        pb.kind = "text"
    for s in pb.sentences:
        s.box = index
    for d in pb.depts:
        d.box = index
    return pb


def pairs_of(box: Box, pb: ParsedBox) -> list[Box] | None:
    """A box that holds instruments and department names in turn ("Basin plans adopted."
    / "Water Authority" / "Agriculture" / "Share of leakage." / ...), each name line
    whole: the tool printed each row's instrument and names as one pair after the
    other. Cut into one box per stretch, so that a stretch of names sits between two
    stretches of instruments as it does between two boxes. None for any other box (a
    name glued to a line of text is another layout, read as it is)."""
    if pb.kind != "mixed":
        return None
    kinds: list[str | None] = []
    lead = 0
    for ln in box.lines:
        in_dept = any(ln.start <= a < ln.end for d in pb.depts for a, _ in d.pieces)
        in_text = any(ln.start <= a < ln.end for sent in pb.sentences for a, _ in sent.pieces)
        if in_dept and in_text:
            return None
        if not kinds and not in_dept and not in_text and header_role(ln.text):
            lead += 1  # header labels go with the first stretch
            continue
        kinds.append("dept" if in_dept else "text" if in_text else None)
    stretches: list[list[Line]] = []
    last = None
    for ln, kind in zip(box.lines[lead:], kinds):
        kind = kind or last  # a line of neither ("(coordination)") stays with its stretch
        if kind != last or not stretches:
            stretches.append([])
        stretches[-1].append(ln)
        last = kind
    if len(stretches) < 3 and not (len(stretches) == 2 and kinds[0] == "dept"):
        return None  # instruments then names: an ordinary pair box
    stretches[0] = list(box.lines[:lead]) + stretches[0]
    return [Box(lines) for lines in stretches]


def _is_orphan(text: str) -> bool:
    return len(text.split()) <= 2 and starts_lower(text) and not ends_sentence(text)


def _read_cells(lines: list[Line], pb: ParsedBox, lex: DeptLexicon, relaxed: bool | None = False) -> None:
    """Split a box's lines into department names and sentences.

    A box where known names stand between sentences holds instruments and names in
    turn; read again with that in mind (`relaxed`), a run of capitalised names that
    stands where the others do is names too, even if none of them is known."""
    if _is_name_run(lines):
        _read_names(lines, pb, lex)
        return
    if relaxed is False:  # (None: the trial reading itself)
        trial = ParsedBox(pb.index, pb.start, pb.end)
        _read_cells(lines, trial, lex, relaxed=None)
        if _interleaved(trial, lines):
            _read_cells(lines, pb, lex, relaxed=True)
            return
    open_sentence: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        n = 0 if open_sentence else _names_at(lines, i, lex, bool(relaxed))
        if n:
            _read_names(lines[i:i + n], pb, lex)
            i += n
            continue
        glued = None
        if not ends_sentence(line.text) and nxt is not None and starts_lower(nxt.text):
            glued = lex.glued_tail(line.text)
        if glued:
            cut = line.end - len(glued)
            open_sentence.append((line.start, _rstrip_end(line, cut)))
            pb.depts.append(Dept(glued, [(cut, line.end)]))
        else:
            open_sentence.append((line.start, line.end))
        if ends_sentence(line.text):
            pb.sentences.append(_sentence(open_sentence, lines, lex.vocabulary))
            open_sentence = []
        i += 1
    if open_sentence:
        pb.sentences.append(_sentence(open_sentence, lines, lex.vocabulary))


def _interleaved(pb: ParsedBox, lines: list[Line]) -> bool:
    """Does the box print instruments and then names (a row's pair, or pairs in turn):
    known names on lines of their own after a sentence, or a last stretch of
    capitalised lines without a final stop after a sentence?"""
    whole = {(ln.start, ln.end) for ln in lines}
    items = sorted([(s.start, "text", s) for s in pb.sentences] +
                   [(d.pieces[0][0], "dept", d) for d in pb.depts if d.pieces[0] in whole],
                   key=lambda x: x[0])
    kinds = [k for _, k, _ in items]
    if any(a == "text" and b == "dept" for a, b in zip(kinds, kinds[1:])):
        return True
    if len(pb.sentences) >= 2 and kinds[-1:] == ["text"]:
        last, before = pb.sentences[-1], pb.sentences[-2]
        texts = [ln.text for ln in lines if any(ln.start == a for a, _ in last.pieces)]
        return (not ends_sentence(last.text) and ends_sentence(before.text) and bool(texts)
                and all(name_like(t) and _title_like(t) for t in texts))
    return False


_MINOR = {"of", "for", "and", "the", "de", "du", "des", "et", "&", "on", "in", "to", "la", "le", "del", "y"}


def _title_like(text: str) -> bool:
    """Every word capitalised but the small ones: how a name looks, not a sentence."""
    if _COORD.fullmatch(" " + text):
        return True  # "(coordination)" alone: the end of a name
    words = [w for w in re.split(r"[\s/]+", _COORD.sub("", text)) if w]
    return bool(words) and all(w[:1].isupper() or w.lower() in _MINOR for w in words)


def _names_at(lines: list[Line], i: int, lex: DeptLexicon, relaxed: bool = False) -> int:
    """How many lines from line i (where no sentence is open) are department names.

    A run of name-like lines (wrapped names joined) standing between sentences is a
    run of departments when the document knows one of its names as a department: the
    others then are departments too, even if printed only once ("Forestry Service"
    next to a known "Civil Protection"). A line that the next line continues in lower
    case ("Percentage of non-" / "revenue water.") begins a sentence, not a name."""
    k = i
    while k < len(lines):
        t = lines[k].text
        if name_like(t) or (k > i and lex.joins(lines[k - 1].text, t) and not ends_sentence(t)):
            k += 1
            continue
        break
    while k > i and ((k < len(lines) and starts_lower(lines[k].text) and not _continues_name(lines, k, lex))
                     or _wraps(lines[k - 1].text) and not _COORD.search(lines[k - 1].text)):
        k -= 1
    if k > i and any(lex.knows(ln.text) for ln in lines[i:k]):
        return k - i
    if relaxed and k > i > 0 and ends_sentence(lines[i - 1].text) and all(_title_like(ln.text) for ln in lines[i:k]):
        return k - i
    return 0


def _continues_name(lines: list[Line], k: int, lex: DeptLexicon) -> bool:
    """Line k (lower case) is the end of a name wrapped from line k-1 ("Office for" /
    "roads"), not the rest of a sentence."""
    return not ends_sentence(lines[k].text) and lex.joins(lines[k - 1].text, lines[k].text) and len(
        lines[k].text.split()) <= 3 and (k + 1 >= len(lines) or not starts_lower(lines[k + 1].text))


def _read_names(lines: list[Line], pb: ParsedBox, lex: DeptLexicon) -> None:
    """Department names of a run of name lines (wrapped names joined, or a comma list)."""
    listed = _comma_names(lines)
    if listed:
        for name in listed:
            _add_dept(pb, " ".join(p[2] for p in name), [(a, b) for a, b, _ in name], lines)
        return
    groups: list[list[Line]] = []
    for line in lines:
        if groups and lex.joins(groups[-1][-1].text, line.text):
            groups[-1].append(line)
        else:
            groups.append([line])
    for group in groups:
        _add_dept(pb, join_lines([ln.text for ln in group], lex.vocabulary), [(ln.start, ln.end) for ln in group],
                  lines)


def _add_dept(pb: ParsedBox, name: str, pieces: list[tuple[int, int]], lines: list[Line]) -> None:
    coordinator = bool(_COORD.search(name))
    if coordinator:
        pieces = _without_marker(pieces, lines)
    pb.depts.append(Dept(collapse_ws(_COORD.sub("", name)), pieces, coordinator))


def _without_marker(pieces: list[tuple[int, int]], lines: list[Line]) -> list[tuple[int, int]]:
    """The pieces of a name without its "(coordination)" marker."""
    s, e = pieces[-1]
    line = next(ln for ln in lines if ln.start <= s < ln.end)
    kept = _COORD.sub("", line.text[s - line.start:e - line.start])
    if not kept.strip():
        return pieces[:-1]
    return pieces[:-1] + [(s, s + len(kept.rstrip()))]


def _rstrip_end(line: Line, cut: int) -> int:
    """The end of the text part of a line whose tail (from `cut`) is a glued name."""
    text = line.text[: cut - line.start]
    return line.start + len(text.rstrip())


def _sentence(pieces: list[tuple[int, int]], lines: list[Line], vocabulary: frozenset[str] = frozenset()) -> Sentence:
    texts = []
    by_start = {ln.start: ln for ln in lines}
    for s, e in pieces:
        ln = by_start[s]
        texts.append(ln.text[: e - s])
    return Sentence(list(pieces), join_lines(texts, vocabulary))
