"""Bodies of a state that a plan names with a common noun, in lower case ("the federal
police", "la police fédérale", "de federale politie"): one body each, so the noun names it as
a capitalised name would. A question that asks which body does something ("which service
…?") is answered by a sentence naming one of them."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.vocabulary import alternation

STATE_BODIES: dict[str, tuple[str, ...]] = {
    "en": ("police", "army", "armed forces", "navy", "air force", "customs", "parliament", "senate", "judiciary",
           "gendarmerie", "coast guard", "fire brigade", "civil service"),
    "fr": ("police", "armée", "forces armées", "marine", "douane", "douanes", "parlement", "sénat", "gendarmerie",
           "garde côtière", "pompiers", "magistrature"),
    "nl": ("politie", "leger", "krijgsmacht", "marine", "luchtmacht", "douane", "parlement", "senaat", "kustwacht",
           "brandweer", "rechterlijke macht"),
}


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){alternation(STATE_BODIES.get(lang, ()))}(?![\w-])", re.I)


def names_state_body(text: str, exclude: str, lang: str) -> bool:
    """Does `text`, written in `lang`, name a body of `STATE_BODIES` that `exclude` (the
    question) does not?"""
    asked = {m.group(0).lower() for m in _pattern(lang).finditer(exclude)}
    return any(m.group(0).lower() not in asked for m in _pattern(lang).finditer(text))
