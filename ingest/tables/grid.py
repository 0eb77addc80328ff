"""Action-plan rows from a table whose cells are already known (Word tables).

The header row names the columns; generic table vocabulary maps each to a role (id, goal,
action, monitoring, departments). A table qualifies as an action plan when it has an id
column, an action column and at least one of monitoring / departments. Empty goal cells
(merged cells) take the goal of the row above within the same goal number.
"""

from __future__ import annotations

import re

from ingest.tables.cells import department_cells
from plans.ids import goal_number
from ingest.tables.model import Cell, GridCell, TableRow
from plans.text import collapse_ws

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("no", "n°", "nº", "nr", "#", "id", "ref", "number", "num"),
    "goal": ("goal", "objective", "aim", "target", "priority", "outcome"),
    "action": ("action", "actions", "lines of action", "line of action", "measure", "measures",
               "activity", "activities", "commitment", "commitments", "initiative"),
    "monitoring": ("monitoring", "indicator", "indicators", "instrument", "instruments", "kpi",
                   "monitoring instruments", "means of verification"),
    "departments": ("department", "departments", "responsible", "responsibility", "lead",
                    "owner", "owners", "actor", "actors", "body", "bodies", "entity", "entities"),
}
# Line ids as plans print them: "3.b", "9", "1.1", "4.b.", "C1.1", "A.1"
ID_PATTERN = re.compile(r"^\s*((?:[A-Z]{1,2}\.?)?\d{1,3}(?:\.(?:\d{1,2}|[a-z]))*|[A-Z]{1,2}\.\d{1,2}(?:\.\d{1,2})*)\.?\s*$")


def column_role(label: str) -> str | None:
    """The role of a column from its header label, or None when it is not one we know."""
    words = collapse_ws(label).lower().strip(" .:")
    if not words:
        return None
    for role in ("monitoring", "departments", "action", "goal", "id"):
        for w in ROLE_WORDS[role]:
            if words == w or words.startswith(w + " ") or words.endswith(" " + w) or f" {w} " in f" {words} ":
                return role
    return None


def rows_from_grid(grid: list[list[GridCell | None]], text: str, page: int | None = None) -> list[TableRow]:
    """Rows of an action-plan table given as a header row plus body rows, or [] if it is not one."""
    if len(grid) < 2:
        return []
    roles = [column_role(c.text if c else "") for c in grid[0]]
    if "id" not in roles or "action" not in roles or not {"monitoring", "departments"} & set(roles):
        return []
    rows: list[TableRow] = []
    last_goal: dict[str, Cell] = {}
    for body in grid[1:]:
        cells = {role: body[i] for i, role in enumerate(roles) if role and i < len(body)}
        id_cell = cells.get("id")
        m = ID_PATTERN.match(id_cell.text) if id_cell else None
        if not m:
            continue
        ref = m.group(1)
        gnum = goal_number(ref)
        goal = _cell(cells.get("goal"), text) or last_goal.get(gnum)
        if goal:
            last_goal[gnum] = goal
        departments, coordinators = _departments(cells.get("departments"), text)
        rows.append(
            TableRow(
                ref=ref,
                goal_ref=gnum,
                goal=goal,
                action=_cell(cells.get("action"), text),
                monitoring=_items(cells.get("monitoring"), text),
                departments=departments,
                coordinators=coordinators,
                page=page,
            )
        )
    return rows


def _cell(c: GridCell | None, text: str) -> Cell | None:
    if c is None or not c.text.strip():
        return None
    return Cell.from_span(text, c.start, c.end)


def _lines(c: GridCell | None, text: str) -> list[Cell]:
    if c is None:
        return []
    out: list[Cell] = []
    pos = c.start
    for line in text[c.start : c.end].split("\n"):
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            out.append(Cell.from_span(text, a, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _items(c: GridCell | None, text: str) -> list[Cell]:
    from ingest.sentences import split_sentences

    out: list[Cell] = []
    for line in _lines(c, text):
        out.extend(Cell.from_span(text, a, b) for a, b in split_sentences(text, line.start, line.end))
    return out


def _departments(c: GridCell | None, text: str) -> tuple[list[Cell], list[str]]:
    return department_cells(text, [(line.start, line.end) for line in _lines(c, text)])
