"""The commitments registry's records, made from recovered table rows (and prose actions)."""

from __future__ import annotations

from ingest.document import ParsedDocument
from ingest.tables.model import Cell, TableRow
from plans.records import Commitment, Goal, Source


def from_row(doc: ParsedDocument, row: TableRow) -> Commitment:
    quote_cell = row.action or row.goal or (row.monitoring[0] if row.monitoring else None)
    start, end = row.span
    return Commitment(
        document=doc.name,
        title=doc.title,
        objective=row.objective,
        goal=Goal(number=row.goal_ref or None, text=row.goal.text if row.goal else None),
        ref=row.ref,
        action=row.action.text if row.action else "",
        monitoring=[c.text for c in row.monitoring],
        departments=[c.text for c in row.departments],
        coordination=list(row.coordinators),
        page=row.page if row.page is not None else (doc.page_at(quote_cell.start) if quote_cell else None),
        start=start,
        end=end,
        quote=_verbatim(doc, quote_cell),
        kind="table_row",
        sources=_sources(doc, row),
    )


def _sources(doc: ParsedDocument, row: TableRow) -> dict[str, Source]:
    fields = {"goal": [row.goal] if row.goal else [], "action": [row.action] if row.action else [],
              "monitoring": row.monitoring, "departments": row.departments}
    out: dict[str, Source] = {}
    for name, cells in fields.items():
        if not cells:
            continue
        a, b = min(c.start for c in cells), max(c.end for c in cells)
        if b - a > 4 * sum(c.end - c.start + 1 for c in cells):  # cells scattered: quote the first
            a, b = cells[0].start, cells[0].end
        out[name] = Source(start=a, end=b, text=doc.text[a:b])
    return out


def _verbatim(doc: ParsedDocument, cell: Cell | None) -> str:
    return doc.text[cell.start : cell.end] if cell else ""


def commitments(doc: ParsedDocument) -> list[Commitment]:
    """Every commitment of a document: table rows first, in order, then prose ones."""
    from ingest.prose_commitments import prose_commitments

    return [from_row(doc, row) for table in doc.tables for row in table.rows] + prose_commitments(doc)
