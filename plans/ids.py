"""Row and action ids: one grammar for the cells of tables and for the ids questions name.

Shapes as plans print them: "11.1", "1.2.3", "3.b", "C1.2", "A.1", "Flood-10.2", "5.", "5",
"1)", "(A)", "A)", "Bii)", "(iv)", and a unit word before a number: "Action 3", "Mesure
12", "Actie 4", "line 17.b", "objectives 2 and 3". The normal form of a cell's id drops the
enclosing punctuation ("(A)" -> "A", "Bii)" -> "Bii", "5." -> "5").

In questions: an id after a unit word ("measure 1.9", "la ligne 4.c", "doelstelling 2"), or
an id whose shape cannot be anything else ("17.b", "C1.2"). A bare number ("2.3") is an id
only where a plan has a row with it (the registry decides); "article 7.4" never is. A number
inside a quoted title of three words or more is part of the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plans.text import blank_quoted_titles
from plans.vocabulary.stopwords import STOPWORDS

# Words that print before a number to make an id, by the kind of reference they make.
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "line": ("line", "lines", "row", "ligne", "lignes", "lijn", "lijnen", "rij"),
    "goal": ("goal", "goals", "but", "doel", "doelen"),
    "objective": ("objective", "objectives", "objectif", "objectifs", "doelstelling", "doelstellingen"),
    "action": ("action", "actions", "measure", "measures", "commitment", "commitments", "milestone", "milestones",
               "task", "tasks", "sub-task", "sub-tasks", "subtask", "item", "items", "output", "outcome",
               "activity", "activities", "project", "projects", "programme", "programmes", "program", "programs",
               "recommendation", "recommendations", "priority", "deliverable", "mesure", "mesures", "projet",
               "projets", "activite", "activité", "activités", "engagement", "engagements", "axe", "niveau",
               "fiche", "actie", "acties", "maatregel", "maatregelen", "project", "projecten", "programma",
               "kans", "werf", "voorstel", "verbintenis", "verbintenissen", "toezegging", "toezeggingen", "recommandation", "recommandations",
               "aanbeveling", "aanbevelingen", "activiteit", "activiteiten"),
}
UNIT_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w for words in UNIT_KINDS.values() for w in words))
_KIND_OF = {w: kind for kind, words in UNIT_KINDS.items() for w in words}
_UNIT = "|".join(sorted({re.escape(w) for w in UNIT_WORDS}, key=len, reverse=True))
# The same unit written in English, French or Dutch, singular or plural: "project 3" asked in
# Dutch is the sheet headed "Projet 3".
UNITS_ALIKE: tuple[tuple[str, ...], ...] = (
    ("line", "lines", "ligne", "lignes", "lijn", "lijnen"),
    ("action", "actions", "actie", "acties"),
    ("measure", "measures", "mesure", "mesures", "maatregel", "maatregelen"),
    ("commitment", "commitments", "engagement", "engagements", "verbintenis", "verbintenissen", "toezegging",
     "toezeggingen"),
    ("activity", "activities", "activite", "activité", "activités", "activiteit", "activiteiten"),
    ("project", "projects", "projet", "projets", "projecten"),
    ("programme", "programmes", "program", "programs", "programma", "programma's"),
    ("recommendation", "recommendations", "recommandation", "recommandations", "aanbeveling", "aanbevelingen"),
    ("objective", "objectives", "objectif", "objectifs", "doelstelling", "doelstellingen"),
    ("goal", "goals", "but", "doel", "doelen"),
)
_ALIKE = {w: i for i, words in enumerate(UNITS_ALIKE) for w in words}


def units_alike(word: str) -> tuple[str, ...]:
    """The unit word in the three languages ("recommendation": "aanbevelingen", …), or itself."""
    i = _ALIKE.get(word.lower())
    return UNITS_ALIKE[i] if i is not None else (word.lower(),)


def same_unit(a: str, b: str) -> bool:
    """Do two unit words name the same kind of id, in any of the three languages?"""
    a, b = a.lower(), b.lower()
    return a == b or (a in _ALIKE and _ALIKE.get(a) == _ALIKE.get(b))


_NUMBER_MARK = r"(?:n[°o]\.?\s*|nr\.?\s*|no\.?\s*|number\s+|numéro\s+|nummer\s+)?"

_CORE = (
    r"\(?[A-Z]{1,2}\)"  # (A)  A)
    r"|\(?[A-Z]?[ivx]{1,4}\)"  # Ai) Bii) (iv) iv)
    r"|[A-Z][a-z]{2,12}-\d{1,3}(?:\.\d{1,3})*"  # Flood-10.2
    r"|[A-Z]{1,3}\.?\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*\.?"  # C1.2 A.1 PN9
    r"|[A-Z]\.\d{1,3}(?:\.\d{1,3})*"  # A.1
    r"|\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*[.)]?"  # 11.1 3.b 5. 5 1)
    rf"|(?i:(?:{_UNIT}))\s+(?:[^\W\d_]{{4,}}\s+)?{_NUMBER_MARK}\d{{1,3}}(?:\.\d{{1,3}})*"  # Action 3, Programme national 7
)
WHOLE_ID = re.compile(rf"^\s*(?:{_CORE})\s*$")
LEADING_ID = re.compile(rf"^\s*((?:{_CORE}))(?=\s+\S|\s*[-–—:]\s*\S)")
_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|"
           r"Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December")

# In questions: "<unit> <id>" (with lists: "objectives 2, 3 and 5"), or an unmistakable id.
_VALUE = r"[A-Z]{1,3}\d{0,3}\.\d{1,2}(?:\.\d{1,2})?|[A-Z]{1,3}\d{1,3}|(?-i:[A-Z][ivx]{0,4})(?=\W|$)|\d{1,3}(?:\.(?:\d{1,2}|[a-z]))*"
_NAMED = re.compile(
    rf"\b({_UNIT})\s+(?:of\s+action\s+|([^\W\d_]{{4,}})\s+)?{_NUMBER_MARK}({_VALUE})(?![\w.]\w|\d)"
    rf"((?:\s*(?:,|and|et|en|&)\s*\d{{1,3}}(?![\w.]\w))*)",
    re.I)
_SHAPED = re.compile(r"(?<![\w.])(\d{1,3}\.[a-z]|[A-Z]{1,2}\d{0,3}\.\d{1,2}(?:\.\d{1,2})?)(?![\w]|\.\w)")
# Text that names a reference, for swapping one reference of a question for another.
REF_TEXT = re.compile(rf"\b(?:{_UNIT})\s+(?:of\s+action\s+)?{_NUMBER_MARK}(?:{_VALUE})(?![\w.]\w)"
                      r"|(?<![\w.])\d{1,3}\.[a-z](?![\w]|\.\w)", re.I)
_NOT_A_ROW = re.compile(r"\b(article|art|sdg|resolution|résolution|resolutie|paragraph|para|section|chapter|chapitre|"
                        r"hoofdstuk|version|annex|annexe|bijlage|objective|goal)s?\.?\s*$", re.I)
_BARE = re.compile(r"(?<![\w.])(\d{1,3}\.\d{1,2})(?![\w]|\.\w)")


@dataclass(frozen=True)
class Ref:
    """An id a question names: `kind` is line, goal, objective or action; `value` as printed."""

    kind: str
    value: str
    unit: str = field(default="", compare=False)  # the unit word the question used ("programme")

    @property
    def label(self) -> str:
        return self.value if self.kind == "line" else f"{self.kind} {self.value}"

    @property
    def written(self) -> str:
        """The id with the unit word it was written with ("Projet 5", not "action 5")."""
        return f"{self.unit} {self.value}" if self.unit else self.label


# -- cells ---------------------------------------------------------------------------------

def normal(ref: str) -> str:
    """"(A)" -> "A", "Bii)" -> "Bii", "5." -> "5", "Action 3" stays."""
    ref = " ".join(ref.split())
    ref = ref.strip("()")
    return ref.rstrip(".)") or ref


def whole_id(text: str) -> str | None:
    """The id when the whole cell is one ("1.1", "(A)", "Bii)"), else None. Years are not ids."""
    m = WHOLE_ID.match(text)
    if not m or re.fullmatch(r"\s*\d{4}\s*", text):
        return None
    return normal(text)


def leading_id(text: str) -> tuple[str, int] | None:
    """The id a cell starts with ("Ai) Open Data ..." -> ("Ai", 4)) and where the rest
    begins, or None. A leading number followed by a month or a unit ("1 May", "3 ans") is
    not an id."""
    m = LEADING_ID.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    if re.match(r"\d", m.group(1)) and not re.search(r"[.)]", m.group(1)) and "." not in m.group(1):
        # a bare number: an id only when the text after it reads as a title ("4 Mobilise ...")
        if not re.match(r"\s+[A-ZÀ-Ý]", rest) or re.match(rf"\s+(?:{_MONTHS})\b", rest, re.I):
            return None
    skip = re.match(r"\s*[-–—:]?\s*", rest)
    return normal(m.group(1)), m.end() + (skip.end() if skip else 0)


def goal_number(ref: str) -> str:
    """The goal a line belongs to: "3.b" -> "3", "C1.2" -> "C1", "A.3" -> "A", "9" -> "9"."""
    return ref.rsplit(".", 1)[0] if "." in ref else ref


# -- questions -----------------------------------------------------------------------------

def norm_value(value: str) -> str:
    """Ids compare case-insensitively on their letter suffix only: "17.B" -> "17.b", "c1.2" -> "C1.2"."""
    if re.fullmatch(r"[A-Za-z][ivxIVX]{1,4}", value):  # a letter and a roman numeral: "Bii", "Ci"
        return value[0].upper() + value[1:].lower()
    head, _, tail = value.partition(".")
    return f"{head.upper()}.{tail.lower()}" if tail else head.upper()


def find_refs(text: str) -> list[Ref]:
    """The ids a question names, in order: "who carries out line 4.c?" -> line 4.c;
    "what does action 13 say?" -> action 13; "objectives 2 and 3" -> objective 2, objective 3."""
    refs: list[Ref] = []
    text = blank_quoted_titles(text)
    for m in _SHAPED.finditer(text):
        refs.append(Ref("line", norm_value(m.group(1))))
    for m in _NAMED.finditer(text):
        if m.group(2) and not _qualifier(m.group(2)):
            continue  # "projects in 12 regions": a function word, not a qualifier
        kind = _KIND_OF.get(m.group(1).lower(), "action")
        value = m.group(3)
        if kind == "line":
            refs.append(Ref("line", value.lower() if value[:1].isdigit() else norm_value(value)))
        elif kind in ("goal", "objective"):
            refs.append(Ref(kind, value.upper()))
            refs.extend(Ref(kind, n) for n in re.findall(r"\d{1,3}", m.group(4) or ""))
        elif not value.isdigit():
            refs.append(Ref("line", norm_value(value)))  # "measure 2.3", "action C1.2" name a table line
        else:
            refs.append(Ref(_action_kind(m.group(1)), value, m.group(1).lower()))  # "action nr. 13": a numbered action
    return list(dict.fromkeys(refs))


def _qualifier(word: str) -> bool:
    """A word between a unit word and its number that qualifies the unit ("programme national 9",
    "axe stratégique 4"), not a function word of any language."""
    w = word.lower()
    return not any(w in words for words in STOPWORDS.values()) and w not in _KIND_OF


# Words that name a table by its number ("Table 27", "tableau 7", "tabel 3").
TABLE_WORDS: tuple[str, ...] = ("table", "tableau", "tabel")
_TABLE = re.compile(rf"\b(?:{'|'.join(TABLE_WORDS)})\s+(?:n[°o]\.?\s*)?(\d{{1,3}}(?:\.\d{{1,2}})?)\b", re.I)


def table_named(text: str) -> str | None:
    """The number of the table a text names ("according to table 27" -> "27"), or None."""
    m = _TABLE.search(text)
    return m.group(1) if m else None


_LETTER_ID = re.compile(r"(?<![\w.])([A-Z]{1,2}[ivx]{1,4}|[A-Z]\d{1,2}(?:\.\d{1,2})*)(?![\w])")


def letter_ids(text: str) -> list[str]:
    """Ids of letters and roman numerals a question may name bare ("Bii", "C1"): only the
    registry can tell whether a plan has such a row."""
    return [m.group(1) for m in _LETTER_ID.finditer(text)]


def bare_ids(text: str, known: set[str]) -> list[Ref]:
    """Numbers such as "2.2" that are ids of rows the plans have, unless "article 7.4" or the like."""
    return [Ref("line", m.group(1)) for m in _BARE.finditer(text)
            if m.group(1) in known and not _NOT_A_ROW.search(text[: m.start()])]


_NUMBERED_KINDS = ("action", "measure", "commitment", "recommendation")


def _action_kind(word: str) -> str:
    """"measures" -> "measure": the kind a numbered action is known by (any other unit word,
    in any language, names an action)."""
    w = word.lower().rstrip("s")
    return w if w in _NUMBERED_KINDS else "action"
