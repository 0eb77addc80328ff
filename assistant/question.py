"""What a question asks: its language, content terms, the kind of answer it expects, the ids it names.

No LLM: the answer type comes from one table of question patterns per language
(`plans.vocabulary.questions`). It lets the composers prefer a sentence that holds a date
for "when", a number for "how many", and abstain when no evidence holds one ("what
budget ..." with no amount). Terms carry their stems in every language, so a French
question can match a French plan and an English one alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.query import Query
from plans.ids import Ref, find_refs
from plans.index.lexical import QueryTerm, query_terms, stem, words
from plans.language import LANGUAGES, ranked
from plans.vocabulary import alternation
from plans.vocabulary.questions import (APPOSITIVE, COLLECTIVES, COUNTED, FILLERS, FOCUS, MEASURE_UNITS, MEASURED,
                                        MEASURED_ENDS, META_PHRASES, META_WORDS, NAME_ASKED, ROLE_HOLDER, ROLE_NAMED_AS,
                                        SOURCE_CUES,
                                        TYPE_NOUNS,
                                        UNIT_GIVEN, WH_WORDS, WHICH, answer_type, main_clause, stance, stance_words,
                                        without_source)
from plans.text import blank_quoted_titles
from plans.vocabulary.stopwords import ALL_STOPWORDS
from plans.vocabulary.units import MEASURES, RANGE_NOUNS, UNIT_SYMBOLS

@dataclass
class Question:
    text: str
    terms: list[QueryTerm]  # the user's own content words
    wh: str
    expects: str | None  # an answer type of `plans.vocabulary.questions`
    refs: list[Ref] = field(default_factory=list)
    focus: str | None = None  # "X" of "what is X?" / "who is X?"
    copular: bool = False  # "who is the X?": the answer must name someone as X
    counted: list[str] = field(default_factory=list)  # stems of "how many <harbour inspectors>"
    context_terms: list[QueryTerm] = field(default_factory=list)  # from the conversation, weighted less
    context: str = ""  # the earlier question a follow-up leans on
    lang: str = "en"
    stance: str | None = None  # "negative" (criticisms, weaknesses) or "positive" (strengths) assessments
    measured: tuple[str, ...] = ()  # the words of what an amount measures ("harbour fund", "havenheffing")
    described: frozenset[str] = frozenset()  # words of a description after a name ("X, the body that …?")
    asked: str = ""  # the question without that description, when it has one
    limit: int | None = None  # the characters its answer may take (one part of a longer answer)
    meant: frozenset[str] = frozenset()  # the plan it names by its title translated (set by the service)

    @property
    def wants_list(self) -> bool:
        return self.expects == "list"

    def stems(self, lang: str = "en") -> list[str]:
        """The content words' stems in `lang` (to compare with text analysed in `lang`)."""
        return [stem(t.word, lang) for t in self.terms]

    def written(self) -> list[str]:
        """Every content word of the question, in order, as `stems` reads it (the kind of
        thing a list question asks for too: "the eight opportunities")."""
        return [stem(t.word) for t in query_terms(self.text)]

    def capitalised(self) -> list[str | None]:
        """`written`, with None for each word not written with a capital: the runs of
        capitalised words are names ("the Open Harbour Strategy report")."""
        # a possessive or an elision is one word to the terms ("Norland's", "l'Arménie")
        capitals = {w.lower() for w in re.findall(r"[\w'’-]+", self.text) + re.findall(r"[\w-]+", self.text)
                    if w[:1].isupper()}
        return [stem(t.word) if t.word in capitals else None for t in query_terms(self.text)]

    def naming(self) -> tuple[list[str], list[str], list[str | None], list[str]]:
        """What `Snapshot.named_by` and `Snapshot.naming_in` read of the question to find the
        plans it names: its stems, every word, the capitalised ones, the acronyms."""
        return self.stems(), self.written(), self.capitalised(), self.acronyms()

    def acronyms(self) -> list[str]:
        """The stems of the words written all in capitals, three letters or more ("the WHS
        plan"): what may be a document's initials. None in a question all in capitals."""
        if self.text.isupper():
            return []
        return [stem(w.lower()) for w in re.findall(r"[^\W\d_]{3,}", self.text) if w.isupper()]


# "When is a task force co-chaired?" asks for a condition, not a date: "when" with a
# present-tense auxiliary and no verb of scheduling ("when does the plan end?" asks a date).
_CONDITIONAL_WHEN = re.compile(r"^\s*when (is|are|does|do|can|should|must|may)\b(?!.*\b(due|planned|expected|scheduled|"
                               r"held|foreseen|published|presented|adopted|launched|set up|organised|organized|"
                               r"submitted|start|starts|begin|begins|end|ends|expire|expires|run|runs|take place|"
                               r"takes place|updated|revised|reviewed|renewed|evaluated|completed|finished|"
                               r"going to)\b)", re.I)
_MEASURE_WINDOW = 3  # the words after "which" where the measure asked is named ("which maximum speed")
_COUNT_STOP = set(ALL_STOPWORDS) | {"took", "take", "work", "attend", "attended"}


def _measure_units(t: str, lang: str) -> list[str]:
    """The units a "which X" question's measure is given in ("welke maximumsnelheid …?": km),
    as their symbols and the stems of their names; none when X is no measure of `MEASURES`."""
    which = set(WHICH.get(lang, ())) | set(WHICH["en"])
    tokens = words(t.lower())
    at = next((i for i, w in enumerate(tokens) if w in which), None)
    if at is None:
        return []
    # ("between which values does the mean temperature lie?": the measure is named further on)
    window = tokens[at + 1:] if tokens[at + 1: at + 2] and tokens[at + 1] in RANGE_NOUNS else \
        tokens[at + 1: at + 1 + _MEASURE_WINDOW]
    for word in window:
        for nouns, symbols in MEASURES:
            if word in nouns or lang == "nl" and any(word.endswith(n) for n in nouns):
                return list(dict.fromkeys([*symbols, *(stem(name, code) for s in symbols
                                                      for name in UNIT_SYMBOLS.get(s, ()) for code in LANGUAGES)]))
    return []


def _counted_head(phrase: str, lang: str) -> list[str]:
    """The noun a "how many" question counts: "harbour inspectors were hired" ->
    inspectors; "secteurs prioritaires" -> secteurs; "people attended" -> people;
    "nieuwe woningen" -> woningen."""
    words_ = []
    for w in phrase.split():
        if w.lower() in _COUNT_STOP:
            break
        words_.append(w)
    if not words_:
        return []
    if words_[0].lower() in MEASURE_UNITS:  # "hoeveel hectare nieuw bos": hectares
        head = words_[0]
    elif lang == "en":
        plural = [w for w in words_ if w.lower().endswith("s") and len(w) > 3]
        head = plural[0] if plural else words_[0]
    elif lang == "nl":  # an inflected adjective comes before its noun ("geïnstalleerde capaciteit")
        head = next((w for w in words_[:-1] if not w.lower().endswith("e")), words_[-1])
    else:
        head = words_[0]  # French puts the noun first ("secteurs prioritaires")
    counted = [stem(w, lang) for w in words(head)]
    if set(counted) & _collective_stems(lang):  # "civil society groups" are counted as "… organisations" too
        counted += sorted(_collective_stems(lang) - set(counted))
    return counted


@lru_cache(maxsize=None)
def _collective_stems(lang: str) -> frozenset[str]:
    return frozenset(stem(w, lang) for w in COLLECTIVES.get(lang, ()))


def question_language(text: str) -> str:
    """The language a question is written in: the detector's choice when it is sure, else
    the language of the question word it starts with, else English."""
    ranking = ranked(text)
    best, confidence = ranking[0] if ranking else ("en", 0.0)
    if confidence >= 0.9:
        return best
    first = (words(text.replace("'", " ")) or [""])[0]
    by_word = [lang for lang, wh in WH_WORDS.items() if first in wh]
    if len(by_word) == 1:
        return by_word[0]
    return best if confidence >= 0.5 else "en"


def analyse(query: Query | str) -> Question:
    """What a question asks. Words borrowed from the conversation (an antecedent put in for
    "it", or the earlier question a follow-up leans on) help find passages but count less
    than the user's own."""
    if isinstance(query, str):
        query = Query(query, query)
    t = " ".join(query.text.split())
    lang = question_language(query.own or t)
    main = main_clause(t, lang)  # "When a body is reformed, what must …?" asks what, not when
    first = words(main)[:1]
    wh = first[0] if first and first[0] in WH_WORDS.get(lang, ()) else "other"
    core = without_source(main, lang)  # "In the X report, what does Y mean?" -> "what does Y mean?"
    expects = answer_type(main, lang) or (answer_type(core, lang) if core != main else None)
    if expects == "date" and lang == "en" and _CONDITIONAL_WHEN.match(t):
        expects = None
    focus, copular = _focus(core, lang)
    if focus is None and core != main:
        focus, copular = _focus(main, lang)
    role = ROLE_NAMED_AS.get(lang, ROLE_NAMED_AS["en"])
    named = re.match(NAME_ASKED.get(lang, NAME_ASKED["en"]), t, re.I) or re.match(role, core, re.I) \
        or re.match(role, t, re.I)
    if named:  # "the name of the chair?", "who is mentioned as chair?" ask for a name, like "who is the chair?"
        focus, copular, expects = named.group(1), True, "agent"
    meta = set(META_WORDS.get(lang, ())) | set(META_WORDS["en"])
    phrases = "|".join(re.escape(p) for p in META_PHRASES.get(lang, ()))
    content = re.sub(rf"\b(?:{phrases})\b", " ", t, flags=re.I) if phrases else t
    terms = [x for x in query_terms(content, lang) if x.word not in meta]
    own = {x.word for x in query_terms(query.own, lang)} if query.own and query.own != t else None
    borrowed: list[QueryTerm] = []
    if own is not None:
        borrowed = [x for x in terms if x.word not in own]
        terms = [x for x in terms if x.word in own] or terms
    mine = {x.word for x in terms}
    context_terms = [x for x in dict.fromkeys(query_terms(query.context, lang) + borrowed)
                     if x.word not in mine and x.word not in meta]
    # (a quoted title's words are a name; "who chairs the task force?" asks for a name, not an
    # assessment, whatever word for one its words hold: the "force" of "task force")
    assessed = stance(blank_quoted_titles(t), lang) if expects != "agent" else None
    if assessed:  # "criticisms", "strengths" name the kind of answer, which the stance cues check
        cues = stance_words(assessed, lang)
        terms = [x for x in terms if x.word not in cues] or terms
    framing = TYPE_NOUNS.get(expects or "", {})
    framing = set(framing.get(lang, ())) | set(framing.get("en", ()))
    terms = [x for x in terms if x.word not in framing] or terms  # "sur quelle période": the kind asked
    asked, described = _description(t, lang, terms)
    counted = re.search(COUNTED.get(lang, COUNTED["en"]) + r"((?:[\w'-]+\s*){1,3})", t, re.I)
    # "how many amendments ('effects') …": the plan's word for them, given in brackets after them
    alias = re.match(r"\(\s*['‘’\"“”«]?\s*([^\W\d_][\w-]*)\s*['‘’\"“”»]?\s*\)", t[counted.end():]) if counted else None
    unit = re.search(UNIT_GIVEN, t, re.I) if expects == "number" and not counted else None
    return Question(text=t, terms=terms, wh=wh, expects=expects, refs=find_refs(t), focus=focus, copular=copular,
                    counted=(_counted_head(counted.group(1), lang) + ([stem(alias.group(1), lang)] if alias else []))
                    if counted and expects == "number" else [stem(unit.group(1), lang)] if unit
                    else _measure_units(main, lang) if expects == "number" else [],
                    context_terms=context_terms, context=query.context, lang=lang, stance=assessed,
                    measured=_measured(t, lang) if expects == "amount" else (), described=described, asked=asked)


def _description(t: str, lang: str, terms: list[QueryTerm]) -> tuple[str, frozenset[str]]:
    """A closing description of a name ("which body chairs the HC, the council coordinating
    the plan?"): the question without it ("Which body chairs the HC?") and the words only it
    holds (council, coordinating, plan), which say which thing is meant and weigh less than
    the words that ask."""
    m = re.search(APPOSITIVE.get(lang, APPOSITIVE["en"]), t)
    if not m:
        return t, frozenset()
    asked = f"{t[: t.rindex(',', 0, m.start(1))]}?"
    asking = {x.word for x in query_terms(asked, lang)}
    described = set(words(m.group(1)))
    return asked, frozenset(x.word for x in terms if x.word in described and x.word not in asking)


def _measured(t: str, lang: str) -> tuple[str, ...]:
    """The words of what an amount question measures, up to a relative clause, a preposition
    or a bracket: "how much is the harbour fund that ...?" -> harbour, fund; "hoe hoog is de
    havenheffing (per schip) ...?" -> havenheffing."""
    for pattern in MEASURED.get(lang, ()):
        m = re.search(pattern, t, re.I)
        if not m:
            continue
        phrase = []
        for w in re.split(r"[(?,;:]", m.group(1))[0].split():
            if w.lower() in MEASURED_ENDS:
                break
            phrase.append(w.strip(" '\"‘’“”.").lower())
        return tuple(w for w in phrase if w and w not in ALL_STOPWORDS)
    return ()


_FILLER = re.compile(rf"^[\s,]*{alternation(FILLERS)}[\s,]+|[\s,]+{alternation(FILLERS)}[\s,]*$", re.I)


def _focus(t: str, lang: str) -> tuple[str | None, bool]:
    """The thing a "what is X?" question asks about, and whether "who is the X?" asks for a name."""
    for pattern in FOCUS.get(lang, ()):
        m = re.search(pattern, t, re.I)
        if not m:
            continue
        focus = m.group(1).strip(" '\"‘’“”„«»")
        focus = _FILLER.sub("", focus)  # "what is, in short, the X?": the X
        # "who is the <role>?" asks for a name; "who is responsible for ...?" for an agent
        copular = bool(re.match(ROLE_HOLDER.get(lang, ROLE_HOLDER["en"]), t, re.I))
        # "a rain garden in the city's strategy" -> "rain garden"
        focus = re.sub(r"\s+(?:in|of|under|according to)\s+(?:the|this|its|their)\s+[\w' -]*"
                       r"(?:strategy|plan|report|document|note|recommendations?)$", "", focus, flags=re.I)
        # "never events, according to the report on …": what names the document is no part of it
        focus = re.sub(rf"\s*,?\s*\b(?:as per|{alternation(SOURCE_CUES)})\s.*$", "", focus, flags=re.I)
        # "X, and can you give an example?": the clause after the comma asks something else
        focus = re.sub(r"\s*,\s*(?:and|or|et|ou|en|of)\s.*$", "", focus, flags=re.I)
        focus = re.sub(r"^(?:(?:a|an|the|le|la|les|un|une|de|het|een)\s+|l['’])", "", focus, flags=re.I)
        # "the 'no extras' rule": the words quoted are the term, the noun after them its kind
        quoted = re.fullmatch(r"['\"‘“„«]\s*([^'\"’”»]{2,}?)\s*['\"’”»](?:[\s-]+\w+)?", focus)
        focus = quoted.group(1) if quoted else focus
        focus = re.sub(r"(?<!\w)['\"‘’“”„«]|['\"‘’“”»](?!\w)", "", focus).strip()  # quotes, not "l'" or "d'"
        return focus or None, copular
    return None, False
