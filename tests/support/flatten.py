"""Render table rows as a PDF-to-text tool flattens them: column after column.

A tool that reads a PDF page by text boxes prints a table's columns one after the
other, each column in "boxes" (runs of lines separated by blank lines): the ids,
the goals (once per goal when the cell is merged over its rows), the lines of
action, then monitoring instruments and departments in pairs (or, with
`Layout.names`, all instruments of a page then all its names as one undivided run,
or each row's instrument and names in turn inside a single box). Cells are wrapped at
their column's width; a page break cuts the table, the cell it cuts goes on at the
top of the next page, and the next page starts with a space (or a form feed),
sometimes with the header printed again. Footnote marks glued to words and the
footnote printed at the foot of the page sit between cells.

`flatten(rows, layout)` renders a whole document: a title, an introduction with a
numbered list (not a table), then per section a heading, a paragraph, the table and
a closing paragraph.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from tests.support.synthetic_plan import HEADERS, SynthRow

INTRO = (
    "This plan sets out what the regional government will do over the coming years. It was "
    "drafted after a consultation with municipalities, emergency services and residents, and it "
    "will be reviewed every two years by an independent panel reporting to parliament."
)
LIST_ITEMS = (
    "1. To protect low-lying towns against storm surges and to restore natural buffers;",
    "2. To warn residents in time and to train them for evacuations;",
    "3. To make households and essential services more resilient to flooding.",
)
CLOSING = (
    "The measures above are financed from the regular budgets of the bodies concerned. Progress "
    "will be reported every year, and the plan will be adjusted where the reports show it is needed."
)
FOOTNOTE = (
    "The dike programme is coordinated with the neighbouring region, whose own works on the "
    "estuary are planned for the same period."
)


@dataclass(frozen=True)
class Layout:
    name: str = "columns"
    style: str = "columns"  # "columns": column after column; "bands": goal group by goal group
    widths: tuple[int, int, int, int] = (26, 40, 22, 18)  # goal, action, monitoring, departments
    wrap: bool = True  # False: one line per cell
    merge_goals: bool = True  # False: the goal printed on every row
    goal_again: bool = True  # a goal whose rows go on over a page break printed again there
    rows_on_first_page: int | None = 3  # of the first section; None: no page break
    spill: bool = True  # the last row on a page has the end of its action on the next page
    repeat_header: bool = True
    page_mark: str = " "  # " ": the next page's first line starts with a space; "\f": form feed
    footnote: bool = False  # a footnote mark glued to an action, the note at the foot of the page
    merge_departments: bool = True  # a row's names run into the next row's where a name repeats
    # "pairs": each row's instrument box, then names boxes as above; "undivided": all the
    # page's instruments in one box, then all its names in one run with no blank line
    # between rows; "interleaved": one box holding, row after row, the instrument lines
    # and then the name lines, under the two header labels printed together
    names: str = "pairs"
    header_words: tuple[str, ...] = field(default=HEADERS)


def _wrap(text: str, width: int, wrap: bool) -> list[str]:
    return textwrap.wrap(text, width) if wrap else [text]


def _goal_groups(rows: list[SynthRow]) -> list[list[SynthRow]]:
    groups: list[list[SynthRow]] = []
    for r in rows:
        if groups and groups[-1][0].goal_ref == r.goal_ref:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


class _Page:
    """The boxes of one page, as text: boxes are joined by blank lines."""

    def __init__(self) -> None:
        self.boxes: list[list[str]] = []
        self.foot: list[list[str]] = []

    def box(self, lines: list[str]) -> None:
        if lines:
            self.boxes.append(list(lines))

    def text(self) -> str:
        return "\n\n".join("\n".join(b) for b in self.boxes + self.foot)


def _split_action(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut a wrapped cell at a page break, before a line that starts in lower case."""
    for k in range(len(lines) - 1, 0, -1):
        if lines[k][:1].islower():
            return lines[:k], lines[k:]
    return lines, []


def _dept_boxes(rows: list[SynthRow], lay: Layout) -> list[list[list[str]]]:
    """Department cells, grouped in boxes: a row runs into the next where the next starts
    with a name the row already has, or with a coordinating department."""
    w = lay.widths[3]
    boxes: list[list[list[str]]] = []
    for r in rows:
        cell = [line for d in r.departments for line in _dept_lines(d, w, lay.wrap)]
        names = [d.replace("(coordination)", "").strip() for d in r.departments]
        if boxes and lay.merge_departments and (
            names[0] in boxes[-1][-1][1] or "(coordination)" in r.departments[0]
        ):
            boxes[-1].append((cell, names))
        else:
            boxes.append([(cell, names)])
    return [[cell for cell, _ in box] for box in boxes]


def _dept_lines(name: str, width: int, wrap: bool) -> list[str]:
    if not wrap or len(name) <= width:
        return [name]
    if "(coordination)" in name:
        return [name.replace(" (coordination)", ""), "(coordination)"]
    return textwrap.wrap(name, width)


def _table_pages(rows: list[SynthRow], lay: Layout, first_page_rows: int | None,
                 footnote: bool) -> list[_Page]:
    """The pages of one table."""
    split = [rows] if not first_page_rows or first_page_rows >= len(rows) else [
        rows[:first_page_rows], rows[first_page_rows:]]
    pages: list[_Page] = []
    carry: list[str] = []  # the end of an action cut by the page break
    for n, page_rows in enumerate(split):
        page = _Page()
        if carry:
            page.box(carry)
            carry = []
        header = n == 0 or lay.repeat_header
        g_head, a_head, m_head, d_head = ([h] for h in lay.header_words[1:5]) if header else ([], [], [], [])
        if header:
            page.box([lay.header_words[0]])
        actions = {}
        for r in page_rows:
            text = r.action
            if footnote and r is page_rows[0] and n == 0:
                words = text.split()
                k = max(i for i, w in enumerate(words[:-1]) if w.isalpha() and len(w) > 4)
                text = " ".join(words[:k] + [words[k] + "1"] + words[k + 1:])
            actions[r.ref] = _wrap(text, lay.widths[1], lay.wrap)
        if lay.spill and n + 1 < len(split):
            last = page_rows[-1].ref
            actions[last], carry = _split_action(actions[last])
        groups = _goal_groups(page_rows)
        goal_lines = {
            g[0].ref: _wrap(g[0].goal, lay.widths[0], lay.wrap)
            for g in groups
            if lay.merge_goals and (n == 0 or lay.goal_again or g[0].goal_ref != split[n - 1][-1].goal_ref)
        }
        if lay.style == "columns":
            _columns(page, groups, actions, goal_lines, lay, (g_head, a_head, m_head, d_head))
        else:
            _bands(page, groups, actions, goal_lines, lay, (g_head, a_head, m_head, d_head))
        if footnote and n == 0:
            page.foot = [["1"], [FOOTNOTE]]
        pages.append(page)
    return pages


def _goal_cells(group: list[SynthRow], goal_lines, lay: Layout) -> list[list[str]]:
    if lay.merge_goals:
        return [goal_lines[group[0].ref]] if group[0].ref in goal_lines else []
    return [_wrap(r.goal, lay.widths[0], lay.wrap) for r in group]


def _columns(page, groups, actions, goal_lines, lay, heads) -> None:
    """Ids, then goals, then actions, then monitoring/department pairs."""
    g_head, a_head, m_head, d_head = heads
    for g in groups:
        page.box([r.ref for r in g])
    first = True
    for g in groups:
        for cell in _goal_cells(g, goal_lines, lay):
            page.box((g_head if first else []) + cell)
            first = False
    if first and g_head:
        page.box(g_head)
    first = True
    for g in groups:
        page.box((a_head if first else []) + [line for r in g for line in actions[r.ref]])
        first = False
    _pairs(page, [r for g in groups for r in g], lay, m_head, d_head)


def _bands(page, groups, actions, goal_lines, lay, heads) -> None:
    """Goal group by goal group: its ids, its goal, its actions, its pairs."""
    g_head, a_head, m_head, d_head = heads
    for k, g in enumerate(groups):
        page.box([r.ref for r in g])
        for cell in _goal_cells(g, goal_lines, lay):
            page.box((g_head if k == 0 else []) + cell)
        page.box((a_head if k == 0 else []) + [line for r in g for line in actions[r.ref]])
        _pairs(page, g, lay, m_head if k == 0 else [], d_head if k == 0 else [])


def _pairs(page, rows, lay, m_head, d_head) -> None:
    """Each row's monitoring cell followed by its departments (runs merged as printed)."""
    if lay.names == "undivided":
        page.box(m_head + [line for r in rows for line in _wrap(" ".join(r.monitoring), lay.widths[2], lay.wrap)])
        page.box(d_head + [line for r in rows for d in r.departments
                           for line in _dept_lines(d, lay.widths[3], lay.wrap)])
        return
    if lay.names == "interleaved":
        lines = m_head + d_head
        for r in rows:
            lines += _wrap(" ".join(r.monitoring), lay.widths[2], lay.wrap)
            lines += [line for d in r.departments for line in _dept_lines(d, lay.widths[3], lay.wrap)]
        page.box(lines)
        return
    boxes = _dept_boxes(rows, lay)
    k = 0
    first = True
    for box in boxes:
        for cell_index, _ in enumerate(box):
            r = rows[k]
            m = _wrap(" ".join(r.monitoring), lay.widths[2], lay.wrap)
            page.box((m_head if first else []) + m)
            first = False
            k += 1
        page.box((d_head if box is boxes[0] else []) + [line for cell in box for line in cell])


def flatten(rows: tuple[SynthRow, ...] | list[SynthRow], layout: Layout = Layout()) -> str:
    """The whole document as flattened text."""
    sections: list[tuple[str, list[SynthRow]]] = []
    for r in rows:
        if not sections or sections[-1][0] != r.section:
            sections.append((r.section, []))
        sections[-1][1].append(r)
    pages: list[str] = []
    head = _Page()
    head.box(["Coastal Resilience Action Plan"])
    head.box(textwrap.wrap(INTRO, 110))
    head.box(["The plan pursues three aims:"])
    for item in LIST_ITEMS:
        head.box([item])
    current = head.text()
    for n, (title, section_rows) in enumerate(sections):
        intro = f"This section lists the measures of {title.split('. ', 1)[1].lower()}, with the bodies responsible for each of them."
        tables = _table_pages(section_rows, layout, layout.rows_on_first_page if n == 0 else None,
                              layout.footnote and n == 0)
        current += "\n\n" + title + "\n\n" + "\n".join(textwrap.wrap(intro, 110))
        current += "\n\n" + tables[0].text()
        for page in tables[1:]:
            pages.append(current)
            current = page.text()
        pages.append(current)
        current = ""
    pages[-1] += "\n\n" + "\n".join(textwrap.wrap(CLOSING, 110))
    sep = "\n\f" if layout.page_mark == "\f" else "\n "
    return sep.join(p.strip("\n") for p in pages) + "\n"
