"""Which fields of a table row a question asks for, read with the shared role vocabulary.

"Who carries out row 4.2, and by when?" asks for two: the lead,
then the timeline. Each clause ("..., and what is ...", "... et pour quel coût") is read
on its own: the roles named in its question phrase (the wh-word and the words right after
it: "which department", "quels acteurs", "wie is verantwoordelijk") are what it asks for;
a clause whose question phrase names none asks for every role it mentions ("how is 14.c
monitored?"). "Which ministry monitors row 3.a?" asks for the ministry, not the
monitoring: the question phrase settles it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from plans.language import detect
from plans.vocabulary import alternation
from plans.vocabulary.coordination import OPENING_PREPOSITIONS
from plans.vocabulary.questions import ANY_BODY
from plans.vocabulary.roles import cue_roles, fold

_WH = ("what", "which", "who", "whom", "when", "where", "how", "why", "whose",
       "quel", "quelle", "quels", "quelles", "qui", "quand", "ou", "comment", "combien", "pourquoi", "lequel",
       "wat", "welke", "welk", "wie", "wanneer", "waar", "hoe", "hoeveel", "waarom")
_CLAUSE = re.compile(
    rf"(?:(?:,\s*|\s+)(?:and|et|en|or|ou|of)\s+(?:{alternation(OPENING_PREPOSITIONS)}\s+)?|,\s*(?=(?:"
    + "|".join(_WH) + r")\b))"  # "who leads X, what is its budget …": a comma before a wh-word too
    r"(?=(?:" + "|".join(_WH) + r"|its|their|his|her|sa|son|ses|leur|leurs|zijn|haar|hun"
    r"|(?:is|are|was|were|has|have|est|sont|heeft|hebben)[\s-]+(?:t-)?(?:it|they|il|elle|ils|elles|het|die|dat|ze)"
    r")\b)",  # "…, and is it finished?": a yes-no part
    re.I,
)
_PHRASE = 4  # words of a clause's question phrase, from its wh-word on
# Roles a word of the question phrase names more exactly than its wh-word does: "where does
# its funding come from?", "who funds it?" ask for the source of funding, not a place or a lead;
# "who supports it?" for its partners, not the body that leads it.
# (An amount asked stays asked: "how much funding?" wants the budget's figure.)
_OUTRANK_WH = {"funding", "partners"}
_NOT_OUTRANKED = {"budget"}
# "How will the ministry monitor X?" asks how it is followed, not who follows it: after a
# "how" and its auxiliary, the body named is the subject, and a role of the verb is asked.
_HOW = {"how", "comment", "hoe"}
_WHERE = {"where", "ou", "waar"}
_HOW_ASKS = ("indicator",)
_POSSESSOR = re.compile(r"\b(is|are|was|were|est|sont|zijn)\s+(?:the\s+)?[^?,]{1,80}?['’]s\s+", re.I)
_JOIN = {"and", "et", "en", "or", "ou", "of"}
_JOINED_WORDS = 3  # words between two joined role cues, the "and" among them


@lru_cache(maxsize=10_000)
def _language(question: str) -> str:
    return detect(question)


def clauses(question: str) -> list[str]:
    return [c for c in _CLAUSE.split(question) if c and c.strip()]


def without_possessor(question: str) -> str:
    """"What is the owner of B2's deadline?" -> "What is the deadline?": what is asked for."""
    return _POSSESSOR.sub(r"\1 the ", question)


def asked_roles(question: str) -> list[str]:
    """The roles the question asks for, in the order it asks them."""
    out: list[str] = []
    lang = _language(question)
    for clause in clauses(question):
        # "what is the owner of B2's deadline?" asks for the deadline: drop the possessor
        # ("what is the cost of X in Norland's plan?": a possessor naming no role is kept)
        clause = without_possessor(clause) if cue_roles(without_possessor(clause), lang) else clause
        words = fold(clause).split()
        wh = next((i for i, w in enumerate(words) if w in _WH), None)
        found = cue_roles(clause, lang)
        phrase: list[str] = []
        last = None
        for pos, role in found:
            if wh is None or not (wh <= pos < wh + _PHRASE or last is not None and _joined(words[last + 1 : pos])):
                continue
            # the first role named; a second only when joined to it ("what timeline and lead
            # agency", "the due year and indicative budget": the rest of the first one's words
            # and the second one's own may stand around the "and")
            if last is None or (role in phrase) or _joined(words[last + 1 : pos]):
                phrase.append(role)
                last = pos
        named = [r for pos, r in found if wh is not None and wh < pos < wh + _PHRASE and r in _OUTRANK_WH]
        # ("which organisations support it?": a noun for a body of any kind says what is
        # named, not the role; the verb after it asks for the partners)
        first = next((pos for pos, r in found if phrase and r == phrase[0] and wh is not None and pos >= wh), None)
        if named and phrase and words[wh] in _WH and ((wh, phrase[0]) in found or _any_body(words[first]))\
                and phrase[0] not in named and phrase[0] not in _NOT_OUTRANKED:
            phrase = [named[0]] + [r for r in phrase[1:] if r != named[0]]
        last_word = [r for pos, r in found if pos == len(words) - 1 and r != "place"]
        if wh is not None and words[wh] in _WHERE and last_word:
            phrase = last_word  # "where does line 4 stand?": the verb ending it asks, not a place
        manner = [r for _, r in found if r in _HOW_ASKS]
        if wh is not None and words[wh] in _HOW and manner:
            phrase = [manner[0]]
        for role in phrase or [r for _, r in found]:
            if role not in out:
                out.append(role)
    return out


_ANY_BODY = tuple(fold(w) for forms in ANY_BODY.values() for w in forms)
_PLURAL_END = 3  # letters a noun's plural adds ("organisaties", "institutions")


def _any_body(word: str) -> bool:
    """Is `word` a noun for a body of any kind, or its plural ("organisations", "instellingen",
    "bodies")?"""
    forms = {word, word[:-3] + "y"} if word.endswith("ies") else {word}
    return any(w.startswith(b) and len(w) - len(b) <= _PLURAL_END for w in forms for b in _ANY_BODY)


def _joined(between: list[str]) -> bool:
    """Do the words between two role cues join them ("and", "year and indicative")?"""
    return bool(set(between) & _JOIN) and len(between) <= _JOINED_WORDS and not set(between) & set(_WH)
