"""How many items a question or a text says there are: "the six goal areas", "les 4 axes",
"… is guided by four core principles:". A list whose count matches is the one meant."""

from __future__ import annotations

import re

from assistant.question import Question
from plans.index.lexical import stem
from plans.text import strip_markup
from plans.vocabulary.grounding import NUMBER_WORDS as SPELLED
from plans.vocabulary.questions import WH_WORDS
from plans.vocabulary.stopwords import ALL_STOPWORDS

_ONE = {"en": ("one",), "fr": ("un", "une"), "nl": ("een",)}
# language -> number word -> its value ("six": 6, "zes": 6)
NUMBER_WORDS: dict[str, dict[str, int]] = {
    lang: {w: i + 2 for i, w in enumerate(words)} | dict.fromkeys(_ONE[lang], 1) for lang, words in SPELLED.items()}


def unnumbered(heading: str) -> str:
    """A heading or label without its own numbering ("3.1 The objectives" -> "The objectives")."""
    return re.sub(r"^[\s\d.|)(-]+", "", strip_markup(heading))


def counts_in(label: str, lang: str) -> set[int]:
    """The numbers a label states ("three bodies sit on it:"): a list its count matches is
    the one the label introduces."""
    table = NUMBER_WORDS.get(lang, {}) | NUMBER_WORDS["en"]
    words = re.findall(r"[\w'-]+", label.lower())
    return {int(w) for w in words if w.isdigit() and 1 < int(w) < 40} | {table[w] for w in words if table.get(w, 0) > 1}


def label_count(label: str, lang: str) -> int | None:
    """How many items a label says it holds: a number before its noun, after an article or
    at the label's start once its own numbering is set aside ("Les 4 zones …", "The three
    pillars"). A number after a noun names one of a series ("Objective 2", "Axe 3 Protéger …")."""
    table = NUMBER_WORDS.get(lang, {}) | NUMBER_WORDS["en"]
    tokens = re.findall(r"[^\W_]+", unnumbered(label).lower())
    for i, w in enumerate(tokens[:-1]):
        n = int(w) if w.isdigit() and len(w) <= 2 else table.get(w, 0)
        if n > 1 and (i == 0 or tokens[i - 1] in ALL_STOPWORDS) and not tokens[i + 1].isdigit():
            return n
    return None


def stated_count(q: Question) -> int | None:
    """The number of items a question says there are ("the six goal areas", "les 4 axes").
    When the question asks "which X", the number counts X: it follows the question word
    or comes right before X ("which three boards"; not the 3 of "which bodies report to
    the 3 ministries?")."""
    table = NUMBER_WORDS.get(q.lang, {}) | NUMBER_WORDS["en"]
    words = re.findall(r"[\w'-]+", q.text.lower())
    counts = [(i, int(w) if w.isdigit() else table[w]) for i, w in enumerate(words)
              if (w.isdigit() and 1 < int(w) < 40 and not q.refs) or table.get(w, 0) > 1]
    if not counts:
        return None
    asking = set(WH_WORDS.get(q.lang, ())) | set(WH_WORDS["en"])  # not only as the first word: "Aux 6 X, quels Y ?"
    wh = next((i for i, w in enumerate(words) if w in asking), None)
    asked = words[wh + 1] if wh is not None and wh + 1 < len(words) else None
    if asked is None or asked in ALL_STOPWORDS or counts[0][0] == wh + 1:
        return counts[0][1]
    head = stem(asked, q.lang)
    return next((n for i, n in counts if i + 1 < len(words) and stem(words[i + 1], q.lang) == head), None)
