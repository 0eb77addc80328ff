"""Tables of contents: the line of one, and the headings that open one. What such a line
says (a title and a page number) points to the text; it states nothing itself."""

import re

from plans.records import Commitment

LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}")  # "Summary ........ 4"
CONTENTS_HEADING = re.compile(r"^(?:table of )?contents?$|^sommaire$|^table des matières$|^inhoud(?:sopgave|stafel)?$",
                              re.I)


def is_contents_line(text: str) -> bool:
    return bool(LEADERS.search(text))


def under_contents(section: str) -> bool:
    """Is a passage in a table of contents: does a heading of its section path ("A > B") open one?"""
    return any(CONTENTS_HEADING.search(h.strip(" .:0123456789|")) for h in section.split(" > "))


_PAGE = re.compile(r"\d{1,4}")
_ENDS_IN_PAGE = re.compile(r"\D\s(\d{1,4})$")


def is_contents_row(row: Commitment) -> bool:
    """Is a table row a page of contents read as a table: its label a title ending in its
    page ("6 — Harbours 203"), every cell a page number under a title ("7.2 Budget": 207),
    the pages in order. Such a row points to the text; none of its cells is a fact."""
    own = _ENDS_IN_PAGE.search(row.action.strip())
    pages = [f.text.strip() for f in row.fields]
    if own is None or len(pages) < 2 or not all(_PAGE.fullmatch(p) for p in pages):
        return False
    numbers = [int(own.group(1)), *map(int, pages)]
    return numbers == sorted(numbers) and all(re.search(r"[^\W\d_]", f.header) for f in row.fields)
