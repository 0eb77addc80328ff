"""Answers from table rows: the commitments registry and every other header-keyed row.

A question about a field of a row ("who is responsible for milestone 2.3?", "what
timeline and lead agency does the plan give the bike-sharing strategy?", "quels acteurs
pour l'objectif 4 ?") finds the row by the id it names or by the meaning of its words,
and answers with the cells of the roles it asks for (`asked.asked_roles`, the shared role
vocabulary) or the column it names, quoted verbatim with the row's page. A row without
the asked field gets "it does not say", never a neighbour's cell; an id no row carries
gets an abstention. Reverse lookups ("which actions does the Ministry of Environment
lead?", "which milestone is still in progress?") list the rows whose cell of that role
holds the value the question names, each cited.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable

from assistant.answering.asked import asked_roles, clauses
from assistant.answering.base import (OVERVIEW_CHARS, WHICH_ROW, Composer, abstain, asking_stems, documents_lacking_names, in_a_plan_name,
                                      kind_asked, named_documents, names_a_plan, names_across, naming_in, plan_writes_subject,
                                      rare_names, rare_word, short_forms, within_share, without_plan_names,
                                      written_names)
from assistant.answering.entities import mentions
from assistant.answering.parts import numbered_part
from assistant.answering.ranks import Ranked, ranked_row
from assistant.answering.rows import (bodies_elsewhere, by_meaning, cell_parts, has_value, ids_named, named_fields,
                                      names_row, prefer_scope, row_text, row_words, value_named, written_row)
from assistant.models import Answer, Citation
from assistant.question import Question, analyse
from plans.ids import Ref, bare_ids, find_refs, same_unit, table_named
from assistant.retrieval import Hit
from plans.index import Snapshot, StoredChunk
from plans.index.lexical import QueryTerm, alike, query_terms, tokenize, words
from plans.records import Commitment, RowField, Source
from plans.sentences import split_sentences
from plans.text import is_figure, strip_markup, unelided
from plans.vocabulary.acts import OFFICE_ACTS, acts, asked_acts
from plans.vocabulary.messages import say
from plans.vocabulary.grounding import NEGATIONS
from plans.vocabulary.questions import ABOUT_WORDS, ARTICLES, COPULAS, WHICH, asks_not_done
from plans.vocabulary.roles import (FIELD_ROLES, cue_roles, cue_words, fold, header_roles, role_names,
                                    timeline_end)
from plans.vocabulary.stopwords import ALL_STOPWORDS, STOPWORDS
from plans.vocabulary.units import writes_limit

_DEPARTMENTS = re.compile(
    r"\b(departments?|responsib\w*|in charge|ministr\w+|implement\w*|carr(y|ies) out|handles?|owns?|owner|"
    r"leads?|bodies|body|who)\b", re.I)
_COORDINATION = re.compile(r"\bcoordinat\w*\b", re.I)
_MONITORING = re.compile(
    r"\b(how\b.*\b(monitor\w*|measur\w*|track\w*|assess\w*|evaluat\w*|followed up)|monitoring|indicators?|instruments?)\b", re.I)
_ABOUT_ROWS = re.compile(
    r"\b(lines?|actions?|measures?|commitments?|departments?|responsib\w*|monitor\w*|indicators?|goals?|"
    r"deliverables?|plans? to do|will do)\b", re.I)
_GOAL = re.compile(r"\b(which|what) (goal|objective)\b|\b(goal|objective) of\b|\bunder which (goal|objective)\b", re.I)
_LIST = re.compile(r"\b(list|lines|actions|all|which lines|what lines)\b", re.I)
_GENERIC = set(tokenize("line lines action actions measure number plan nap national department departments "
                        "responsible involve involved concern concerns cover covers deal deals provide provides "
                        "provision objective goal which"))
_ABOUT = re.compile(r"\b(about|say|says|said|provide|provides|aim|aims|concern|concerns|cover|covers|commit|commits|"
                    r"involve|involves|entail|entails|mean|means|plan|plans|do|does|include|includes|foresee|foresees)\b"
                    r"|^\s*what\s+(is|are)\s+(line|measure|action|objective|goal)|^\s*(line|measure|action)\s", re.I)
ROW_UNWRITTEN_SHARE = 0.5  # of a question's weight a row's text may leave unwritten and still be what is asked
ROW_UNWRITTEN_WORDS = 3  # ... when it leaves at least this many of its words unwritten
_ROW_FACTS = ("amount", "date", "number", "percent", "duration")  # a row gives none of these unless printed
_PART_DOCS = 3  # the plans searched first for a part numbered in their text, when the question names none
_PRONOUN = re.compile(r"\b(its|it|their|they|this|that|sa|son|ses|leur|leurs|zijn|haar|hun|dit|dat)\b", re.I)
_CELL_QUESTION = re.compile(r"^\s*(did|does|do|has|have|is|are|was|were|a-t-il|heeft|hebben|is)\b", re.I)
_NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
                 "8": "eight", "9": "nine", "10": "ten"}


_FEW_PARTNERS = 4  # a cell listing more names (with itself) is a list of supporters, not the row's subject

# The index's vector search: (text, k, document ids or None, chunk kind) -> [(chunk id, similarity)]
RowSearch = Callable[[str, int, "set[str] | None", "str | None"], list[tuple[str, float]]]


LISTING_CHARS = 1300  # the longest listing of rows


class RegistryComposer(Composer):
    """`search` lets a question in one language find a row of a plan in another by meaning
    (its words share no stem with the row); it must stand `across_margin` ahead of the next."""

    name = "registry"

    def __init__(self, min_topic_coverage: float = 0.5, max_rows: int = 25, search: RowSearch | None = None,
                 across_margin: float = 0.015):
        self.min_topic_coverage = min_topic_coverage
        self.max_rows = max_rows
        self.search = search
        self.across_margin = across_margin

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        # a plan in the question's language that never writes a name the question writes
        # ("Norland's plan") is about something else: none of its rows answers
        lacking = documents_lacking_names(question, snapshot)
        rows = [c for c in snapshot.rows if c.document not in lacking]
        hits = [h for h in hits if h.chunk.doc_id not in lacking]
        roles = asked_roles(question.text)
        refs = [r for r in question.refs if r.kind in ("line", "goal", "action", "measure", "commitment", "objective")]
        scopes = {r.value.upper() for r in refs if r.kind in ("goal", "objective") and any(_matches(c, r) for c in rows)}
        # a bare number ("étape (1.1)") is a row's id only in the plan the question names, if it names one
        named_plans = named_documents(question, snapshot)
        id_rows = [c for c in rows if c.document in named_plans] if named_plans else rows
        refs += [r for r in _bare_ids(question.text, id_rows) + ids_named(question.text, rows)
                 if r not in refs and r.value.upper() not in scopes]  # "objective 3" is not also some plan's row 3
        if not refs and question.context and set(roles) & set(FIELD_ROLES) and (
                _PRONOUN.search(question.text) or len(question.text.split()) <= 6):
            # "... and how far along is it?", "qui en est responsable ?": the row the earlier turn named
            refs = [r for r in find_refs(question.context) + ids_named(question.context, rows)
                    if r.kind != "objective"]
        if refs and all(r.kind == "objective" for r in refs) and not _ABOUT_ROWS.search(question.text):
            refs = []  # "which texts does objective 1 cite?" is a question for the passages
        department = _department_in(question.text, rows)
        table = table_named(question.text)
        if refs:
            if table:  # "programme 9 of table 7": the rows of that table first
                rows = [c for c in rows if _in_table(c, table)] or rows
            return self._by_ref(question, refs, department, rows, hits, snapshot, roles)
        if any(r.unit for r in question.refs):  # "recommendation 3": a part numbered in the text, not a row
            part = self._numbered_part(question, question.refs, hits, snapshot)
            if part is not None:
                return part
        if question.expects in ("number", "amount") and writes_limit(question.text, question.lang):
            # "how many … may a provider put out at most?": only a row that writes a cap gives one
            rows = [c for c in rows if _writes_cap(c)]
            hits = [h for h in hits if h.chunk.commitment is None or _writes_cap(h.chunk.commitment)]
        if table and set(roles) & set(FIELD_ROLES):
            answer = self._by_table(question, table, roles, rows, snapshot)
            if answer is not None:
                return answer
        glossed = _glossary_row(question, rows, hits, snapshot)
        if glossed is not None:  # "what is exposure?": the glossary's row for the term
            answer = labelled_cells(glossed, snapshot)
            if answer is not None:
                return answer
        first = ranked_row(question, [h for h in hits if h.chunk.doc_id not in lacking], snapshot)
        if first is not None and first.across == "columns":  # "in which month was X viewed most?"
            return _ranked(question, first, snapshot)
        named_row = _named_row(question, rows, hits, snapshot)
        if named_row is not None:
            # (a cell found by its value is a matrix's: a row of one or two cells is read whole)
            answer = self._by_cell(question, named_row, snapshot) if len(named_row.fields) >= 3 else None
            if answer is None and _gives(named_row, set(roles) & set(FIELD_ROLES)):
                answer = self._one_row(question, named_row, snapshot, roles)  # "the cost of the coast sector"
            if answer is None and not set(roles) & set(FIELD_ROLES) and question.expects in _ABOUT_TYPES:
                # "what is the main message?", "what does the X commitment require?": the row so labelled
                answer = labelled_cells(named_row, snapshot)
            if answer is not None:
                return answer
        if first is not None:  # "which dataset was viewed most?": the row first by the column of figures
            return _ranked(question, first, snapshot)
        by_column = self._by_column(question, rows, hits, snapshot)
        if by_column is not None:
            return by_column
        if _asks_for_row(question, snapshot):
            commitments = [c for c in snapshot.commitments if c.document not in lacking]
            # ("which corporate commitment …?": the rows of a table captioned "Corporate Commitments" too)
            noun = _asked_row_noun(question)
            commitments += [c for c in rows if c.kind == "table_cells" and noun & set(tokenize(c.section or ""))]
            docs = named_plans
            named = value_named(question, [c for c in rows if c.document in docs], roles) if docs else None
            named = named or value_named(question, rows, roles)
            if named and in_a_plan_name(named[0], question.text):
                named = None  # "National" of "the Belgian National Action Plan …": a word of the plan's name
            if named and names_a_plan(named[0], snapshot):
                named = None  # "which measure of Atlantis' programme ...": the plan's name, not a cell asked for
            if named:
                return self._by_value(question, named[0], named[1], rows, hits, snapshot)
            if department:
                return self._by_department(question, department, rows, hits, snapshot)
            return self._by_topic(question, commitments, hits, snapshot)
        by_name = self._by_unique_value(question, roles, rows, hits, snapshot)
        if by_name is not None:
            return by_name
        if roles and set(roles) & set(FIELD_ROLES) or _CELL_QUESTION.search(question.text):
            return self._by_meaning(question, roles, hits, snapshot)
        return None

    def _numbered_part(self, q: Question, refs: list[Ref], hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        """The part of the named plan (else, or when the named plan has none, of the plans the
        search found first) that the plan numbers in its text as the question does
        (`numbered_part`): a plan named in another language may be named by a word of another."""
        named = list(named_documents(q, snapshot))
        found = numbered_part(q, refs, named, snapshot) if named else None
        return found or numbered_part(q, refs, list(dict.fromkeys(h.chunk.doc_id for h in hits))[:_PART_DOCS], snapshot)

    # -- a named line, goal, action or objective ----------------------------------------
    def _by_ref(self, q: Question, refs: list[Ref], department: str | None, rows: list[Commitment],
                hits: list[Hit], snapshot: Snapshot, roles: list[str]) -> Answer | None:
        lines = [r for r in refs if r.kind != "objective"] or refs
        found = _prefer_document(q, [c for c in rows if any(_matches(c, r) for r in lines)], hits, snapshot)
        # the id's word the question writes ("projet 19": the sheet "Projet 19") names the row
        # before the words of a section do (line 19 of a table under a heading the question echoes)
        found = prefer_scope(q, _written_unit(lines, found))
        if not found and all(r.kind == "objective" for r in lines):
            # a plan whose table calls its goals "objectives": objective 2 is goal 2
            goals = [Ref("goal", r.value) for r in lines]
            found = _prefer_document(q, [c for c in rows if any(_matches(c, r) for r in goals)], hits, snapshot)
        scope = [r for r in refs if r.kind == "objective" and r not in lines]
        if scope:
            found = [c for c in found if any(_matches(c, r) for r in scope)]
        if department:
            found = [c for c in found if _has_department(c, department)]
            if found and (len(found) > 1 or _LIST.search(q.text)):
                return self._listing(q, found, say("involved_in", q.lang, name=department), snapshot)
        if not found:
            if not rows and all(r.kind == "objective" for r in refs):
                return None  # no registry at all: let the passages answer
            # a part the plan numbers in its text, not in a table ("6.2 Recommendations" > "2. …")
            part = self._numbered_part(q, [r for r in q.refs if r.unit] or refs, hits, snapshot)  # (as written)
            if part is not None:
                return part
            labels = ", ".join(say("line", q.lang, ref=r.value).lower() if r.kind == "line" else r.label for r in refs)
            return abstain(say("no_row", q.lang, label=labels))
        numbered = [c for c in found if any(r.kind in ("line", *_ACTION_KINDS) and _same_ref(c, r) for r in lines)]
        named = _written_unit(lines, numbered)
        found = [c for c in found if not any(c is n for n in numbered) or any(c is n for n in named)]
        if len(named) > 1 and len({c.ref.casefold() for c in named}) == 1 and not _asked_fields(q, named[0], roles) \
                and not set(roles) & set(FIELD_ROLES):
            return self._listing(q, named, _listing_intro(refs, named, q.lang), snapshot)  # records under one id
        if len(named) == 1 or (named and len({c.ref.casefold() for c in named}) == 1):
            if len(named) > 1 and (roles or _CELL_QUESTION.search(q.text)):
                with_field = [c for c in named if _asked_fields(q, c, roles)]
                named = with_field or named
            return self._one_row(q, named[0], snapshot, roles)
        if len(found) == 1 and (set(roles) & set(FIELD_ROLES) or named_fields(q, found[0])):
            return self._one_row(q, found[0], snapshot, roles)  # "the indicators of goal 21": its one line's
        within = _row_asked_within(q, found, snapshot) if len(found) > 1 and not _LIST.search(q.text) else None
        if within is not None:  # "under goal 3, which fund does the plan finance?": the line that writes it
            kind = {s for w in kind_asked(q) for s in tokenize(w, _row_language(within, snapshot))}
            if kind and kind <= set(tokenize(row_text(within), _row_language(within, snapshot))):
                return _about(within, snapshot, q.lang)  # (the kind asked, "fund", is what the line names)
            return self._one_row(q, within, snapshot, roles) or _about(within, snapshot, q.lang)
        return self._listing(q, found, _listing_intro(refs, found, q.lang), snapshot)

    def _one_row(self, q: Question, c: Commitment, snapshot: Snapshot, roles: list[str] | None = None) -> Answer | None:
        label = _label(c, q.lang)
        text = q.text
        roles = asked_roles(text) if roles is None else roles
        if q.expects in _ROW_FACTS and not _asked_fields(q, c, roles) and not mentions(
                q.expects, " ".join([c.action, *(f.text for f in c.fields)]), q.text, q.counted):
            return None  # the row does not give it; a passage about the line may
        asks_field = bool(set(roles) & set(FIELD_ROLES)) or _COORDINATION.search(text) or _GOAL.search(text) \
            or bool(named_fields(q, c))
        if not asks_field and not _ABOUT.search(text):
            return None  # a question that only mentions the line: let the passages answer it
        if _COORDINATION.search(text) and c.coordination:
            return _answer(say("coordinated_by", q.lang, label=label, coordination=_join(c.coordination, q.lang),
                               lead=_join(c.values("lead"), q.lang)), c, c.field("lead"), snapshot)
        if _GOAL.search(text) and not set(roles) & set(FIELD_ROLES) and c.goal.text:
            kind = "objective" if c.ref.lower().startswith("objective") or "objective" in text.lower() else "goal"
            return _answer(say(f"falls_under_{kind}", q.lang, label=label, number=c.goal.number, text=c.goal.text),
                           c, None, snapshot, "goal")
        wanted = [r for r in roles if r in FIELD_ROLES] or (["lead"] if _DEPARTMENTS.search(text) else [])
        if wanted or named_fields(q, c):
            return self._fields(q, c, wanted, snapshot)
        if _unwritten_share(q, c, snapshot) > ROW_UNWRITTEN_SHARE:
            return None  # "which permits does action 3 need?": not what the row says, its passages may
        return _about(c, snapshot, q.lang)

    def _fields(self, q: Question, c: Commitment, roles: list[str], snapshot: Snapshot) -> Answer:
        """The cells of the asked roles (or the named columns), quoted; what the row lacks, said."""
        label = _label(c, q.lang)
        fields = _asked_fields(q, c, roles)
        missing = [r for r in roles if _role_field(c, r) is None]
        stated: list[Source] = []
        for role in [r for r in roles if r in _FACT_OF_ROLE]:
            field = next((f for f in fields if role in f.roles), None)
            said = _dated_apart(q, c, field, role) if field is not None else None
            if said is not None:  # "when does the consultation close?" of a row whose date column is its start
                fields.remove(field)
                stated.append(said)
        others = bodies_elsewhere(q, c, _name_runs(short_forms(q.text), written_names(q, short_forms(q.text))),
                                  snapshot.rows, _title_words(c, snapshot))
        if others:
            return abstain(say("row_not_naming", q.lang, label=label, document=c.title or c.document,
                               names=_join(others, q.lang)))
        if not fields and not stated:
            what = role_names(roles, q.lang) or "this"
            return abstain(say("row_lacks", q.lang, label=label, document=c.title or c.document, what=what))
        if len(fields) == 1 and fields[0].roles == ["lead"] and fields[0].items and not named_fields(q, c):
            coord = f" ({_join(c.coordination)} coordinating)" if c.coordination else ""
            text = say("row_lead", q.lang, label=label, names=_join(fields[0].items, q.lang)) + coord
            return _answer(text, c, fields[0], snapshot)
        if len(fields) == 1 and fields[0].roles == ["indicator"] and fields[0].items:
            items = " ".join(m if m.endswith(".") else m + "." for m in fields[0].items)
            return _answer(say("row_indicator", q.lang, label=label, items=items), c, fields[0], snapshot)
        head = f"{label} ({_shorten(c.action, 90)})" if c.action and c.ref else (label or _shorten(c.action, 90))
        parts = []
        citations = []
        given: set[tuple[str, str, int | None]] = set()
        for row in [c, *_twins(c, snapshot.rows, q.text)]:
            for f in _asked_fields(q, row, roles) if row is not c else fields:
                cited = _citation(row, f, snapshot, len(citations) + 1)
                if (f.header, f.text, cited.page) in given:
                    continue  # a twin that repeats the cell on the same page says it once
                given.add((f.header, f.text, cited.page))
                citations.append(cited)
                parts.append(f"{f.header}: {_shorten(f.text, 220).rstrip(' .')} [{len(citations)}]")
        for source in stated:
            citations.append(_citation(c, None, snapshot, len(citations) + 1, source=source))
            parts.append(f"{source.text.rstrip('.')} [{len(citations)}]")
        for role in [r for r in missing if r in _FACT_OF_ROLE]:
            said = _said_in_action(q, c, role, snapshot, len(citations) + 1)
            if said is not None:  # "… will report by 30 June 2020.": the action itself gives the date
                missing.remove(role)
                citations.append(said)
                parts.append(f"{said.quote.rstrip('.')} [{said.id}]")
        answer = f"{head} — " + "; ".join(parts) + "."
        if missing:
            answer += " " + say("row_gives_no", q.lang, what=role_names(missing, q.lang, " / "))
        return Answer(answer=answer, citations=citations, confidence=1.0)

    # -- a row found by the meaning of the question ------------------------------------------
    def _by_meaning(self, q: Question, roles: list[str], hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        wanted = [r for r in roles if r in FIELD_ROLES]
        def has_them(c: Commitment) -> bool:
            return bool(_asked_fields(q, c, wanted))
        asked = asked_acts(q.text, q.lang)
        found = by_meaning(q, hits, snapshot, has_them, self.min_topic_coverage,
                           states_act=lambda c: bool(asked & acts(c.action, _row_language(c, snapshot))))
        row = found[0] if found is not None else written_row(q, hits, has_them)
        if row is None:  # "wie voert X uit?" of a row in another language: by the meaning of X
            row = self._across(q, named_documents(q, snapshot), snapshot, has_them)
        if row is None or not _counts_it(q, row, _asked_fields(q, row, wanted)) or not _dated_alike(q, row, snapshot) \
                or not _states_asked_act(q, row, _asked_fields(q, row, wanted), snapshot) \
                or not _writes_rare_names(q, row, snapshot):
            return None
        return self._fields(q, row, wanted, snapshot)

    # -- a row of a table the question names by its number -----------------------------------
    def _by_table(self, q: Question, table: str, roles: list[str], rows: list[Commitment],
                  snapshot: Snapshot) -> Answer | None:
        """"According to table 27, which actor validates the plan?": among the rows of that
        table, the one whose cells hold most of the question's words, and its asked cells."""
        inside = [c for c in rows if _in_table(c, table)]
        wanted = [r for r in roles if r in FIELD_ROLES]
        if not inside:
            return None
        naming = _names_of_plan(q, inside[0].document, snapshot)
        terms = [t for t in q.stems() if t not in _GENERIC | naming and not t.isdigit()]
        if not terms:
            return None
        weights = snapshot.term_stats.weights(terms)
        total = sum(weights.values()) or 1.0
        scored = sorted(((sum(w for t, w in weights.items() if t in row_words(c)) / total, i)
                         for i, c in enumerate(inside) if names_row(c, terms)), reverse=True)
        if not scored:
            return None
        best, i = scored[0]
        if best < self.min_topic_coverage or (len(scored) > 1 and scored[1][0] == best):
            return None
        return self._fields(q, inside[i], wanted, snapshot)

    # -- a row named by its label, in a matrix of cells ------------------------------------------
    def _by_cell(self, q: Question, c: Commitment, snapshot: Snapshot) -> Answer | None:
        """The row's cells the question names by their column ("did the FCO meet it?"), or the
        columns whose cell holds the value the question names ("which departments have not
        met it?")."""
        named = named_fields(q, c)
        if named:  # "what budget … and which body is responsible?": the named columns and the roles asked
            return self._fields(q, c, [r for r in asked_roles(q.text) if r in FIELD_ROLES and _role_field(c, r)],
                                snapshot)
        if q.expects in _FIGURES:
            return None  # "how many … in Havenstad?" asks for a figure, not which column holds "Havenstad"
        text = f" {fold(q.text)} "
        values = _short_values(c)
        said = [v for v in values if f" {v} " in text] or _not_done(q, values)
        if not said:
            return None
        value = max(said, key=len)
        holding = [f for f in c.fields if fold(f.text) == value]
        if not holding or len(holding) == len(c.fields):
            return None
        citations = [_citation(c, f, snapshot, i + 1) for i, f in enumerate(holding)]
        names = _join([f"{f.header} [{i + 1}]" for i, f in enumerate(holding)], q.lang)
        return Answer(answer=f"{c.action} — {values[value]}: {names}.", citations=citations, confidence=1.0)

    # -- which rows hold a value ---------------------------------------------------------------
    def _by_value(self, q: Question, value: str, roles: list[str], rows: list[Commitment], hits: list[Hit],
                  snapshot: Snapshot) -> Answer:
        holding = [c for c in rows if has_value(c, value, roles)]
        found = _prefer_document(q, holding, hits, snapshot) or holding
        actions = [c for c in found if c.kind != "table_cells"]
        found = actions or found
        if not found:
            return abstain(say("no_row_gives", q.lang, value=value))
        # "… performed by the Harbour Office, due in the first term?": of the rows due then,
        # those that also write the rare names the question gives
        found = [c for c in found if _writes_rare_names(q, c, snapshot)] or found
        what = role_names(roles, q.lang)
        return self._listing(q, found, say("rows_whose", q.lang, what=what, value=value), snapshot)

    # -- which <column> has a cell the question writes ---------------------------------------
    def _by_column(self, q: Question, rows: list[Commitment], hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        """"Which provider is active in The Hague and Zoetermeer?": the rows of a table whose
        cells hold every name the question writes from that table's columns ("The Hague",
        "Zoetermeer" in "where"), each answered with its cell under the column the question
        asks for by its header ("provider")."""
        text = f" {fold(q.text)} "
        glossed = [f" {fold(g)} " for g in _glossed(q.text)]
        headers = {h for h in {f.header for c in rows for f in c.fields}
                   if any(_asks_column(t, form) for t in [text, *glossed] for form in _header_forms(h))}
        if not headers:
            return None
        tables: dict[tuple[str, str | None], list[tuple[Commitment, RowField, dict[str, set[str]]]]] = {}
        for c in rows:
            asked = [f for f in c.fields if f.header in headers]
            if len(asked) != 1:
                continue
            # one name among many a cell lists as partners ("MINEPDED/ONACC, OMS, UNICEF, …") does
            # not say which row the question is about
            cells = {"": c.action} | {f.header: f.text for f in c.fields if f is not asked[0]
                                      and not ("partners" in f.roles and len(cell_parts(f.text)) > _FEW_PARTNERS)}
            written = {h: {fold(i) for i in cell_parts(v) if _written(fold(i), text) and _as_written(i, q.text)}
                       for h, v in cells.items()}
            tables.setdefault((c.document, c.section), []).append((c, asked[0], written))
        found: list[tuple[Commitment, RowField]] = []
        for table in tables.values():
            if len(table) < 2:
                # a sheet is a table of one row: a name its cells write does not tell it apart
                # from other rows (a name one row alone holds in the whole plan: `_by_unique_value`)
                continue
            wanted: dict[str, set[str]] = {}
            for _, _, written in table:
                for h, names in written.items():
                    wanted.setdefault(h, set()).update(names)
            wanted = {h: names for h, names in wanted.items() if names}
            holding = [(c, f) for c, f, written in table if all(names <= written[h] for h, names in wanted.items())]
            if not set(wanted) - {""} and not 2 <= len(holding) < len(table):
                # the question writes no cell of the table beside its first column, or one that
                # labels one row (its other cells are asked of that row) or every row
                continue
            found += holding
        if not found:
            # "which options does the plan keep for the health sector?": no cell written, but the
            # question writes the caption of one table ("Options and measures kept for the health
            # sector"): that table's column
            found = [(c, f) for c, f, _ in _captioned(q, tables)]
        if not found:
            # "which option includes a grain store?": no cell written whole, but one row's other
            # cells write what the question describes, and clearly more than any other row
            found = _by_description(q, [(c, f) for table in tables.values() if len(table) >= 2 for c, f, _ in table],
                                    snapshot)
        # a name the question writes that the plans write in a few passages ("in the NVR
        # concession") and no row found holds: the rows are not about it
        found = [(c, f) for c, f in found if _writes_rare_names(q, c, snapshot)]
        if not found:
            return None
        keep = {id(c) for c in _prefer_document(q, [c for c, _ in found], hits, snapshot)}
        found = [(c, f) for c, f in found if id(c) in keep][: self.max_rows]
        if not found:
            return None  # only rows of plans other than the one the question names
        cells = "; ".join(f"{f.text} [{i + 1}]" for i, (c, f) in enumerate(found))
        citations = [_citation(c, f, snapshot, i + 1) for i, (c, f) in enumerate(found)]
        return Answer(answer=f"{found[0][1].header}: {cells}.", citations=citations, confidence=1.0)

    # -- the one row holding a name the question writes ------------------------------------
    def _by_unique_value(self, q: Question, roles: list[str], rows: list[Commitment], hits: list[Hit],
                         snapshot: Snapshot) -> Answer | None:
        """"What does Quaywheel offer, and where?": the question writes a cell (a name, as
        the cell spells it) that one row alone holds among all the plans' rows, and asks for
        a role of that row's: its cells of that role. A name several rows hold does not
        say which row is meant."""
        wanted = [r for r in roles if r in FIELD_ROLES]
        if not wanted or "quantity" in wanted:  # (how many of what? a count of other things, maybe)
            return None
        text = f" {fold(q.text)} "
        holders: dict[str, dict[int, Commitment]] = {}  # each name written, the rows holding it
        for c in rows:
            for f in c.fields:
                parts = cell_parts(f.text)
                if len(parts) > _FEW_PARTNERS:
                    continue  # one name among many a cell lists does not say which row is meant
                for part in parts:
                    key = fold(part)
                    if _written(key, text) and _as_written(part, q.text) and _rare_name(part, q, snapshot):
                        holders.setdefault(key, {})[id(c)] = c
        named = list({id(c): c for found in holders.values() if len(found) == 1 for c in found.values()}.values())

        def names_the_asked(c: Commitment) -> bool:  # the name written is the cell asked for
            asked = _asked_fields(q, c, wanted)
            return any(f in asked and any(_written(fold(p), text) for p in cell_parts(f.text)) for f in c.fields)

        named = [c for c in _prefer_document(q, named, hits, snapshot) if not names_the_asked(c)]
        if len(named) != 1 or not _asked_fields(q, named[0], wanted):
            return None
        return self._fields(q, named[0], wanted, snapshot)

    # -- which lines involve a department ------------------------------------------------
    def _by_department(self, q: Question, department: str, rows: list[Commitment], hits: list[Hit],
                       snapshot: Snapshot) -> Answer:
        found = _prefer_document(q, [c for c in rows if _has_department(c, department)], hits, snapshot)
        if not found:
            return abstain(say("no_line_names", q.lang, name=department))
        return self._listing(q, found, say("responsible_for", q.lang, name=department), snapshot)

    # -- which line covers a topic -----------------------------------------------------------
    def _by_topic(self, q: Question, rows: list[Commitment], hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        terms = [t for t in q.stems() if t not in _GENERIC]
        if not terms or not rows:
            return None
        by_plan: dict[str, tuple[dict[str, float], float, set[str]]] = {}
        named = named_documents(q, snapshot)
        for doc in {c.document for c in rows}:
            naming = _names_of_plan(q, doc, snapshot)
            weights = snapshot.term_stats.weights([t for t in terms if t not in naming])
            # (in a plan the question names, the words of its title that say which plan)
            titled = set(weights) & snapshot.title_stems(doc) if doc in named else set()
            by_plan[doc] = weights, sum(weights.values()) or 1.0, titled
        # the meaning of the question, where the vector search found the row among its hits
        closeness = {(h.chunk.doc_id, h.chunk.ref): h.cosine or 0.0 for h in hits if h.chunk.kind == "row"}
        scored = []
        for c in rows:
            if named and c.document not in named:
                continue
            # (a cell of no kind, "Description", says what the row is about too)
            stems = set(tokenize(" ".join([c.action, c.goal.text or "", c.section or "", *c.values("indicator"),
                                           *_described(c)])))
            weights, total, titled = by_plan[c.document]
            # ("the open data report": a word of its title the row does not write says which
            # plan, not what the row is about)
            total -= sum(weights[t] for t in titled - stems)
            cov = sum(w for t, w in weights.items() if t in stems) / max(total, 1e-9)
            scored.append((cov + 0.3 * max(0.0, closeness.get((c.document, c.ref), 0.0) - 0.3), c))
        if not scored:
            return None
        scored.sort(key=lambda x: -x[0])
        best_cov, best = scored[0]
        if not plan_writes_subject(q, best.document, snapshot, row_words(best)):
            best_cov = 0.0  # the rows share the frame of the question, not its subject
        if best_cov < self.min_topic_coverage:
            across = self._across(q, named, snapshot)
            if across is None:
                return None
            best, scored = across, [(1.0, across)]
        plural = bool(re.search(r"\b(lines|actions|measures|commitments)\b", q.text, re.I))
        if plural:
            found = [c for cov, c in scored if cov >= 0.85 * best_cov][: self.max_rows]
            if len(found) > 1:
                return self._listing(q, found, say("lines_on_topic", q.lang), snapshot)
        # "which measure deals with X, and what is its budget?": the clauses after the one that
        # finds the row ask for its fields
        later = asked_roles(" ".join(clauses(q.text)[1:]))
        answer = self._one_row(q, best, snapshot, asked_roles(q.text)) \
            if later or _DEPARTMENTS.search(q.text) or _MONITORING.search(q.text) else None
        if answer is None or answer.abstained:
            answer = _about(best, snapshot, q.lang)
        if _DEPARTMENTS.search(q.text) and best.values("lead") and "responsibility" not in answer.answer:
            answer.answer = answer.answer.rstrip(". ") + f". Departments: {_join(best.values('lead'))}."
        return answer

    def _across(self, q: Question, named: set[str], snapshot: Snapshot,
                wanted: Callable[[Commitment], bool] | None = None) -> Commitment | None:
        """The row of a plan in another language than the question that the topic alone (the
        question without its frame and the words naming the plan) is closest to in meaning,
        when it stands clearly ahead of the next row; only rows that have what the question
        asks for (`wanted(row)`) are weighed."""
        if self.search is None:
            return None
        languages = {snapshot.documents[d].info.language for d in named if d in snapshot.documents}
        if named and languages == {q.lang}:
            return None  # the named plans are in the question's language: its words would have matched
        head, colon, rest = q.text.partition(":")
        if colon and rest.strip() and named_documents(analyse(head), snapshot):
            q = replace(q, text=rest.strip())  # "Norland's plan: who leads X?": the words before say which plan
        naming = set().union(*(snapshot.naming_in(d, *q.naming()) for d in named))
        # (the words of the named plan's title, a year of it included, say which plan, not which row)
        naming |= set().union(*(snapshot.title_stems(d) for d in named)) & set(q.stems())
        naming |= set().union(*(_names_of_plan(q, d, snapshot) for d in named))
        topic = _topic(q, naming, set(names_across(q, snapshot)))
        if not tokenize(topic):
            return None
        found: dict[tuple[str, str | None], tuple[float, StoredChunk]] = {}
        titles = {fold(t) for d in named for t in snapshot.title_stems(d)}
        results = self.search(topic, 12, named or None, "row")
        for chunk_id, similarity in results:
            chunk = snapshot.chunks.get(chunk_id)
            if chunk is not None and chunk.commitment is not None and (wanted is None or wanted(chunk.commitment)):
                # a word the row writes in its own language beginning alike ("budgétaire", "budget")
                similarity += COGNATE_WEIGHT * _cognates(topic, q.lang, chunk, titles, snapshot)
                # rows without an id are told apart by their label
                key = (chunk.doc_id, chunk.ref or fold(chunk.commitment.action))
                if similarity > found.get(key, (-1.0, None))[0]:
                    found[key] = (similarity, chunk)
        ranked = sorted(found.values(), key=lambda x: -x[0])
        if not ranked:
            return None
        # (the only row found with what is asked stands ahead of any other by the last one searched)
        (first, chunk), second = ranked[0], ranked[1][0] if len(ranked) > 1 else min(sim for _, sim in results)
        if chunk.lang == q.lang or first - second < self.across_margin:
            return None  # in the question's own language its words would have matched
        return chunk.commitment

    def _listing(self, q: Question, found: list[Commitment], intro: str, snapshot: Snapshot) -> Answer:
        """The rows found, each cited; as long as the question allows (an overview's, "what does
        objective 21 deal with?", is as short as any overview)."""
        lang = q.lang
        limit = within_share(q, OVERVIEW_CHARS if q.expects == "overview" else LISTING_CHARS)
        found = found[: self.max_rows]
        citations = [_citation(c, None, snapshot, i + 1) for i, c in enumerate(found)]
        if len({c.ref for c in found}) == 1:  # the actions of one objective: number them
            if found[0].ref and found[0].ref not in intro:  # the shared id, said once
                intro = f"{intro} {_label(found[0], lang)}:"
            for width in (160, 100, 60):
                text = f"{intro} " + "; ".join(f"({i + 1}) {_shorten(_describe(c, found), width)} [{i + 1}]"
                                               for i, c in enumerate(found)) + "."
                if len(text) <= limit:
                    break
            return Answer(answer=text, citations=citations, confidence=1.0)
        refs = [f"{c.ref or _shorten(c.action, 60)} [{i + 1}]" for i, c in enumerate(found)]
        text = f"{intro} {_join(refs, lang)}."
        detail = "; ".join(f"{c.ref}{_own_title(c, found)}: {_shorten(c.action, 70)}" for c in found)
        if len(text) + len(detail) + 3 <= limit:
            text = f"{text} ({detail})"
        return Answer(answer=text, citations=citations, confidence=1.0)


# -- matching --------------------------------------------------------------------------
_ACTION_KINDS = ("action", "measure", "commitment", "recommendation")


_WHICH_WORDS = "|".join(w for words in WHICH.values() for w in words)


COGNATE_WEIGHT = 0.02  # a rare word of the topic the row writes alike, against the vectors' similarity


def _cognates(topic: str, lang: str, chunk: StoredChunk, titles: set[str], snapshot: Snapshot) -> float:
    """The topic's words that the row writes in its own language as a word that begins alike
    ("système" and "system", "budgétaire" and "budget"), each weighed by how rare the row's
    word is (0 to 1), and the kind of row its id gives ("the coastal project" and "Projet 5")
    in full; the words of the named plans' titles say where to look, not what about."""
    theirs = {fold(s): s for s in tokenize(chunk.text, chunk.lang)}
    top = max(snapshot.term_stats.idf(s) for s in theirs.values()) if theirs else 0.0
    kind = {fold(s) for s in tokenize((chunk.ref or "").split(" ")[0], chunk.lang) if s.isalpha()}
    total = 0.0
    for word in {fold(s) for s in tokenize(topic, lang)}:
        if any(word == t or alike(word, t) for t in titles):
            continue
        match = next((f for f in theirs if f == word or alike(word, f)), None)
        if match is not None and top > 0:
            total += 1.0 if match in kind else snapshot.term_stats.idf(theirs[match]) / top
    return total


def _captioned(q: Question, tables: dict[tuple[str, str | None], list]) -> list:
    """The rows of the one table whose caption the question writes: most of the caption's
    words (`CAPTION_SHARE`, three at least), and more of them than of any other caption."""
    asked = set(q.stems()) | set(tokenize(q.text))
    shares = []
    for (_, caption), table in tables.items():
        words_ = {t for t in tokenize(_CAPTION_NUMBER.sub("", caption or "")) if t not in ALL_STOPWORDS}
        if len(words_) >= _CAPTION_WORDS:
            shares.append((sum(1 for t in words_ if t in asked or any(alike(t, a) for a in asked)) / len(words_),
                           table))
    shares.sort(key=lambda x: -x[0])
    if not shares or shares[0][0] < CAPTION_SHARE or len(shares) > 1 and shares[1][0] == shares[0][0]:
        return []
    return shares[0][1]


CAPTION_SHARE = 0.6
_CAPTION_WORDS = 3
_CAPTION_NUMBER = re.compile(r"^\s*(?:table|tableau|tabel)\s*\d+[.:]?\s*", re.I)


def _asks_column(text: str, header: str) -> bool:
    """The question asks for the column of this header: "which provider", "welke aanbieder",
    "what is the unique identifier of …"; in the plural too ("welke aanbieders", "which
    providers")."""
    if len(header) < 3 or f" {header}" not in text or set(header.split()) <= ALL_STOPWORDS:
        return False
    h = re.escape(header) + _PLURAL
    if not re.search(rf" {h} ", text):
        return False
    return bool(re.search(rf" (?:{_WHICH_WORDS}) (?:\w+ )?{h} ", text)
                or re.search(rf" (?:{_WHICH_WORDS}) (?:{_COPULAS}) (?:{_ARTICLES}) ?{h} (?:{_OF}) ", text))


_PLURAL = "(?:s|es|en|x)?"  # the endings of a plural in the three languages


_GLOSS = re.compile(r"\(([^()]{3,80})\)")
_ARTICLE_END = re.compile(r"(?:^|(?<=\W))(?:" + "|".join(re.escape(a) for a in ARTICLES) + r")(?:\s+|(?<=['’]))", re.I)
GLOSSED_WORDS = 6  # the longest phrase a gloss in parentheses stands for
_BREAK = re.compile(r"[,;:?!]")


def _glossed(question: str) -> list[str]:
    """The question with a phrase replaced by the gloss it gives in parentheses: "quel est
    l'identifiant unique (Unique Identifier) de …" also asks "quel est l'Unique Identifier
    de …", in the words a plan in another language heads its column with."""
    out = []
    for m in _GLOSS.finditer(question):
        before = question[: m.start()]
        starts = [a.end() for a in _ARTICLE_END.finditer(before)
                  if 0 < len(before[a.end():].split()) <= GLOSSED_WORDS and not _BREAK.search(before[a.end():])]
        if starts:  # from the first article of the phrase ("le parc de véhicules (Fleet)")
            out.append(before[: starts[0]] + m.group(1) + question[m.end():])
    return out


_COPULAS = "|".join(COPULAS)
_ARTICLES = "|".join(re.escape(fold(a)) for a in ARTICLES)
_OF = "of|for|de|du|des|d|van|voor"  # "what is the fleet of X", "quel est le code du X"


@lru_cache(maxsize=50_000)
def _folded(header: str) -> str:
    return fold(header)


def _header_forms(header: str) -> set[str]:
    """A header as a question may write it: folded, and in the singular ("Options": "option")."""
    folded = fold(header)
    return {folded} | ({folded[:-1]} if len(folded) > 4 and folded[-1] in "sx" and " " not in folded else set())


def _by_description(q: Question, cells: list[tuple[Commitment, RowField]], snapshot: Snapshot) -> list[tuple[Commitment, RowField]]:
    """The row whose other cells write most of what the question describes, when that is most
    of it (at least two words) and clearly more than any other row: that row's asked cell.
    Nothing otherwise. What is described leaves out the asked header's words, the plan's
    name and the words no row writes (they tell no row apart)."""
    def said(c: Commitment, asked: RowField) -> str:  # (not one name among many partners: see _by_column)
        return " ".join([c.action, c.section or "", *(f.text for f in c.fields if f is not asked and not (
            "partners" in f.roles and len(cell_parts(f.text)) > _FEW_PARTNERS))])

    written = {id(c): set(tokenize(said(c, asked), _row_language(c, snapshot))) for c, asked in cells}
    scored = []
    for c, asked in cells:
        lang = _row_language(c, snapshot)
        left_out = set(tokenize(asked.header, lang)) | _GENERIC | snapshot.title_stems(c.document) \
            | snapshot.naming_words.get(c.document, set()) | _names_of_plan(q, c.document, snapshot)
        terms = [t for t in q.stems(lang) if t not in left_out and any(t in w for w in written.values())]
        weights = snapshot.term_stats.weights(terms)
        total = sum(weights.values()) or 1.0
        covered = [t for t in weights if t in written[id(c)]]
        scored.append((sum(weights[t] for t in covered) / total if len(covered) >= 2 else 0.0, c, asked))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < _DESCRIBED or len(scored) > 1 and scored[0][0] - scored[1][0] < _DESCRIBED_LEAD:
        return []
    return [(scored[0][1], scored[0][2])]


_DESCRIBED = 0.5  # the share of the question's weight a row's cells must write
_DESCRIBED_LEAD = 0.15  # … and by how much more than the next row


def _written(value: str, text: str) -> bool:
    """A cell the question writes in full (folded), with a word that is not a function word."""
    return len(value) >= 4 and f" {value} " in text and not set(value.split()) <= ALL_STOPWORDS


def _as_written(part: str, question: str) -> bool:
    """A one-word cell is a name the question writes only as the cell spells it: the NGO
    "PLAN" in a partners' cell is not the word "plan" of a question."""
    words = part.split()
    if len(words) != 1:
        return True
    return re.search(rf"(?<!\w){re.escape(words[0].strip('.,;:'))}(?!\w)", question) is not None


def _same_ref(c: Commitment, ref: Ref) -> bool:
    mine = c.ref.lower()
    if mine == ref.label.lower() or (ref.kind == "line" and mine == ref.value.lower()):
        return True
    if ref.kind in _ACTION_KINDS:  # "measure 7" and "action 7" name the same numbered commitment
        if c.kind in ("table_row", "table_cells") and mine == ref.value.lower():
            return True  # a table row numbered "7"
        words = mine.split()
        if len(words) >= 2 and words[-1] == ref.value.lower():
            # "Measure 7", or a sheet titled "Programme national 7" for "programme national 7"
            return words[0] in _ACTION_KINDS or (ref.unit != "" and same_unit(words[0], ref.unit))
    return False


def _written_unit(refs: list[Ref], named: list[Commitment]) -> list[Commitment]:
    """Of rows numbered alike, those whose id writes the word the question writes: "projet 4"
    is the sheet headed "Projet 4", not line 4 of a table numbered without a word."""
    units = [r.unit for r in refs if r.unit]
    same = [c for c in named if c.ref.split()[:1] and any(same_unit(c.ref.split()[0], u) for u in units)]
    return same if same and len({c.ref for c in named}) > 1 else named


def _matches(c: Commitment, ref: Ref) -> bool:
    if _same_ref(c, ref):
        return True
    if ref.kind == "goal" or (ref.kind == "line" and "." not in ref.value):
        return (c.goal.number or "").upper() == ref.value.upper() and c.kind == "table_row"
    if ref.kind == "objective":
        if c.ref.lower().startswith("objective"):
            return ref.value in re.findall(r"\d+", c.ref)
        m = re.match(r"\s*objective\s+(\d+)", c.section or "", re.I)
        return bool(m and m.group(1) == ref.value)
    return False


def _counts_it(q: Question, c: Commitment, fields: list[RowField]) -> bool:
    """"How many stations ...?": a cell answers it when its column or its table counts that
    thing ("Number of stations", a table "Shared scooters by provider") or it writes the
    number with the thing ("41 stations"); not any number."""
    if q.expects != "number" or not q.counted:
        return True
    table = fold(c.section or "")
    return any(any(n in fold(f.header) or n in table for n in q.counted)
               or mentions("number", f.text, q.text, q.counted) for f in fields)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _states_asked_act(q: Question, c: Commitment, fields: list[RowField], snapshot: Snapshot) -> bool:
    """A row's lead cell says who carries out its action, not who chairs a body the action
    names ("who chairs the data panel?" of a row about the panel's portal): an act of an
    office (`OFFICE_ACTS`) is answered by a row whose action or asked cell's header states it."""
    asked = asked_acts(q.text, q.lang) & OFFICE_ACTS
    if not asked:
        return True
    lang = _row_language(c, snapshot)
    return bool(asked & acts(f"{c.action}\n{c.section or ''}", lang).union(*(acts(f.header, lang) for f in fields)))


def _writes_cap(c: Commitment) -> bool:
    """Does the row write a cap in its label, caption, headers or cells? One that writes none (a
    count of what there is) does not answer "how many … may a provider put out at most?"."""
    return writes_limit(" ".join([c.action, c.section or "", *(f"{f.header} {f.text}" for f in c.fields)]))


def _writes_rare_names(q: Question, c: Commitment, snapshot: Snapshot) -> bool:
    """A row found by meaning in the question's language writes one of the names the
    question writes that the plans write in a few passages only ("the Harbour White
    Paper"), when it writes any, outside its notes: a row about another paper is not what is
    asked, nor is the date of a row whose notes mention the paper in passing. Asked in another
    language than the row's, the names are those the row's plan writes (a name kept as the
    plan writes it, not one of the question's own words)."""
    lang = _row_language(c, snapshot)
    rare = [stems for stems in rare_names(q, snapshot)
            if lang == q.lang or any(c.document in snapshot.documents_writing({s}) for s in stems)]
    if not rare:
        return True
    text = row_text(c, [f for f in c.fields if "notes" not in header_roles(f.header)])
    written = set(tokenize(text, lang)) | set(tokenize(text))
    return any(a == b or alike(a, b) for stems in rare for a in stems for b in written)


def _row_language(c: Commitment, snapshot: Snapshot) -> str:
    return snapshot.language_of(c.document)


def _dated_alike(q: Question, c: Commitment, snapshot: Snapshot) -> bool:
    """A year the question writes ("how many trips in 2019?") is written by the row found by
    meaning (its cells, its table's caption) or by the name of its plan: a row of another
    year, or of none, is not what is asked."""
    years = set(_YEAR.findall(q.text))
    if not years:
        return True
    record = snapshot.documents.get(c.document)
    title = record.info.title if record is not None and record.info.title else ""
    written = " ".join([c.action or "", c.goal.text or "", c.section or "", title, c.document,
                        *(f"{f.header} {f.text}" for f in c.fields)])
    return years <= set(_YEAR.findall(written))


def _glossary_row(q: Question, rows: list[Commitment], hits: list[Hit], snapshot: Snapshot) -> Commitment | None:
    """For "what is X?", the row of a glossary whose label is X and whose cell explains it in
    a phrase (one or two cells, one of them of several words)."""
    if q.expects != "definition" or not q.focus:
        return None
    term = fold(q.focus)
    found = [c for c in rows if c.action and fold(strip_markup(c.action).strip(" :")) == term and 1 <= len(c.fields) <= 2
             and any(len(f.text.split()) >= 4 for f in c.fields)]
    found = _prefer_document(q, found, hits, snapshot)
    return found[0] if len(found) == 1 else None


def names_a_row(q: Question, snapshot: Snapshot) -> bool:
    """Does the question name a row by its whole label ("the spend data commitment")?"""
    return _named_row(q, snapshot.rows, [], snapshot) is not None


_NEGATIONS = frozenset().union(*NEGATIONS.values())


def _short_values(c: Commitment) -> dict[str, str]:
    """A row's cells of a few words ("Met", "Not Met"), folded, each with its text."""
    return {fold(f.text): f.text for f in c.fields if 0 < len(f.text.split()) <= 4}


def _not_done(q: Question, values: dict[str, str]) -> list[str]:
    """"Which ministries failed to publish it?" of a row whose cells are "Met" and "Not Met":
    the one value that negates another value of the row, when the question says the thing
    was not done."""
    if not asks_not_done(q.text, q.lang):
        return []
    negated = [v for v in values if len(v.split()) > 1 and v.split()[0] in _NEGATIONS
               and " ".join(v.split()[1:]) in values]
    return negated if len(negated) == 1 else []


def _ranked(q: Question, first: Ranked, snapshot: Snapshot) -> Answer:
    c, f = first.row, first.cell
    label = _cell_of_kind(q, c, f) or _shorten(c.action, 120) or c.ref
    text = say(f"ranks_first_of_{first.across}", q.lang, label=label, header=f.header,
               value=f.text, count=first.count, direction=say(f"rank_{first.direction}", q.lang))
    return Answer(answer=text, citations=[_citation(c, f, snapshot, 1)], confidence=1.0)


def _cell_of_kind(q: Question, c: Commitment, ranked: RowField) -> str | None:
    """The row's cell under the column that names the kind of thing asked ("which zone has the
    highest yield?": its "Zones" cell, not its first one), which then names the row."""
    kind = {s for w in kind_asked(q) for s in tokenize(w)}
    cell = next((f for f in c.fields if f is not ranked and f.text and kind & set(tokenize(f.header))), None)
    return _shorten(cell.text, 120) if cell is not None else None


def _named_row(q: Question, rows: list[Commitment], hits: list[Hit], snapshot: Snapshot) -> Commitment | None:
    """The one row of a matrix (a label and cells under column names, no id) whose whole
    label the question writes: "the spend data commitment" names the row "Spend data". A
    label is not named when the question writes a longer one whole ("climate change" and
    "Protection of the coast against climate change")."""
    words = set(q.stems())
    asked = set(asked_roles(q.text)) & set(FIELD_ROLES)
    # (a row of one or two cells is named by a label of two words or more: a one-word label,
    # an abbreviation in a list of them, is a word a question may write for other reasons;
    # unless the question asks for what the row's cell gives: "the cost of the coast sector")
    found = [c for c in rows if not c.ref and c.action and len(c.action.split()) <= 6 and c.fields
             and set(tokenize(c.action)) and set(tokenize(c.action)) <= words
             and (len(c.fields) >= 3 or len(_label_terms(c.action)) >= 2 or _gives(c, asked))]
    if found:
        longest = max(_written_label(c.action, words) for c in rows)
        found = [c for c in found if _written_label(c.action, words) == longest]
    found = _prefer_document(q, found, hits, snapshot)
    if len(found) > 1 and asked:  # one label in several tables: the one with the column asked for
        found = [c for c in found if _gives(c, asked)] or found
    if len(found) > 1:  # "which ministries failed to publish it?": the one with cells "Met" and "Not Met"
        found = [c for c in found if _not_done(q, _short_values(c))] or found
    if len(found) > 1 and len({c.section for c in found}) == len(found):
        # one label in two tables: the row whose cells or table caption write more of the other
        # words, by weight (a word every table writes, "commitment", tells them apart least)
        weights = snapshot.term_stats.weights(sorted(words))
        said = {id(c): sum(weights.get(t, 0.0) for t in (words - set(tokenize(c.action)))
                           & (_cell_words(c) | set(tokenize(c.section or "")))) for c in found}
        most = max(said.values())
        found = [c for c in found if said[id(c)] == most] if most else found
    return found[0] if len(found) == 1 else None


def _gives(c: Commitment, roles: set[str]) -> bool:
    """Has the row a cell under a column of one of these roles?"""
    return any(c.field(r) is not None for r in roles)


def _cell_words(c: Commitment) -> set[str]:
    return set(tokenize(" ".join(f"{f.header} {f.text}" for f in c.fields)))


def _written_label(action: str, words: set[str]) -> int:
    """How many words a row label has when the question writes all of them (in any
    language), else 0."""
    terms = _label_terms(action)
    return len(terms) if terms and all(t.matches(words) for t in terms) else 0


@lru_cache(maxsize=50_000)
def _label_terms(action: str) -> tuple[QueryTerm, ...]:
    return tuple(query_terms(action))


def _in_table(c: Commitment, number: str) -> bool:
    """The row belongs to the table captioned with this number ("Tableau 27. Acteurs ...")."""
    return table_named(c.section or "") == number


def _bare_ids(text: str, rows: list[Commitment]) -> list[Ref]:
    """Numeric ids such as "2.2" that are lines of a plan, unless "article 7.4" or the like."""
    return bare_ids(text, {c.ref for c in rows})


def _department_in(text: str, rows: list[Commitment]) -> str | None:
    """The longest department name (or part of one, "Federal Police") the question names."""
    names: set[str] = set()
    for c in rows:
        for d in c.values("lead"):
            names.add(d)
            names.update(p.strip() for p in re.split(r"[-/]", d) if len(p.strip()) > 3)
    names = {n for n in names if sum(ch.isalpha() for ch in n) >= 3}  # not "?" or "-"
    # a one-word name is a body only as the plan writes it: "Justice" leads, "access to
    # justice" or "anti-personnel mines" are words of the question
    found = [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, 0 if " " not in n else re.I)]
    # the longest; of two alike, the one written as the question writes it (then the first in order)
    return max(sorted(found), key=lambda n: (len(n), n in text)) if found else None


def _row_asked_within(q: Question, found: list[Commitment], snapshot: Snapshot) -> Commitment | None:
    """Of the rows a question names together ("goal 3"), the one it asks about by words of its
    own ("under goal 3, which fund does the plan finance?"): the row that writes more of the
    question's words, by their rarity, than any other (but for the words naming the plan and
    its rows), and one at least that the row after it does not."""
    doc = found[0].document
    naming = naming_in(q, snapshot, doc) | snapshot.title_stems(doc) | _names_of_plan(q, doc, snapshot)
    terms = [t for t in q.terms if not t.matches(naming) and not set(t.stems) & _GENERIC
             and not any(ch.isdigit() for ch in t.word)]
    weights = snapshot.term_stats.weights(sorted({s for t in terms for s in t.stems}))
    weight = {t.word: max(weights.get(s, 0.0) for s in t.stems) for t in terms}
    written = [({t.word for t in terms if t.matches(set(tokenize(row_text(c), _row_language(c, snapshot))))}, c)
               for c in found]
    ranked = sorted(written, key=lambda x: -sum(weight[w] for w in x[0]))
    (best, row), (second, _) = ranked[0], ranked[1]
    if not best or sum(weight[w] for w in best) <= sum(weight[w] for w in second) or best <= second:
        return None
    return row


def _has_department(c: Commitment, name: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", d, re.I) for d in c.values("lead"))


def _prefer_document(q: Question, found: list[Commitment], hits: list[Hit], snapshot: Snapshot) -> list[Commitment]:
    """Keep the plan the question names ("... of the adaptation plan"); when it names none and
    several plans share the id, the plan its best evidence comes from."""
    named = named_documents(q, snapshot)
    if named:
        found = [c for c in found if c.document in named]
    docs = list(dict.fromkeys(c.document for c in found))
    if len(docs) <= 1:
        return found
    ranked = [h.chunk.doc_id for h in hits if h.chunk.doc_id in docs]
    best = ranked[0] if ranked else docs[0]
    return [c for c in found if c.document == best]


# -- writing ---------------------------------------------------------------------------------
def _label(c: Commitment, lang: str = "en") -> str:
    if not c.ref:
        return _shorten(c.action, 60) or "This row"
    return say("line", lang, ref=c.ref) if c.ref[:1].isdigit() else c.ref[:1].upper() + c.ref[1:]


def _own_title(c: Commitment, found: list[Commitment]) -> str:
    """A line's own short title in brackets ("Inform parliament"), when the plan gives its
    line one: its goal numbered like the line, or an unnumbered goal no other line found has."""
    text = c.goal.text
    if not text or not c.ref or text == c.action:
        return ""
    own = c.goal.number == c.ref if c.goal.number else sum(1 for o in found if o.goal.text == text) == 1
    return f" ({_shorten(strip_markup(text), 40).rstrip('.')})" if own else ""


def _listing_intro(refs: list[Ref], found: list[Commitment], lang: str = "en") -> str:
    goal = next((r for r in refs if r.kind in ("goal", "line")), None)
    n = len(found)
    count = _NUMBER_WORDS.get(str(n), str(n)) if lang == "en" else str(n)
    if len({c.ref for c in found}) == 1 and not found[0].ref[:1].isdigit():
        c = found[0]
        what = f"{c.ref[:1].upper()}{c.ref[1:]}" + (f" ({_shorten(c.goal.text, 100)})" if c.goal.text else "")
        return say("lists_actions", lang, what=what, count=count)
    if goal and found[0].goal.number and found[0].goal.text and all(c.goal.number == found[0].goal.number
                                                                     for c in found):
        return say("goal_lines" if n > 1 else "goal_line", lang, number=found[0].goal.number,
                   text=_shorten(found[0].goal.text, 90), count=count)
    part = _part_heading(refs, found)
    if part is not None and n > 1:  # "what does objective 6 cover?": the part's heading, as the plan prints it
        return say("part_lines", lang, part=part, count=count)
    return say("rows_match", lang, count=count[:1].upper() + count[1:])


_PART_HEADING_WORDS = 14


def _part_heading(refs: list[Ref], found: list[Commitment]) -> str | None:
    """The heading of the part of the plan the question numbers ("OBJECTIVE 6. Follow-up …"
    for objective 6), when every row found lies under it."""
    numbered = [re.compile(rf"\W*[^\W\d_]+\W*{re.escape(r.value)}\b") for r in refs if r.kind in ("objective", "goal")]
    if not numbered:
        return None
    headings = set()
    for c in found:
        parts = [p.strip() for p in (c.section or "").split(" > ")]
        headings.add(next((p for p in parts if len(p.split()) <= _PART_HEADING_WORDS
                           and any(n.match(p) for n in numbered)), None))
    return headings.pop() if len(headings) == 1 else None


def _describe(c: Commitment, found: list[Commitment]) -> str:
    """A row among rows sharing its id and action (records under one heading): its first cells."""
    if c.action and sum(1 for o in found if o.action == c.action) == 1:
        return c.action
    return "; ".join(f"{f.header}: {f.text}" for f in c.fields[:2]) or c.action


_AND = {"en": "and", "fr": "et", "nl": "en"}


def _join(names: list[str], lang: str = "en") -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {_AND.get(lang, 'and')} " + names[-1]


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > 0 else limit - 1].rstrip(",;: ") + "…"


_FACT_OF_ROLE = {"timeline": "date", "budget": "amount"}  # a fact the action's own text may give


def _said_in_action(q: Question, c: Commitment, role: str, snapshot: Snapshot, marker: int) -> Citation | None:
    """The sentence of the row's action text that gives the fact of a role its cells lack
    (a date for "by when?", an amount for "what budget?"), the one sharing most of the
    question's words; None when no sentence gives one."""
    source = c.sources.get("action")
    if source is None:
        return None
    # the words of the part that asks for it ("…, and when must the group report?")
    part = next((p for p in clauses(q.text) if role in asked_roles(p)), q.text)
    asked = set(tokenize(part, q.lang))
    best: tuple[int, int, int] | None = None
    for a, b in split_sentences(source.text):
        sentence = source.text[a:b]
        if mentions(_FACT_OF_ROLE[role], sentence, q.text):
            shared = len(asked & set(tokenize(sentence, q.lang)))
            if best is None or shared > best[0]:
                best = (shared, a, b)
    if best is None:
        return None
    _, a, b = best
    return _citation(c, None, snapshot, marker,
                     source=Source(start=source.start + a, end=source.start + b, text=source.text[a:b]))


def _dated_apart(q: Question, c: Commitment, field: RowField, role: str) -> Source | None:
    """The sentence of the row's action that gives the fact of `role` for the act the question
    asks about, where the column of that role is of another act: "when did the consultation
    close?" of a row whose date column is its start and whose action says "Consultation closes
    on 5 June". The words asking for it beyond those of the action's first sentence (its name)
    must be in the sentence and none of them in the column's header."""
    source = c.sources.get("action")
    if source is None:
        return None
    sentences = split_sentences(source.text)
    if len(sentences) < 2:
        return None
    part = set(tokenize(next((p for p in clauses(q.text) if role in asked_roles(p)), q.text), q.lang))
    asked = part - set(tokenize(source.text[slice(*sentences[0])], q.lang))  # (the first sentence names the row)
    if not asked or part & set(tokenize(field.header, q.lang)):
        return None
    for a, b in sentences[1:]:
        sentence = source.text[a:b]
        if asked & set(tokenize(sentence, q.lang)) and mentions(_FACT_OF_ROLE[role], sentence, q.text):
            return Source(start=source.start + a, end=source.start + b, text=sentence)
    return None


def _citation(c: Commitment, field: RowField | None, snapshot: Snapshot, marker: int, frame: str = "action",
              source: Source | None = None) -> Citation:
    """A citation of one cell of the row (or its action / goal, or `source`: a span of one),
    with the row's id and page."""
    source = source or (field.source if field is not None else (c.sources.get(frame) or c.sources.get("action")))
    record = snapshot.documents.get(c.document)
    quote, start, end = (source.text, source.start, source.end) if source else (c.quote, c.start, c.end)
    at = record.page_at(start) if record is not None else None
    # the page the quoted cell is printed on (a sheet or a row can run over a page break)
    page = at if source is not None and at is not None else (c.page if c.page is not None else at)
    return Citation(id=marker, document=c.document, title=record.info.title if record else c.title, page=page,
                    section=c.section, ref=c.ref or None, quote=quote, passage=c.passage, start=start, end=end)


def _asked_fields(q: Question, c: Commitment, roles: list[str]) -> list[RowField]:
    """The row's cells the question asks for: the columns it names, and those of the roles it
    asks for that the named columns do not give ("the deadline column ... and which bodies")."""
    named = named_fields(q, c)
    out: list[RowField] = list(named)
    for role in roles:
        if any(role in f.roles for f in out):
            continue
        if role in _FIGURE_ROLES and any(is_figure(f.text) for f in named):
            continue  # "how many … in November?": the named column's figure is the one asked
        f = _role_field(c, role, q.text)
        if f is not None and f not in out:
            out.append(f)
    return out


_FIGURE_ROLES = {"quantity", "budget"}  # roles whose cell is a figure
_FIGURES = ("date", "number", "amount", "duration", "percent", "frequency")  # answer types that are a figure

# The kind of value a role's cell holds, for finding it in another cell of the row when the
# table has no column for the role ("Comments: carried out for a cost of 2 million euros").
_ROLE_VALUE = {"budget": "amount", "timeline": "date"}


def _role_field(c: Commitment, role: str, question: str = "") -> RowField | None:
    """The row's cell for the role: its column, else the one other cell holding a value of the
    role's kind. Of several columns of the role ("Start", "Finish & status"), the one whose
    other roles or header words the question also names ("when was it completed?")."""
    columns = [f for f in c.fields if role in f.roles]
    if len(columns) > 1 and question:
        cued = {r for _, r in cue_roles(question)}
        asked = set(fold(question).split())
        end = timeline_end(question, "cues") if role == "timeline" else None  # "its target completion": the finish
        columns.sort(key=lambda f: (-len(set(f.roles) & cued),
                                    -(end is not None and timeline_end(f.header, "headers") == end),
                                    -len(set(fold(f.header).split()) & asked)))
    own = columns[0] if columns else None
    if own is not None or role not in _ROLE_VALUE:
        return own
    holding = [f for f in c.fields if mentions(_ROLE_VALUE[role], f.text)]
    return holding[0] if len(holding) == 1 else None


_ABOUT_TYPES = (None, "definition", "overview")  # what X is, not a date, number or name of it
_CELLS = 8  # a row with more cells than this is a matrix to look up, not a text to quote
_CELLS_CHARS = 700
_CELL_CHARS = 360  # a cell quoted longer than this is cut after a sentence


def _rare_name(part: str, q: Question, snapshot: Snapshot) -> bool:
    """A cell the question writes that names one thing: capitalised as the question writes it,
    without digits (a year or period is in many rows), and with a word few passages write
    (not "Public" or "Santé", which many rows and passages write)."""
    if any(ch.isdigit() for ch in part) or not any(ch.isupper() for ch in part):
        return False
    if not re.search(rf"(?<!\w){re.escape(part.strip())}(?!\w)", q.text):
        return False
    return any(rare_word(w.lower(), q.lang, snapshot) for w in re.findall(r"\w+", part) if w.lower() not in ALL_STOPWORDS)


def _twins(c: Commitment, rows: list[Commitment], question: str) -> list[Commitment]:
    """The other rows of `c`'s table labelled exactly as it is, when rows have no id: a
    register listing two providers of one service on two rows is asked about both, unless
    the question writes a cell of `c`'s that tells it apart (the provider's name)."""
    if c.ref or not c.action:
        return []
    label = fold(c.action)
    headers = [f.header for f in c.fields]  # one table's rows (their section may hold a cell)
    text = f" {fold(question)} "
    own = {fold(p) for f in c.fields for p in cell_parts(f.text) if _written(fold(p), text)}
    return [r for r in rows if r is not c and not r.ref and r.document == c.document and r.kind == c.kind
            and [f.header for f in r.fields] == headers and fold(r.action) == label
            and own <= {fold(p) for f in r.fields for p in cell_parts(f.text)}]


def labelled_cells(c: Commitment, snapshot: Snapshot) -> Answer | None:
    """A row asked about by its label ("the main message"): each of its cells under its header."""
    fields = [f for f in c.fields if f.text.strip()]
    if not 1 <= len(fields) <= _CELLS:
        return None
    # a long cell (a glossary's definition that goes on for a paragraph): its first sentences
    sources = [_first_sentences(f.source, _CELL_CHARS) for f in fields]
    parts = [f"{f.header}: {strip_markup(s.text).strip(' .')} [{i + 1}]" if f.header else
             f"{strip_markup(s.text).strip(' .')} [{i + 1}]" for i, (f, s) in enumerate(zip(fields, sources))]
    text = f"{strip_markup(c.action).strip(' :')}: " + "; ".join(parts) + "."
    if len(text) > _CELLS_CHARS:
        return None
    citations = [_citation(c, f, snapshot, i + 1, source=s) for i, (f, s) in enumerate(zip(fields, sources))]
    return Answer(answer=text, citations=citations, confidence=1.0)


def _first_sentences(source: Source, limit: int) -> Source:
    """The cell's first sentences within `limit` characters (at least its first), verbatim."""
    if len(source.text) <= limit:
        return source
    end = 0
    for a, b in split_sentences(source.text):
        if end and b > limit:
            break
        end = b
    return Source(start=source.start, end=source.start + end, text=source.text[:end]) if end else source


def _unwritten_share(q: Question, c: Commitment, snapshot: Snapshot) -> float:
    """The share of the question's weight in words the row does not write (nor its table,
    its goal or the plan's name): the words of what is asked, its id and its plan aside."""
    asking = asking_stems(q)
    terms = [t for t in q.stems() if fold(t) not in asking and not any(ch.isdigit() for ch in t)]
    weights = snapshot.term_stats.weights(terms)
    total = sum(weights.values())
    written = row_words(c) | set(tokenize(" ".join([c.action, c.quote, c.section or ""]), q.lang)) \
        | snapshot.naming_words.get(c.document, set()) | snapshot.title_stems(c.document)
    unwritten = [t for t in weights if t not in written and not any(alike(t, x) for x in written)]
    if not total or len(unwritten) < ROW_UNWRITTEN_WORDS:
        return 0.0  # ("what does line 4.b ask Norland to do?": a word or two the row does not write)
    return sum(weights[t] for t in unwritten) / total


def _about(c: Commitment, snapshot: Snapshot, lang: str = "en") -> Answer:
    """What a line or numbered action says: a numbered action in prose in its own sentence."""
    if c.kind not in ("table_row", "table_cells") and c.quote:
        return _answer(_shorten(strip_markup(c.quote), 400), c, None, snapshot)
    said = c.action or c.goal.text or ""
    if not c.ref and _described(c):  # a row labelled by its name: its name, then what it is
        said = _described(c)[0]
    return _answer(f"{_label(c, lang)}: {_shorten(said, 380)}", c, None, snapshot)


def _described(c: Commitment) -> list[str]:
    """The text of the row's cells of no kind (under "Description", "Contenu"): what the row is."""
    return [f.text for f in c.fields if not f.roles and len(f.text.split()) >= _DESCRIPTION_WORDS]


_DESCRIPTION_WORDS = 4  # a cell of fewer words is a mark or a figure ("Met", "1208"), not a description


def _answer(text: str, c: Commitment, field: RowField | None, snapshot: Snapshot, frame: str = "action") -> Answer:
    citation = _citation(c, field, snapshot, 1, frame)
    return Answer(answer=f"{text.rstrip('. ')}. [1]" if not text.endswith("…") else f"{text} [1]",
                  citations=[citation], confidence=1.0)


_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:of|for|the|de|du|des|pour|van|voor)\s+)?[A-ZÀ-Ý][\w'’-]*)*")


def _name_runs(text: str, names: list[str]) -> list[str]:
    """The names as the question writes them together ("Harbour" and "Fund": "Harbour Fund")."""
    found = set(names)
    return [m.group(0) for m in _NAME_RUN.finditer(text) if set(m.group(0).split()) & found]


def _title_words(c: Commitment, snapshot: Snapshot) -> set[str]:
    record = snapshot.documents.get(c.document)
    return set(words(f"{record.info.title if record else ''} {c.document.replace('-', ' ')}"))


def _asks_for_row(q: Question, snapshot: Snapshot) -> bool:
    """Does the question ask which row ("which action …?"), once the words naming the plan,
    or written in its title, are set aside ("which UK OGP commitment …?", "which NASA digital
    strategy item …?")? Row nouns stay, though a plan's file name may write them."""
    if WHICH_ROW.search(q.text):
        return True
    text = without_plan_names(q, snapshot, keep=_row_noun)
    title = set().union(*(snapshot.title_stems(d, file_name=False) for d in named_documents(q, snapshot)))
    untitled = " ".join(w for w in text.split() if _row_noun(w) or not set(tokenize(w)) & title)
    return bool(WHICH_ROW.search(text) or WHICH_ROW.search(untitled))


def _asked_row_noun(q: Question) -> set[str]:
    """The stems of the kind of row the question asks for ("which commitment …?": "commit"),
    which a table's caption may name ("Corporate Commitments")."""
    asked = WHICH_ROW.search(q.text)
    return set(tokenize(asked.group(3))) if asked is not None and asked.group(3) else set()


def _row_noun(word: str) -> bool:
    """Is the word one for a row ("action", "measure", "lijn"), which may also name a plan?"""
    return WHICH_ROW.fullmatch(f"which {word.strip('?!.,;:')}") is not None


def _names_of_plan(q: Question, doc_id: str, snapshot: Snapshot) -> set[str]:
    """The stems of the question's capitalised words that name the plan `doc_id` by its title
    or file name, or by an adjective of one of them ("Norlandic" of a "...-norland" plan):
    they say which plan is asked about, not what its rows are about."""
    title = snapshot.title_stems(doc_id)
    return {s for s in q.capitalised() if s and (s in title or any(alike(s, t) for t in title))}


def _topic(q: Question, naming: set[str], names: set[str] = frozenset()) -> str:
    """What a which-line question asks about: the question without its frame ("quelle ligne
    ... concerne"), the words that name the plan (its title's, or `names` written in the
    question), and its own language's function words."""
    dropped = set(ABOUT_WORDS.get(q.lang, ())) | set(STOPWORDS.get(q.lang, ())) | {n.lower() for n in names} \
        | cue_words(q.text)  # the words that ask for a cell ("wie voert … uit", "what is its budget")
    words = [w for w in WHICH_ROW.sub(" ", q.text).split() if not set(tokenize(w)) & (naming | _GENERIC)]
    return " ".join(w for w in words if unelided(w.lower()).strip("?!.,;:") not in dropped)
