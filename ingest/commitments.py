"""The registry's records: every table row keyed by its headers, as a `Commitment`.

Rows of an action table (an action column and at least one role such as lead, timeline,
indicator or budget) are commitments; rows of other tables are kept too, with kind
"table_cells", as units to retrieve and answer from, but they are not listed as
commitments. Numbered actions written as prose come from `prose_commitments`. Every
cell keeps its verbatim source span.
"""

from __future__ import annotations

import re

from ingest.document import Block, ParsedDocument
from ingest.tables.cells import COORDINATION
from ingest.tables.keyed import KeyedCell, KeyedRow, KeyedTable
from ingest.tables.model import Cell, TableRow
from plans.records import Commitment, Goal, RowField, Source
from plans.text import collapse_ws

# Roles whose cells list names or instruments one per line: kept item by item too.
_LISTS = ("lead", "partners", "indicator", "funding")


def from_row(doc: ParsedDocument, row: TableRow, headers: dict[str, str] | None = None) -> Commitment:
    """A row of the flattened-text and PDF action-table readers (goal, action, monitoring,
    departments) in the general shape: monitoring is an indicator cell, departments a lead cell."""
    labels = {"goal": "Goal", "action": "Action", "monitoring": "Monitoring", "departments": "Departments"}
    labels.update(headers or {})
    quote_cell = row.action or row.goal or (row.monitoring[0] if row.monitoring else None)
    start, end = row.span
    fields = []
    for name, role, cells in (("monitoring", "indicator", row.monitoring), ("departments", "lead", row.departments)):
        if cells:
            source = _source(doc, cells)
            fields.append(RowField(header=labels[name], roles=[role], text=" ".join(c.text for c in cells),
                                   items=[c.text for c in cells], source=source))
    sources = {k: _source(doc, [c]) for k, c in (("goal", row.goal), ("action", row.action)) if c}
    return Commitment(
        document=doc.name,
        title=doc.title,
        section=row.objective,
        goal=Goal(number=row.goal_ref or None, text=row.goal.text if row.goal else None),
        ref=row.ref,
        action=row.action.text if row.action else "",
        fields=fields,
        coordination=list(row.coordinators),
        page=row.page if row.page is not None else (doc.page_at(quote_cell.start) if quote_cell else None),
        start=start,
        end=end,
        quote=doc.text[quote_cell.start : quote_cell.end] if quote_cell else "",
        kind="table_row",
        sources=sources,
    )


def _source(doc: ParsedDocument, cells: list[Cell]) -> Source:
    a, b = min(c.start for c in cells), max(c.end for c in cells)
    if b - a > 4 * sum(c.end - c.start + 1 for c in cells):  # cells scattered: quote the first
        a, b = cells[0].start, cells[0].end
    return Source(start=a, end=b, text=doc.text[a:b])


def from_keyed(doc: ParsedDocument, table: KeyedTable, row: KeyedRow) -> Commitment:
    """A header-keyed row (any reader's grid) as a registry record."""
    text = doc.text
    fields: list[RowField] = []
    coordination: list[str] = []
    for cell in row.cells:
        if cell is row.action:
            continue
        items, marked = _items(text, cell) if set(cell.roles) & set(_LISTS) else ([], [])
        coordination += marked
        a, b = (cell.first.start, cell.first.end) if cell.shown is None else row.span  # marks: quote the row
        fields.append(RowField(header=cell.header, roles=list(cell.roles), text=cell.text, items=items,
                               source=Source(start=a, end=b, text=text[a:b])))
    sources: dict[str, Source] = {}
    action = ""
    quote = ""
    if row.action is not None:
        g = row.action.first
        a = g.start
        if row.ref_cell is g:  # "Ai) Open Data ...": the action is what follows its id
            lead = _after_id(text, g.start, g.end)
            a = lead if lead is not None else a
        sources["action"] = Source(start=a, end=g.end, text=text[a : g.end])
        action = collapse_ws(text[a : g.end]) if a != g.start else row.action.text
        quote = text[a : g.end]
    elif table.key_value and row.section:
        action = row.section
    ref = row.ref or ""
    titled = sheet_heading(doc, row.span[0]) if not ref and table.key_value else None
    if titled:  # a sheet without a title of its own: the heading it sits under
        ref, action = titled
    if row.ref_cell is not None:
        g = row.ref_cell
        sources["ref"] = Source(start=g.start, end=g.end, text=text[g.start : g.end])
    start, end = row.span
    section_cell = row.get("section")
    goal = Goal(number=row.ref.rsplit(".", 1)[0] if row.ref and "." in row.ref else None,
                text=section_cell.text if section_cell else None)
    return Commitment(
        document=doc.name,
        title=doc.title,
        section=row.section,
        goal=goal,
        ref=ref,
        action=action,
        fields=fields,
        coordination=coordination,
        page=row.page if row.page is not None else doc.page_at(start),
        start=start,
        end=end,
        quote=quote or (fields[0].source.text if fields else ""),
        kind="table_row" if table.is_action_table else "table_cells",
        sources=sources,
    )


def _after_id(text: str, start: int, end: int) -> int | None:
    from plans.ids import leading_id

    lead = leading_id(text[start:end])
    return start + lead[1] if lead else None


def _items(text: str, cell: KeyedCell) -> tuple[list[str], list[str]]:
    """The names of a list cell, one per line or per ";" (a "(coordination)" mark noted)."""
    items: list[str] = []
    marked: list[str] = []
    for g in cell.cells:
        for piece in re.split(r"\n|;", text[g.start : g.end]):
            m = COORDINATION.search(piece)
            name = collapse_ws(COORDINATION.sub(" ", piece)).strip(" ,.-•▪")
            if name:
                items.append(name)
                if m:
                    marked.append(name)
    return (items if len(items) > 1 or marked else []), marked


def commitments(doc: ParsedDocument) -> list[Commitment]:
    """Every row of a document: table rows first, in order, then prose commitments."""
    from ingest.prose_commitments import prose_commitments

    out = [from_row(doc, row, _legacy_headers(table.header)) for table in doc.tables for row in table.rows]
    keyed = [from_keyed(doc, t, r) for t in doc.keyed for r in t.rows]
    printed = {c.ref for c in out + keyed if c.ref and "ref" in c.sources}
    for c in keyed:
        if c.ref and "ref" not in c.sources and c.ref in printed:
            c.ref = ""  # a heading's id that a sheet of its own already prints
    return out + keyed + prose_commitments(doc)


def sheet_heading(doc: ParsedDocument, at: int) -> tuple[str, str] | None:
    """The id and title of the nearest heading above offset `at` that names a unit and its
    number ("Projet 8 : Réduction de …" -> ("Projet 8", "Réduction de …")), among the headings
    still open there (one per level); None when none does. A bare number ("3. Measures") is a
    chapter, not a sheet's id."""
    from plans.ids import leading_id

    open_: dict[int, Block] = {}
    for b in doc.blocks:
        if b.start >= at:
            break
        if b.kind == "heading":
            open_ = {lvl: h for lvl, h in open_.items() if lvl < b.level}
            open_[b.level] = b
    for _, b in sorted(open_.items(), reverse=True):
        text = collapse_ws(doc.text[b.start : b.end]).strip()
        lead = leading_id(text)
        if lead and _UNIT_ID.match(lead[0]):
            return lead[0], text[lead[1]:].strip() or text
    return None


_UNIT_ID = re.compile(r"[^\W\d_]+\s+\S*\d")  # "Projet 8", "Fiche 3.2"


def is_commitment(c: Commitment) -> bool:
    return c.kind != "table_cells"


def _legacy_headers(header: list[str]) -> dict[str, str]:
    """The printed labels of an action table read by the flat or PDF readers, by role."""
    from ingest.tables.grid import column_role

    out: dict[str, str] = {}
    for label in header:
        role = column_role(label or "")
        if role and role not in out and label.strip():
            out[role] = collapse_ws(label).strip(" :")
    return out

