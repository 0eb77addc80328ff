"""Row ids as plans print them, and their normal form.

Shapes: "11.1", "1.2.3", "3.b", "C1.2", "A.1", "Flood-10.2", "5.", "5", "1)", "(A)", "A)",
"Bii)", "(iv)", "Action 3", "Mesure 12", "Actie 4". The normal form drops the enclosing
punctuation ("(A)" -> "A", "Bii)" -> "Bii", "5." -> "5") and keeps the rest as printed.
"""

from __future__ import annotations

import re

# Words that print before a number to make an id ("Action 3", "Projet 2"), en / fr / nl.
UNIT_WORDS = (
    "action", "actions", "measure", "measures", "commitment", "commitments", "milestone", "milestones",
    "task", "tasks", "sub-task", "sub-tasks", "subtask", "item", "items", "objective", "objectives", "goal",
    "goals", "output", "outcome", "activity", "activities", "project", "projects", "programme", "programmes",
    "program", "programs", "line", "lines", "recommendation", "recommendations", "priority", "deliverable",
    "mesure", "mesures", "projet", "projets", "programme", "objectif", "objectifs", "activite", "activité",
    "activités", "engagement", "engagements", "axe", "niveau", "fiche",
    "actie", "acties", "maatregel", "maatregelen", "doelstelling", "doel", "project", "projecten",
    "programma", "kans", "werf", "voorstel",
)
_UNIT = "|".join(sorted({re.escape(w) for w in UNIT_WORDS}, key=len, reverse=True))

_CORE = (
    r"\(?[A-Z]{1,2}\)"  # (A)  A)
    r"|\(?[A-Z]?[ivx]{1,4}\)"  # Ai) Bii) (iv) iv)
    r"|[A-Z][a-z]{2,12}-\d{1,3}(?:\.\d{1,3})*"  # Flood-10.2
    r"|[A-Z]{1,3}\.?\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*\.?"  # C1.2 A.1 PN9
    r"|[A-Z]\.\d{1,3}(?:\.\d{1,3})*"  # A.1
    r"|\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*[.)]?"  # 11.1 3.b 5. 5 1)
    rf"|(?i:(?:{_UNIT}))\s+(?:n[°o]\.?\s*)?\d{{1,3}}(?:\.\d{{1,3}})*"  # Action 3
)
WHOLE_ID = re.compile(rf"^\s*(?:{_CORE})\s*$")
LEADING_ID = re.compile(rf"^\s*((?:{_CORE}))(?=\s+\S|\s*[-–—:]\s*\S)")


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
        if not re.match(r"\s+[A-ZÀ-Ý]", rest) or re.match(
            r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)\b", rest, re.I):
            return None
    skip = re.match(r"\s*[-–—:]?\s*", rest)
    return normal(m.group(1)), m.end() + (skip.end() if skip else 0)
