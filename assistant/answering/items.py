"""Numbered things a question names ("resolution 41", "article 5", "programme 3") and
sentences that give a fact of another thing of that kind.

"When did the assembly pass resolution 41?" is not answered by "… recalled resolutions 41
and 57 by passing resolution 63 on 9 October 2020": the sentence names the resolution
asked about, but the question's verb ("passing") is said of another one, the nearest to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.question import Question
from plans.index.lexical import alike, stem
from plans.vocabulary import union
from plans.vocabulary.roles import fold
from plans.vocabulary.stopwords import ALL_STOPWORDS
from plans.vocabulary.time import MONTHS

# a word and the numbers after it ("resolutions 41 and 57", "article 5", "programme 3b")
_NUMBERED = re.compile(r"\b([^\W\d_][\w'’-]{2,})\s+(\d[\d.]*[a-z]?\b(?:\s*(?:,|and|et|en|&)\s*\d[\d.]*[a-z]?\b)*)",
                       re.I)
_NUMBER = re.compile(r"\d[\d.]*[a-z]?\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NOT_KINDS = ALL_STOPWORDS | {m.lower() for m in union(MONTHS)}  # "in 2019", "June 2008" name no thing


@dataclass(frozen=True)
class Mention:
    kind: str  # the word's stem, accents folded ("resolut")
    number: str
    at: int  # offset of the number in the text


def mentions_of(text: str, lang: str) -> list[Mention]:
    """The numbered things a text names, each number apart ("resolutions 41 and 57": two)."""
    out = []
    for m in _NUMBERED.finditer(text):
        word = m.group(1).lower()
        if word in _NOT_KINDS:
            continue
        kind = fold(stem(word, lang))
        out += [Mention(kind, n.group(0).rstrip("."), m.start(2) + n.start()) for n in _NUMBER.finditer(m.group(2))]
    return out


def said_of_another(q: Question, text: str, lang: str) -> bool:
    """Does the sentence name the thing the question names by its number, but say the
    question's other words (its verb) nearest to another thing of that kind?"""
    asked = mentions_of(q.text, q.lang)
    if not asked:
        return False
    kinds = {a.kind for a in asked}
    numbers = {a.number for a in asked}
    found = [m for m in mentions_of(text, lang) if any(alike(m.kind, k) or m.kind == k for k in kinds)]
    if not any(m.number in numbers for m in found) or all(m.number in numbers for m in found):
        return False
    words = {stem(t.word, lang) for t in q.terms} - {stem(w, lang) for w in numbers}
    near = []
    for w in _WORD.finditer(text):
        s = stem(w.group(0).lower(), lang)
        if s in words and not any(alike(fold(s), k) or fold(s) == k for k in kinds):
            near.append(min(found, key=lambda m: abs(m.at - w.start())))
    return bool(near) and not any(m.number in numbers for m in near)
