"""Tables of contents: the line of one, and the headings that open one. What such a line
says (a title and a page number) points to the text; it states nothing itself."""

import re

LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}")  # "Summary ........ 4"
CONTENTS_HEADING = re.compile(r"^(?:table of )?contents?$|^sommaire$|^table des matières$|^inhoud(?:sopgave|stafel)?$",
                              re.I)


def is_contents_line(text: str) -> bool:
    return bool(LEADERS.search(text))


def under_contents(section: str) -> bool:
    """Is a passage in a table of contents: does a heading of its section path ("A > B") open one?"""
    return any(CONTENTS_HEADING.search(h.strip(" .:0123456789|")) for h in section.split(" > "))
