"""Words that ask why ("why", "pourquoi", "waarom", "for what reason") and words a sentence
gives a reason with ("because", "en raison de", "vanwege"), per language. A question that
asks why is answered by the sentence that gives a reason, in preference to one that only
names what the question names."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.vocabulary import alternation

ASKING_WHY: dict[str, tuple[str, ...]] = {
    "en": ("why", "for what reason", "what is the reason", "what are the reasons"),
    "fr": ("pourquoi", "pour quelle raison", "pour quelles raisons", "quelle est la raison", "quelles sont les raisons"),
    "nl": ("waarom", "om welke reden", "om welke redenen", "wat is de reden", "wat zijn de redenen"),
}
GIVING_REASON: dict[str, tuple[str, ...]] = {
    "en": ("because", "due to", "owing to", "as a result of", "on account of", "given that", "the reason"),
    "fr": ("parce que", "parce qu", "en raison de", "en raison du", "en raison des", "à cause de", "à cause du",
           "à cause des", "du fait de", "du fait du", "car", "vu que", "étant donné", "la raison"),
    "nl": ("omdat", "vanwege", "wegens", "doordat", "dankzij", "aangezien", "de reden"),
}


@lru_cache(maxsize=None)
def _pattern(table: str, lang: str) -> re.Pattern[str]:
    words = (ASKING_WHY if table == "why" else GIVING_REASON).get(lang, ())
    return re.compile(rf"(?<![\w'’]){alternation(words)}(?!\w)", re.I)


def asks_why(text: str, lang: str) -> bool:
    """Does the question ask why?"""
    return bool(_pattern("why", lang).search(text))


def gives_reason(text: str, lang: str) -> bool:
    """Does the sentence give a reason?"""
    return bool(_pattern("reason", lang).search(text))
