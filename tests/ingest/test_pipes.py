"""Markdown pipe tables become grids and registry rows: a header row, verbatim cell spans,
empty cells, escaped pipes, the caption above; the prose around them stays prose."""

from __future__ import annotations

from ingest.commitments import commitments
from ingest.reading import read_document
from ingest.tables.pipes import pipe_tables

PLAN = """# Harbour plan 2024-2027

Table 3: Actions and owners

| Line | Action | Responsible | Due |
|:----:|--------|-------------|----:|
| 3.1 | Dredge the north basin \\| phase 1 | Port Authority | 2025 |
| 3.2 | Build a shore power station |  | 2026 |

The harbour master reports every year.
"""


def test_pipe_table_cells_are_verbatim_spans():
    (table,) = pipe_tables(PLAN)
    grid = table.grid
    assert grid.header_rows == 1 and grid.caption == "Table 3: Actions and owners"
    texts = [[c.text if c else None for c in row] for row in grid.rows]
    assert texts == [["Line", "Action", "Responsible", "Due"],
                     ["3.1", "Dredge the north basin \\| phase 1", "Port Authority", "2025"],
                     ["3.2", "Build a shore power station", None, "2026"]]
    for row in grid.rows:
        for c in row:
            if c is not None:
                assert PLAN[c.start:c.end] == c.text
    assert PLAN[table.start:table.end].startswith("| Line") and PLAN[table.start:table.end].endswith("| 2026 |")


def test_markdown_plan_rows_in_the_registry(tmp_path):
    path = tmp_path / "harbour-plan.md"
    path.write_text(PLAN)
    doc = read_document(path)
    rows = commitments(doc)
    assert [(c.ref, c.action, c.values("lead"), c.values("timeline")) for c in rows] == [
        ("3.1", "Dredge the north basin \\| phase 1", ["Port Authority"], ["2025"]),
        ("3.2", "Build a shore power station", [], ["2026"])]
    kinds = {doc.text[b.start:b.end].split("\n")[0]: b.kind for b in doc.blocks}
    assert kinds["The harbour master reports every year."] == "paragraph"
    assert any(k == "table" for k in kinds.values())


def test_a_line_with_pipes_but_no_separator_is_text():
    assert pipe_tables("| not | a table |\nsome text\n") == []
