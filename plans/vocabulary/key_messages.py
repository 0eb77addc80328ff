"""Words a question asks for a plan's main message with ("what is its main message?", "le
message principal", "de kernboodschap"), and the labels a plan sets over its own
statement of it ("Key messages", "Messages clés", "Hoofdboodschap"), per language. The
question and the plan need not use the same words, or the same language: the plan's part so
labelled is what is asked for."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.vocabulary import alternation
from plans.vocabulary.questions import ARTICLES

ASKING_MESSAGE: dict[str, tuple[str, ...]] = {
    "en": ("main message", "key message", "key messages", "core message", "central message", "main messages",
           "key takeaway", "key takeaways"),
    "fr": ("message principal", "message central", "message clé", "messages clés", "message essentiel",
           "messages principaux", "idée maîtresse"),
    "nl": ("kernboodschap", "hoofdboodschap", "centrale boodschap", "belangrijkste boodschap", "kernboodschappen",
           "hoofdboodschappen", "belangrijkste boodschappen"),
}
MESSAGE_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("main message", "main messages", "key message", "key messages", "core message", "core messages",
           "key takeaways"),
    "fr": ("message principal", "messages principaux", "message clé", "messages clés", "messages-clés",
           "message essentiel", "messages essentiels"),
    "nl": ("hoofdboodschap", "hoofdboodschappen", "kernboodschap", "kernboodschappen", "boodschap"),
}


def asks_message(question: str, lang: str) -> bool:
    """Does the question ask for a plan's main message (in its language, or in English)?"""
    return _asking(lang).search(question) is not None


def labels_message(label: str) -> bool:
    """Is the label (a heading, a row's label) the plan's own title for its main message, in
    any language ("Hoofdboodschap:", "3. Key messages")?"""
    return _label().fullmatch(label.strip()) is not None


@lru_cache(maxsize=None)
def _asking(lang: str) -> re.Pattern[str]:
    words = dict.fromkeys(ASKING_MESSAGE.get(lang, ()) + ASKING_MESSAGE["en"])
    return re.compile(rf"(?<![\w'’]){alternation(tuple(words))}(?!\w)", re.I)


@lru_cache(maxsize=None)
def _label() -> re.Pattern[str]:
    return re.compile(rf"(?:[\d.]+\s*)?(?:{alternation(ARTICLES)}\s*)?{alternation(MESSAGE_LABELS)}\s*[:.]?", re.I)
