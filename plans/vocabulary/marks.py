"""Marks a table cell holds instead of words: a tick, a cross or a dot in a timeline or a
checklist column says "yes, this one" (the column's label is the value). Readers write
`MARK` for a cell that marks by colour alone (a shaded period in a Gantt row)."""

MARK = "■"
MARKS = frozenset({MARK, "x", "X", "✓", "✔", "√", "●", "•", "◼", "⬛", "▪", "✗", "✘"})


def is_mark(text: str) -> bool:
    return text.strip() in MARKS
