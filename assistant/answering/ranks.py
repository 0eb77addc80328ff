"""Which row of a table comes first by a column of figures: "which dataset was viewed most?",
"quelle région reçoit le budget le plus élevé ?", "welke gemeente heeft de meeste deelfietsen?".

A question that asks "which <kind>" with a superlative (`SUPERLATIVES` in
`plans.vocabulary.questions`) is answered from a table of at least three rows that the search
found one of, and that is about what the question asks (its caption, headers or row labels
write a word of the question besides the plan's name). The column is the one of figures the
question names by its header ("… in November?"), else the table's total column ("Total for
Q3"), else its only column of figures; the row with the highest (or lowest) figure there is
the answer, quoted with its label. A column whose cells are not nearly all figures, or two
rows tied for first, answer nothing: the passages may.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.answering.base import kind_asked
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot
from plans.index.lexical import stem, tokenize
from plans.records import Commitment, RowField
from plans.text import is_figure
from plans.vocabulary.conversation import ROW_WORDS
from plans.vocabulary.questions import SUPERLATIVES, TOTAL_WORDS
from plans.vocabulary.roles import fold

MIN_ROWS = 3  # a table of two rows ranks nothing worth asking about
FIGURE_SHARE = 0.8  # the share of a column's cells that must be figures for it to be ranked
_TOP_HITS = 10  # the hits whose tables are looked at
_COUNTED_WITHIN = 2  # the words after a superlative that may name what it counts
_TOTALS = {fold(w) for ws in TOTAL_WORDS.values() for w in ws}


def superlative(q: Question) -> str | None:
    """"max" or "min" when the question asks which thing comes first or last, else None."""
    if not kind_asked(q):
        return None
    text = f" {fold(q.text)} "
    rows = {s for w in ROW_WORDS.get(q.lang, ()) for s in tokenize(w, q.lang)}
    for direction in ("min", "max"):  # ("the least" before "the most" it contains in no language)
        for cue in SUPERLATIVES.get(q.lang, {}).get(direction, ()):
            m = re.search(rf"(?<!\w){re.escape(fold(cue))}(?!\w)", text)
            if m is None:
                continue
            after = tokenize(text[m.end():], q.lang)[:_COUNTED_WITHIN]
            # "which ministry leads the most measures?" counts rows, it ranks no column
            return None if rows & set(after) else direction
    return None


def figure(text: str) -> float | None:
    """The number a cell holds ("20209", "1 077,8", "1,574,502", "31.67%", "€ 4.5 m"), or None
    when it holds words or no number."""
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not is_figure(t):
        return None
    m = re.search(r"-?\d[\d ,.]*", t)
    if not m:
        return None
    num = m.group(0).strip().replace(" ", "")
    if "," in num and "." in num:  # the last one is the decimal mark
        whole, dec = (num.replace(".", "").split(",") if num.rfind(",") > num.rfind(".")
                      else num.replace(",", "").split("."))
        num = f"{whole}.{dec}"
    elif re.fullmatch(r"-?\d{1,3}([,.]\d{3})+", num):  # thousands separators
        num = re.sub(r"[,.]", "", num)
    else:
        num = num.replace(",", ".")
    num = num.rstrip(".")
    try:
        return float(num)
    except ValueError:
        return None


@dataclass(frozen=True)
class Ranked:
    """The first of a ranking: its row and cell, how many were ranked, "max" or "min", and
    whether the cells ranked were the row's own (its columns) or one column's (the rows)."""

    row: Commitment
    cell: RowField
    count: int
    direction: str
    across: Literal["rows", "columns"] = "rows"


def ranked_row(q: Question, hits: list[Hit], snapshot: Snapshot) -> Ranked | None:
    """The row that comes first by a column of figures; or, when the question names one row
    of the table and asks for a kind of thing its rows are not ("in which month was the X
    dataset viewed most?"), that row's column that comes first. None when nothing ranks."""
    direction = superlative(q)
    if direction is None:
        return None
    tables: dict[tuple[str, str | None], None] = {}
    for h in hits[:_TOP_HITS]:
        row = h.chunk.commitment if h.chunk.kind == "row" else None
        if row is not None and row.kind in ("table_row", "table_cells"):
            tables.setdefault((row.document, row.section), None)
    for document, section in tables:
        rows = [c for c in snapshot.rows if c.document == document and c.section == section]
        if len(rows) < MIN_ROWS:
            continue
        own = _row_named(q, rows)  # (a row the question names makes the table one it is about)
        if own is not None and _asks_of_columns(q, rows):
            return _first_column(own, direction)
        if not _about(q, rows, snapshot):
            continue
        header = _column(q, rows)
        if header is None:
            continue
        ranked = [(figure(f.text), c, f) for c in rows for f in c.fields if f.header == header]
        ranked = [(v, c, f) for v, c, f in ranked if v is not None]
        ranked.sort(key=lambda x: x[0], reverse=direction == "max")
        if len(ranked) < MIN_ROWS or ranked[0][0] == ranked[1][0]:
            continue
        return Ranked(ranked[0][1], ranked[0][2], len(ranked), direction)
    return None


NAMED_LABEL_SHARE = 0.6  # of a row label's words a question writes to name the row ("the X dataset")


def _row_named(q: Question, rows: list[Commitment]) -> Commitment | None:
    """The one row whose label the question writes most of, two words at least (or the
    earlier question it leans on: "…, and which month had its highest count?")."""
    asked = set(q.stems()) | {stem(t.word) for t in q.context_terms}
    scored = []
    for c in rows:
        label = set(tokenize(c.action or ""))
        written = len(label & asked)
        if written >= 2 and written >= NAMED_LABEL_SHARE * len(label):
            scored.append((written / len(label), c))
    scored.sort(key=lambda x: -x[0])
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _asks_of_columns(q: Question, rows: list[Commitment]) -> bool:
    """Does "which X" ask for a kind of thing the table's rows are not: X written neither in
    its caption nor in a row label ("which month" of a table of datasets by month)?"""
    kind = {s for w in kind_asked(q) for s in tokenize(w, q.lang)}
    table = " ".join([rows[0].section or "", *(c.action or "" for c in rows)])
    return bool(kind) and not kind & (set(tokenize(table, q.lang)) | set(tokenize(table)))


def _first_column(row: Commitment, direction: str) -> Ranked | None:
    """The row's cell of figures that comes first, its total aside; None on a tie or with
    fewer than two such cells."""
    cells = [(figure(f.text), f) for f in row.fields if not set(fold(f.header).split()) & _TOTALS]
    cells = sorted(((v, f) for v, f in cells if v is not None), key=lambda x: x[0], reverse=direction == "max")
    if len(cells) < 2 or cells[0][0] == cells[1][0]:
        return None
    return Ranked(row, cells[0][1], len(cells), direction, across="columns")


def _about(q: Question, rows: list[Commitment], snapshot: Snapshot) -> bool:
    """Does the table's caption, a header or a row label write a word of the question that
    is not a word of the plan's name?"""
    lang = q.lang
    naming = snapshot.title_stems(rows[0].document) | snapshot.naming_words.get(rows[0].document, set())
    asked = set(q.stems(lang)) - naming
    table = " ".join([rows[0].section or "", *(f.header for f in rows[0].fields)])
    stems = set(tokenize(table, lang)) | set(tokenize(table))
    return bool(asked & stems)


def _column(q: Question, rows: list[Commitment]) -> str | None:
    """The header of the column to rank: named by the question, else the total, else the
    only column of figures."""
    headers = list(dict.fromkeys(f.header for c in rows for f in c.fields))
    figures = [h for h in headers if _figures(rows, h)]
    text = f" {fold(q.text)} "
    named = [h for h in figures if fold(h) and f" {fold(h)} " in text]
    if len(named) == 1:
        return named[0]
    totals = [h for h in figures if set(fold(h).split()) & _TOTALS]
    if len(totals) == 1:
        return totals[0]
    return figures[0] if len(figures) == 1 else None


def _figures(rows: list[Commitment], header: str) -> bool:
    cells = [f.text for c in rows for f in c.fields if f.header == header]
    return len(cells) >= MIN_ROWS and sum(figure(t) is not None for t in cells) >= FIGURE_SHARE * len(rows)
