"""Which cells of a rebuilt page the text does not settle: better empty than wrong.

`flat_align` gives each row the cell that reads best; this module asks, for each row,
whether the text *determines* that cell, or only a preference does. A row's
monitoring or department cell is left empty when:

* a near tie decides it: priced on the evidence alone (blank lines, repeated names, a
  department order the document keeps to, learnt from its other pages, instruments
  echoing their line of action), another cell for the row costs about as much. One
  habit of flattened tables is trusted, as the reading of a page always has been:
  where a box holds the cells of several rows and a single cut inside it is left
  open, the cut goes late (for department names, only in a box that the document's
  order cuts elsewhere too, so that a run printed in no known order is never cut by
  guess; for instruments, only where no instrument then sits in a row whose line of
  action it does not echo, next to one whose line of action it does);
* a row is left without any cell of the column while the page has some: the column
  and the rows do not pair one to one there;
* the names printed right after a row's instrument, and before the next instrument
  (a monitoring/department pair), are given by the reading in order to another row,
  and the two readings give the rows in between different names;
* the page closes with more runs of names than its last instruments have rows: the
  runs at its end are out of place, and the rows they would go to are not settled;
* the cell makes no sense for its column: an instrument holding a line that is a
  department name of the document (a column mis-split), a department that is a
  sentence.

Nothing here knows a department, id or phrase of any plan.
"""

from __future__ import annotations

import re

from .flat_align import Alignment
from .flat_typing import neighbour

TIE = 0.25  # two cells priced closer than this: the text does not choose between them


def unsure_cells(best: Alignment, evidence: Alignment, names_column: bool, convention: float = TIE) -> set[int]:
    """Rows whose cell (as `best` chose it) the evidence does not settle.

    `evidence` prices the same column on the evidence alone; `convention`: how much the
    evidence may lean the other way where the one open cut of a box goes late (the
    weight the reading gives that habit)."""
    units = best.units
    flagged: set[int] = set()
    open_boxes: dict[int, bool] = {}
    late: list[tuple[int, int]] = []
    for j, cell in enumerate(best.cells):
        content = best.content(cell)
        margin = evidence.margin(j, content)
        if margin >= TIE:
            continue
        near = evidence.near(j, TIE, content)
        box = units[cell[0]].box if cell and len({units[x].box for x in cell}) == 1 else None
        if margin > -max(convention, TIE) and box is not None and all(
                alt and all(units[x].box == box for x in alt) for alt in near):
            if box not in open_boxes:
                open_boxes[box] = _one_open_cut(best, evidence, box, names_column)
            if open_boxes[box]:
                late.append((j, box))  # the one open cut of a box goes late...
                continue
        flagged.add(j)
    # ... unless another row of that box is not settled either.
    doubtful = {units[x].box for j in flagged for x in best.cells[j]}
    return flagged | {j for j, box in late if box in doubtful}


def _one_open_cut(best: Alignment, evidence: Alignment, box: int, names_column: bool) -> bool:
    """Does the box leave a single cut between its cells open (and, for names, hold a
    cut that the evidence does settle)? A cut is settled where every reading that does
    not cut there costs clearly more."""
    cuts = [cell[0] for cell in best.cells if cell and best.units[cell[0]].box == box][1:]
    settled = open_cuts = 0
    for u in cuts:
        if evidence.without_start(u) - evidence.total >= TIE:
            settled += 1
        else:
            open_cuts += 1
            if open_cuts > 1:
                return False
    return open_cuts <= 1 and (settled >= 1 or not names_column)


def pair_conflicts(stream, row_names: list[tuple], dept_rows: dict[int, set[int]],
                   monitoring_rows: dict[int, set[int]], out_of_order: set[int]) -> set[int]:
    """Rows whose names the reading in order and the reading by pairs give differently.

    `stream`: the page's boxes in printed order; `row_names[j]`: the names row j got;
    `dept_rows[box]`: the rows given names of that box; `monitoring_rows[box]`: the rows
    whose instruments that box holds; `out_of_order`: boxes of instruments taken out
    of printed order (no pair with what follows them)."""
    flagged: set[int] = set()
    for k, pb in enumerate(stream):
        if not pb.depts or not _paired(stream, k):
            continue
        if pb.sentences:
            rows_here = monitoring_rows.get(pb.index, set())
        else:
            prev = neighbour(stream, k, -1)
            if prev is None or prev.index in out_of_order:
                continue
            rows_here = monitoring_rows.get(prev.index, set())
        given = dept_rows.get(pb.index, set())
        if len(rows_here) != 1 or not given:
            continue
        (r,) = rows_here
        if r in given or row_names[r] in {row_names[s] for s in given}:
            continue  # the pair holds, or says the same
        flagged.add(r)
        # Read by pairs, the run is r's: the rows between the one that took it and r
        # take their neighbour's names instead; those whose names change are unsure.
        if r > max(given):
            flagged |= {t for t in range(max(given), r) if t == 0 or row_names[t - 1] != row_names[t]}
        else:
            flagged |= {t for t in range(r + 1, min(given) + 1)
                        if t + 1 >= len(row_names) or row_names[t + 1] != row_names[t]}
    return flagged


def echo_elsewhere(cells, sentences, actions, sim) -> set[int]:
    """Neighbouring rows of one box of instruments where the cut between them gave one
    row, at its edge, an instrument that echoes nothing of its own line of action but
    the line of action of the row next to it (which could have taken it): where that
    box is cut is not settled."""
    found: set[int] = set()
    for j, cell in enumerate(cells):
        if len(cell) < 2:
            continue  # the row needs the instrument to have one at all
        for x, k in ((cell[-1], j + 1), (cell[0], j - 1)):
            if not 0 <= k < len(cells) or not cells[k] or sentences[cells[k][0]].box != sentences[x].box:
                continue
            if abs((cells[k][0] if k > j else cells[k][-1]) - x) != 1:
                continue  # not next to each other in the box
            text = sentences[x].text.lower()
            if sim(actions[j], text) <= 0 < sim(actions[k], text):
                found |= {j, k}
    return found


_TRIVIAL = ("orphan", "numbers", "header", "note")


def stray_names(stream, dept_rows: dict[int, set[int]], monitoring_rows: dict[int, set[int]]) -> set[int]:
    """Rows whose names come from runs printed out of their place at the end of a page.

    A page that closes with its last instruments and then more runs of names than
    those instruments have rows ("... instrument / names / names") printed some row's
    names away from it: which run goes with which row is not settled there."""
    k = len(stream) - 1
    while k >= 0 and stream[k].kind in _TRIVIAL:
        k -= 1
    trailing = []
    while k >= 0 and (_names_only(stream[k]) or stream[k].kind in _TRIVIAL):
        if stream[k].depts:
            trailing.append(stream[k].index)
        k -= 1
    rows: set[int] = set()
    while k >= 0 and not stream[k].depts:
        rows |= monitoring_rows.get(stream[k].index, set())
        k -= 1
    if len(trailing) < 2 or not rows or len(trailing) <= len(rows):
        return set()
    return rows | {j for b in trailing for j in dept_rows.get(b, set())}


def _names_only(pb) -> bool:
    return pb is not None and bool(pb.depts) and not pb.sentences


def _paired(stream, k: int) -> bool:
    """Is the name run at k printed as a pair with the instrument before it: followed
    by the next row's cells (or the end of the page), not by another run of names?
    Runs printed one after the other are a column, whose runs pair with nothing."""
    return not _names_only(neighbour(stream, k, +1))


_SENTENCE_END = re.compile(r"[.;:!?]$")


_RUNS_ON = {"the", "of", "for", "and", "to", "in", "on", "with", "a", "an", "by", "at", "or"}


def sentence_like(name: str) -> bool:
    """A department cell that reads as a sentence, or as a piece of one: final
    punctuation, many words, lower case at its start, a last word that runs on."""
    words = name.split()
    return (bool(_SENTENCE_END.search(name.strip())) or len(words) > 8 or name[:1].islower()
            or not words or words[-1].lower() in _RUNS_ON or name.rstrip().endswith("-"))
