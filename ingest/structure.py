"""Find the structure of plain text: headings, paragraphs and list items, with offsets.

Works on what readers produce for .txt, .md and PDFs: blank-line separated paragraphs,
hard-wrapped lines (a paragraph ends at a short line that closes a sentence), markdown
and numbered headings ("3.2. Objective 1: ..."), bullets and numbered list items.
Paragraphs cut by a page break ("... and for" / "inclusion.") are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.document import Block
from plans.text import BULLET
from plans.vocabulary.stopwords import dangles
from plans.vocabulary.time import DATE_LINE

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+\S")
_NUMBERED_HEADING = re.compile(r"^\s*((?:\d{1,2}\.){1,4}\d{0,2})\.?\s+\S")
_LIST_NUMBER = re.compile(r"^\s*\(?(\d{1,2})[.)]\s+\S")  # "1. …", "2) …": one level, as items are numbered
_PIPE_HEADING = re.compile(r"^\s*\d{1,2}\s+\|\s+\S")  # "2 | What policies ..."
_ARTIFACT = re.compile(r"^\s*\[bookmark:[^\]]*\]\s*")
_TOC_MARK = re.compile(r"^\s*\[bookmark:\s*_Toc")
_TERMINAL = tuple('.!?:;"”’)')
_HEADING_END_OK = ("?", ")", "*", "**")


@dataclass
class _Line:
    start: int
    end: int  # end of the visible text (trailing whitespace excluded)
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str, start: int, end: int) -> list[_Line]:
    out: list[_Line] = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.rstrip()
        out.append(_Line(pos, pos + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _visible(line: str) -> str:
    return _ARTIFACT.sub("", line).strip().strip("*#_ ").strip()


_FULL_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}\b")


_DATE_LINE = re.compile(DATE_LINE)  # a cover's or colophon's date, alone on its line


def _looks_like_heading(line: str, width: int, prev_closed: bool) -> bool:
    body = _visible(line)
    if (_FULL_DATE.search(body) or _DATE_LINE.match(body)) and not _MD_HEADING.match(line):
        return False  # "Adopted by the Council of Ministers on 14 March 2025", "March 2024": statements
    if _TOC_MARK.match(line) and len(body) < 200:
        return True  # Word's table-of-contents bookmark marks a heading
    numbered = bool(_NUMBERED_HEADING.match(line))
    limit_chars, limit_words = (220, 32) if numbered else (120, 16)
    if not body or len(body) > limit_chars or len(body.split()) > limit_words:
        return False
    if _MD_HEADING.match(line) or _PIPE_HEADING.match(line):
        return True
    if not prev_closed:
        return False
    if body.endswith((".", ",", ";", ":")) or dangles(body):
        return False  # (a line that stops on "of" or "the" goes on in the next: no heading)
    if width and len(body) > 0.75 * width and width < 200:
        return False  # a full-width wrapped line, not a heading
    first = body.lstrip("[(\"'“")[:1]
    return first.isupper() or first.isdigit()


def segment(text: str, start: int = 0, end: int | None = None) -> list[Block]:
    """Blocks of `text[start:end]` in order. Headings carry a level (1 = top)."""
    end = len(text) if end is None else end
    lines = _lines(text, start, end)
    lengths = sorted(len(ln.text) for ln in lines if not ln.blank)
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0

    listed = _stacked_lines(lines, body_before=start > 0) | _numbered_items(lines)
    blocks: list[Block] = []
    para: list[_Line] = []
    kind = "paragraph"

    def flush() -> None:
        nonlocal para, kind
        if para:
            a = para[0].start + (len(para[0].text) - len(para[0].text.lstrip()))
            blocks.append(Block(kind, a, para[-1].end))
        para, kind = [], "paragraph"

    prev_closed = True
    marked = 0  # the level of the last markdown heading ("## X"), if any
    listing, expected = False, 1  # after a line that ends with a colon, lines numbered 1, 2, … are its items
    for i, ln in enumerate(lines):
        if ln.blank:
            flush()
            continue
        if i in listed:
            flush()
            blocks.append(Block("list_item", ln.start + _indent(ln.text), ln.end))
            prev_closed = True
            continue
        number = _LIST_NUMBER.match(ln.text)
        item = listing and number is not None and int(number.group(1)) == expected
        if item:
            expected += 1
        elif not para and not ln.text.rstrip().endswith(":"):
            listing = False  # a paragraph after the list ends it
        if ln.text.rstrip().endswith(":") and not item:
            listing, expected = True, 1
        nxt = next((l for l in lines[i + 1 :] if not l.blank), None)
        next_blank = i + 1 < len(lines) and lines[i + 1].blank
        if (
            not item
            and _looks_like_heading(ln.text, width, prev_closed or not para)
            and (next_blank or nxt is None or _starts_upper(nxt.text) or _MD_HEADING.match(ln.text))
            and not (BULLET.match(ln.text) and not _NUMBERED_HEADING.match(ln.text))
            and not _introduces_list(ln.text, nxt)
        ):
            flush()
            level = _heading_level(ln.text)
            if _MD_HEADING.match(ln.text):
                marked = level
            elif marked and not _explicit_heading(ln.text):
                # a line read as a heading under a markdown one ("HWA: Harbour Water Agency" under
                # "## Abbreviations") sits below it, not at the top where it would close the section
                level = marked + 1
            blocks.append(Block("heading", ln.start + _indent(ln.text), ln.end, level))
            prev_closed = True
            listing = False
            continue
        if BULLET.match(ln.text):
            flush()
            kind = "list_item"
        elif para and _paragraph_break(para[-1].text, width):
            flush()
        para.append(ln)
        prev_closed = ln.text.rstrip().endswith(_TERMINAL)
    flush()
    return _join_broken(text, blocks)


STACKED_LINES = 3


def _stacked_lines(lines: list[_Line], body_before: bool) -> set[int]:
    """Lines of a list written without bullets: `STACKED_LINES` or more short lines, one
    under the other with no blank line between, each of which would pass for a heading
    ("Ministry of Justice" / "Federal Police" / ...). Read as headings, each would close the
    one above it, leaving its words in no passage. A cover (such lines before any body
    text) keeps its lines as headings: they give the title."""
    out: set[int] = set()
    run: list[int] = []
    closed = True
    for i, ln in enumerate(lines + [_Line(0, 0, "")]):
        stacked = (
            not ln.blank
            and (closed or bool(run))
            and _looks_like_heading(ln.text, 0, True)  # the lines of a list are as wide as they are
            and not _explicit_heading(ln.text)
            and not BULLET.match(ln.text)
        )
        if stacked:
            run.append(i)
            continue
        if len(run) >= STACKED_LINES and body_before:
            out.update(run)
        run = []
        closed = ln.blank or ln.text.rstrip().endswith(_TERMINAL)
        body_before = body_before or not ln.blank
    return out


def _numbered_items(lines: list[_Line]) -> set[int]:
    """Lines numbered 1, 2, 3 … (one level) right under each other, with no blank line and
    no text but an item's own wrapped lines (in lower case) between them: a numbered list,
    though each line would pass for a numbered heading. A heading has its text under it."""
    out: set[int] = set()
    run: list[int] = []
    for i, ln in enumerate(lines + [_Line(0, 0, "")]):
        number = _LIST_NUMBER.match(ln.text)
        if number is not None and int(number.group(1)) == len(run) + 1:
            run.append(i)
            continue
        if run and not ln.blank and not number and _visible(ln.text)[:1].islower():
            continue  # the item's text goes on
        if len(run) >= 2:
            out.update(run)
        run = [i] if number is not None and int(number.group(1)) == 1 else []
    return out


def _explicit_heading(line: str) -> bool:
    return bool(_MD_HEADING.match(line) or _NUMBERED_HEADING.match(line) or _PIPE_HEADING.match(line)
                or _TOC_MARK.match(line))


def _introduces_list(line: str, nxt: _Line | None) -> bool:
    """A sentence without a colon that leads into bullets ("the following actions will ...")."""
    return (
        nxt is not None
        and bool(BULLET.match(nxt.text))
        and not _NUMBERED_HEADING.match(line)
        and not _MD_HEADING.match(line)
        and len(_visible(line).split()) > 8
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _starts_upper(line: str) -> bool:
    body = _visible(line)
    first = body.lstrip("[(\"'“-*•·")[:1]
    return first.isupper() or first.isdigit()


def _paragraph_break(prev: str, width: int) -> bool:
    """In hard-wrapped text a paragraph ends at a short line that closes a sentence."""
    prev = prev.rstrip()
    return prev.endswith(_TERMINAL) and len(prev) < 0.8 * width


def _heading_level(line: str) -> int:
    m = _MD_HEADING.match(line)
    if m:
        return len(m.group(1))
    m = _NUMBERED_HEADING.match(line)
    if m:
        return max(1, len([p for p in m.group(1).split(".") if p]))
    return 1


def _join_broken(text: str, blocks: list[Block]) -> list[Block]:
    """Join a paragraph that stops mid-sentence (a page break) with the paragraph after it:
    the next one starts in lower case, or the first ends on a word no sentence ends with."""
    out: list[Block] = []
    for b in blocks:
        prev = text[out[-1].start : out[-1].end].rstrip() if out else ""
        if (
            out
            and b.kind == "paragraph"
            and out[-1].kind in ("paragraph", "list_item")
            and not prev.endswith(_TERMINAL)
            and (text[b.start : b.end].lstrip()[:1].islower() or dangles(prev))
        ):
            prev = out.pop()
            out.append(Block(prev.kind, prev.start, b.end))
        else:
            out.append(b)
    return out


def heading_text(text: str, block: Block) -> str:
    """A heading's words without markdown, numbering artefacts or bookmarks."""
    raw = _ARTIFACT.sub("", text[block.start : block.end])
    raw = re.sub(r"^\s*#{1,6}\s*", "", raw)
    raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)  # [label](#) -> label
    return " ".join(raw.replace("**", "").replace("\\*", "*").split()).strip("* ")
