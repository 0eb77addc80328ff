"""Finding the table rows a question is about: by the id it names, by the meaning of its
words (the retrieved row chunks and the row's own words), or by a value it names in a
column (reverse lookups: "which actions does X lead?")."""

from __future__ import annotations

import re
from typing import Callable

from assistant.answering.asked import without_possessor
from assistant.answering.base import plan_writes_subject
from assistant.answering.entities import PATTERNS
from assistant.question import Question
from plans.ids import Ref, find_refs, letter_ids
from assistant.retrieval import Hit
from plans.index import Snapshot
from plans.index.lexical import stem, tokenize, words
from plans.records import Commitment, RowField
from plans.vocabulary import union
from plans.vocabulary.acts import acts, asked_acts
from plans.vocabulary.roles import FIELD_ROLES, SUPPORTED_BY, cue_words, fold
from plans.vocabulary.stopwords import ALL_STOPWORDS

def ids_named(text: str, rows: list[Commitment]) -> list[Ref]:
    """Row ids the question names that some row carries: "measure 1.10", "sub-task Ci",
    "programme national 9", "projet 2", "Bii"."""
    known = {c.ref for c in rows if c.ref}
    out: list[Ref] = []
    for ref in find_refs(text):
        for v in (ref.value, ref.value.upper(), ref.value.capitalize()):
            if v in known:
                out.append(Ref("line", v))
                break
    out += [Ref("line", v) for v in letter_ids(text) if v in known]
    return list(dict.fromkeys(out))


def scope_words(c: Commitment) -> set[str]:
    return set(tokenize(" ".join([c.section or "", c.goal.text or ""])))


def prefer_scope(q: Question, found: list[Commitment]) -> list[Commitment]:
    """Several rows share the id (numbering that restarts per section or table): keep those
    whose section or caption the question's words name most."""
    if len({(c.document, c.section) for c in found}) <= 1:
        return found
    terms = set(q.stems())
    best = max(len(scope_words(c) & terms) for c in found)
    return [c for c in found if len(scope_words(c) & terms) == best]


def row_text(c: Commitment, fields: list[RowField] | None = None) -> str:
    """The row's id, action, section, goal and cells (`fields`: the cells to write, by
    default all of them, each after its header), as one text."""
    cells = c.fields if fields is None else fields
    return " ".join([c.ref, c.action, c.section or "", c.goal.text or "", *(f"{f.header} {f.text}" for f in cells)])


def row_words(c: Commitment) -> set[str]:
    return set(tokenize(row_text(c)))


def by_meaning(q: Question, hits: list[Hit], snapshot: Snapshot, wanted, min_coverage: float,
               top: int = 2, states_act: Callable[[Commitment], bool] | None = None) -> tuple[Commitment, float] | None:
    """The row among the best retrieved rows that covers the question's words best and has
    what the question asks for (`wanted(row)` is true). A row must also be among the best
    evidence overall (`top` hits): a row that only comes after several passages is not
    what the question is about, whatever words it shares with it. One rank further, a row
    whose action states the act the question asks (`states_act(row)`: "which ministry
    drafts X?" of "Development of the draft X") is considered too, and the question's word
    for that act counts as written in it ("prepare" of a row's "drafting")."""
    asking = {fold(s) for s in tokenize(" ".join(cue_words(q.text)))}
    terms = [t for t in q.stems() if fold(t) not in asking]
    if not terms:
        return None
    asked = asked_acts(q.text, q.lang) if states_act is not None else frozenset()
    act_words = {stem(t.word) for t in q.terms if acts(t.word, q.lang) & asked}
    weights = snapshot.term_stats.weights(terms)
    total = sum(weights.values()) or 1.0
    seen: set[tuple[str, int, str]] = set()
    best: tuple[float, Commitment] | None = None
    rank = 0
    reach = top + (states_act is not None)
    for overall, h in enumerate(hits):
        if overall >= reach:
            break
        row = h.chunk.commitment if h.chunk.kind == "row" else None
        if row is None or row.kind not in ("table_row", "table_cells"):
            continue
        key = (row.document, row.start, row.ref)
        if key in seen:
            continue
        seen.add(key)
        rank += 1
        if rank > reach:
            break
        if overall >= top and not states_act(row):
            continue
        words = row_words(row)
        if not wanted(row) or not names_row(row, terms) or not plan_writes_subject(q, row.document, snapshot, words):
            continue
        if act_words and states_act(row):
            words = words | act_words
        cov = sum(w for t, w in weights.items() if t in words) / total
        score = cov + 0.2 * max(0.0, (h.cosine or 0.0) - 0.3) - 0.02 * rank
        if best is None or score > best[0]:
            best = (score, row)
    if best is None or best[0] < min_coverage:
        return None
    return best[1], best[0]


def written_row(q: Question, hits: list[Hit], wanted) -> Commitment | None:
    """The retrieved row whose action the question writes out: a run of at least
    `WRITTEN_RUN` content words of the action, in its order ("which body sets up a national
    climate fund for the coast, and by when?" writes the row "Set up a national climate fund
    for the coast ..."), longer than any other row's run, and the row has what
    the question asks for (`wanted(row)` is true). A question that copies a row's words names
    the row, however the passages around it rank."""
    asked = _content_stems(q.text, q.lang)
    runs: dict[tuple[str, int, str], tuple[int, Commitment]] = {}
    for h in hits:
        row = h.chunk.commitment if h.chunk.kind == "row" else None
        if row is None or row.kind not in ("table_row", "table_cells") or not row.action:
            continue
        key = (row.document, row.start, row.ref)
        if key not in runs:
            runs[key] = (_longest_run(asked, _content_stems(row.action, h.chunk.lang)), row)
    ranked = sorted(runs.values(), key=lambda r: -r[0])
    if not ranked or ranked[0][0] < WRITTEN_RUN or not wanted(ranked[0][1]):
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0] and fold(ranked[1][1].action) != fold(ranked[0][1].action):
        return None  # two rows written alike: neither is named
    return ranked[0][1]


WRITTEN_RUN = 5


def _content_stems(text: str, lang: str | None) -> list[str]:
    return [t for t in tokenize(text, lang or "en") if t not in ALL_STOPWORDS]


def _longest_run(a: list[str], b: list[str]) -> int:
    """The length of the longest run of words that `a` and `b` share in the same order."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                current[j + 1] = previous[j] + 1
                best = max(best, current[j + 1])
        previous = current
    return best


def names_row(c: Commitment, terms: list[str]) -> bool:
    """Some word of the question is in the row's own cells and not only in what every row of
    its table shares (caption, section, headers): "the cost for the education sector" does
    not name the health row of a costs-by-sector table, however many caption words it uses."""
    caption = c.section or ""
    own = set(tokenize(" ".join([c.ref, c.action, c.goal.text or "", *(f.text for f in c.fields)])))
    if c.action and fold(c.action) in fold(caption):
        # a table of its own under a heading that is its label ("Project 5: …", a programme's
        # sheet): nothing is shared, its headers are its own words too
        return bool(set(terms) & (own | set(tokenize(" ".join(f.header for f in c.fields)))))
    shared = set(tokenize(" ".join([caption, *(f.header for f in c.fields)])))
    return bool((set(terms) & own) - shared)


def named_fields(q: Question, c: Commitment) -> list[RowField]:
    """Cells whose column header the question names as it is printed ("FCO", "task owner")."""
    text = f" {fold(without_possessor(q.text))} "
    written = q.written()
    out = []
    for f in c.fields:
        h = fold(f.header)
        if h and len(h) >= 2 and f" {h} " in text or _writes_head_noun(f.header, written):
            out.append(f)
    return out


HEAD_NOUN_WORDS = 2  # the fewest words of a header's noun phrase that name its column without the word before


def _writes_head_noun(header: str, written: list[str]) -> bool:
    """Does the question write a header's words past its first, a phrase of two words or more
    ("civil society organisation" of "Supporting civil society organisations")? The first
    word of a longer header qualifies what the rest names."""
    stems = tokenize(header)
    tail = stems[1:]
    return len(tail) >= HEAD_NOUN_WORDS and any(written[i:i + len(tail)] == tail for i in range(len(written)))


_BODY_ROLES = {"lead", "partners", "funding"}  # cells that name bodies
# (the phrases first: "en collaboration avec" is one separator, not "en" and a name)
_LISTED = re.compile("|".join(rf"\s+(?i:{re.escape(p)})\s+" for p in sorted(union(SUPPORTED_BY), key=len, reverse=True))
                     + r"|\s*[/,;]\s*|\s+and\s+|\s+et\s+|\s+en\s+")


def cell_parts(cell: str) -> list[str]:
    """A cell and the names it lists ("Rotterdam, Delft en Den Haag" -> also "Delft"), in
    their order (so that what is found first does not depend on a set's)."""
    return list(dict.fromkeys([cell, *_LISTED.split(cell)]))


def bodies_elsewhere(q: Question, c: Commitment, names: list[str], rows: list[Commitment],
                     title: set[str]) -> list[str]:
    """The names the question writes ("the Harbour Fund", "HF") that row `c` never writes
    but another row of its plan lists as a body (its lead, a partner, a funder): asked of `c`
    ("how much does HF give to programme 9?"), they ask about a part the row does not give it.
    A name of the plan's title (`title`: its words, lower-cased) is where to look, not what is asked."""
    own = set(words(" ".join([c.ref, c.action, c.section or "", c.goal.text or "",
                              *(f"{f.header} {f.text}" for f in c.fields)])))
    bodies: set[str] = set()
    for other in rows:
        if other.document == c.document and other is not c:
            bodies |= {w for f in other.fields if set(f.roles) & _BODY_ROLES for w in words(f.text)}
    out = []
    for name in names:
        written = [w for w in words(name) if w not in ALL_STOPWORDS]
        if written and not any(w in own or w in title for w in written) and all(w in bodies for w in written):
            out.append(name)
    return out


def value_named(q: Question, rows: list[Commitment], roles: list[str]) -> tuple[str, list[str]] | None:
    """The longest cell value (a name, a status, a priority) of the given roles that the
    question writes, and the roles it was found under: "led by the Harbour Board" ->
    ("Harbour Board", ["lead"])."""
    text = f" {fold(q.text)} "
    looked = [r for r in roles if r in FIELD_ROLES and r not in ("notes", "indicator")] or [
        r for r in FIELD_ROLES if r not in ("notes", "indicator")]
    found: dict[str, set[str]] = {}
    for c in rows:
        for f in c.fields:
            roles_here = [r for r in f.roles if r in looked]
            if not roles_here:
                continue
            for v in f.values:
                for part in cell_parts(v):
                    key = fold(part)
                    as_written = part.strip().isupper() or (len(key.split()) == 1 and set(f.roles) & _BODY_ROLES)
                    if 2 <= len(key) and len(key.split()) <= 8 and not set(key.split()) <= ALL_STOPWORDS and f" {key} " in text and not key.isdigit() \
                            and not (as_written and not re.search(rf"\b{re.escape(part.strip())}\b", q.text)):
                        # an acronym ("PLAN", an NGO) or a one-word body ("Mines", "Justice") is named
                        # only as written, not by the word "plan" or "anti-personnel mines"
                        found.setdefault(part.strip(), set()).update(roles_here)
    if not found:
        return _amount_named(q, rows, looked)
    value = max(found, key=lambda v: len(fold(v)))
    return value, sorted(found[value])


def _amount_named(q: Question, rows: list[Commitment], looked: list[str]) -> tuple[str, list[str]] | None:
    """An amount the question writes ("a cost of 60 million USD") that a budget cell gives,
    among other words ("60 million USD, estimated from a similar project")."""
    if "budget" not in looked:
        return None
    for m in PATTERNS["amount"].finditer(q.text):
        amount = m.group(0).strip()
        if any(has_value(c, amount, ["budget"]) for c in rows):
            return amount, ["budget"]
        # "USD 41.5 million" of a cell "41,5 millions de dollars USD": the same figure, as
        # the cell writes it (a figure with decimals or of four digits or more, not a chance one)
        asked = _telling_figures(amount)
        for c in rows:
            for f in c.fields:
                if "budget" in f.roles and asked & _telling_figures(f.text):
                    return " ".join(f.text.strip(" •-–*").split()), ["budget"]
    return None


def _telling_figures(text: str) -> set[str]:
    """The figures of `text` that tell an amount apart, in one form: with one or two
    decimals, either mark ("41,5" and "41.5": "41.5"), or of four digits or more."""
    return {m.group(1) + (f".{m.group(2)}" if m.group(2) else "")
            for m in re.finditer(r"(?<![\d.,])(\d+)(?:[.,](\d{1,2}))?(?![\d.,]?\d)", text)
            if m.group(2) or len(m.group(1)) >= 4}


def has_value(c: Commitment, value: str, roles: list[str]) -> bool:
    key = f" {fold(value)} "
    return any(key in f" {fold(v)} " for f in c.fields if set(f.roles) & set(roles) for v in f.values)
