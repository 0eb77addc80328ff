"""Detectors for the kinds of facts questions ask for: dates, numbers, amounts, durations,
names and places. Used to prefer sentences that can answer, and to abstain when none can."""

from __future__ import annotations

import re
from functools import lru_cache

from plans.vocabulary import alternation, union
from plans.vocabulary.grounding import COUNT_WORDS
from plans.vocabulary.grounding import NUMBER_WORDS as SPELLED
from plans.vocabulary.questions import RATIO_LINKS
from plans.vocabulary.stopwords import ALL_STOPWORDS, OPENERS
from plans.vocabulary.units import REFERENCE_NOUNS, UNIT_SYMBOLS
from plans.text import unelided
from plans.vocabulary.time import (DAY_SUFFIXES, FREQUENCY_WORDS, MONTHS, NUMBER_WORDS, OF_YEAR, PER, PERIODS,
                                   QUARTERS, SEASONS, SPAN_FROM, SPAN_TO, TIME_FROM, TIME_UNITS, TIMES)


_MONTH = alternation(MONTHS)
# a month named with a day but no year: "may" only as the month's capitalised name ("1 may be")
_MONTH_NAMED = _MONTH.replace("May|", "(?-i:May)|").replace("|May)", "|(?-i:May))")
_DAY = rf"\d{{1,2}}(?:{'|'.join(DAY_SUFFIXES)})?"
# a season or quarter with its year: "Winter 2013", "été de 2024", "Q3 2014", "derde kwartaal van 2025"
_PART_OF_YEAR = rf"(?:{alternation(SEASONS)}|{alternation(QUARTERS)}|Q[1-4])(?: (?:{'|'.join(OF_YEAR)}))? \d{{4}}"
_NUMWORD = alternation(NUMBER_WORDS)
_TIMES = rf"(?:once|twice|thrice|(?:\d+|{_NUMWORD})\s+{alternation(TIMES)})"

PATTERNS: dict[str, re.Pattern[str]] = {
    "date": re.compile(
        rf"\b{_DAY}(?: of)? {_MONTH},? \d{{4}}|\b{_MONTH} {_DAY},? \d{{4}}"
        rf"|\b{_MONTH} \d{{4}}|\b{_PART_OF_YEAR}\b|\b(?:19|20)\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
        rf"|\b{_DAY}(?: of)? {_MONTH_NAMED}\b|\b{_MONTH_NAMED} {_DAY}\b(?![.,]?\d)",
        re.I,
    ),
    "amount": re.compile(
        r"(?:€|EUR|USD|\$|£)\s?\d[\d,.\s]*(?:million|billion|thousand|bn|m|k)?"
        r"|\b\d[\d,.\s]*\s?(?:(?:million|billion|thousand|milliard|miljoen|miljard|mille)s?\s?(?:d['’]|de\s|van\s)?)?"
        r"\s?(?:(?:US|U\.S\.)\s)?(?:euros?|EUR|€|dollars|USD|francs|FCFA|F\s?CFA|CFA|ariary|MGA)(?!\w)",
        re.I,
    ),
    # a length of time, or the years a period runs ("for what period?": "(2019–2022)", "from
    # March 2020 to June 2023", "d'avril 2019 à mai 2021", "van 2018 tot 2020")
    "duration": re.compile(
        rf"\b(?:\d+|{_NUMWORD})[\s-](?:full\s)?{alternation(TIME_UNITS)}\b(?!\s+old)"
        r"|(?<![\d.,])(?:19|20)\d\d\s?[-–]\s?(?:(?:19|20)\d\d|\d\d)(?![\d.,-]\d)"
        rf"|\b{alternation(SPAN_FROM)}\s*(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d\s+{alternation(SPAN_TO)}\s+"
        rf"(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d\b", re.I
    ),
    "frequency": re.compile(
        rf"\b(?:{alternation(PER)}|{_TIMES})\s+(?:\w+\s+)?{alternation(PERIODS)}s?\b"
        rf"|\b{alternation(FREQUENCY_WORDS)}\b",
        re.I,
    ),
    "percent": re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b)", re.I),
    # a multiple: "10 to 28 times", "3 fois", "twee keer"
    "multiple": re.compile(
        rf"(?:\b\d+(?:[.,]\d+)?|\b{_NUMWORD})(?:\s?(?:to|à|a|tot|-|–)\s?\d+(?:[.,]\d+)?)?\s?(?:times|fois|keer|maal)\b"
        r"|\b(?:twice|double|doubles|doublé|dubbel|verdubbeld)\b", re.I),
    # a figure, with whatever unit follows; not a year ("rose by 1.4 °C between 1950 and 2020")
    "change": re.compile(r"(?<![\w.,])[-+−]?(?!(?:19|20)\d\d(?!\d|[.,]\d))\d+(?:[.,]\d+)?(?![\d])"),
    "number": re.compile(
        rf"(?<![\w.])(?:\d{{1,3}}(?:[,.]\d{{3}})+|\d+)(?:[.,]\d+)?(?!\w|[.,]\d)|\b(?:{'|'.join(union(COUNT_WORDS))}|"
        rf"{alternation(SPELLED)})\b",  # "drie onderdelen", "quatre axes"
        re.I,
    ),
    "place": re.compile(
        r"https?://\S+|www\.\S+|\b[\w-]+\.(?:be|eu|org|int|com|net|gov)\b|\bwebsite\b"
        r"|\b(?:in|at|near|à|au|aux|en|dans|te|naar|bij)\s+(?:the\s+|la\s+|le\s+|l['’]|de\s+|het\s+)?"
        r"[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)*"
        # a named region, province, district ("the Lakeside region", "la région de Varlande", "regio Havenland")
        r"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[ -][A-ZÀ-Ý][a-zà-ÿ]+)*\s+(?:region|province|district|area|valley|basin|coast)\b"
        r"|\b(?:région|province|district|regio|provincie|gemeente)\s+(?:de\s+|du\s+|des\s+|d['’])?[A-ZÀ-Ý][a-zà-ÿ]+"
    ),
}
_PROPER = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w'’&-]*(?:\s+(?:of|for|and|the|de|on)?\s*[A-ZÀ-ÖØ-Þ][\w'’&-]*)*")
# a capitalised word that is a function word or a sentence opener of any language names no one
_NOT_NAMES = ALL_STOPWORDS | set(union(OPENERS))


def _not_a_name(word: str) -> bool:
    """"The", "Le", "Daarnaast" at a sentence's start; not "US" or "ON" (acronyms)."""
    return not word.isupper() and word.lower() in _NOT_NAMES


_FIGURES = frozenset({"number", "change", "amount", "percent", "multiple"})
_REFERENCE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(REFERENCE_NOUNS, key=len, reverse=True))
                        + r")\s+(?:n[°o]\.?\s*)?\d+(?:[.,]\d+)*"
                        + r"(?:\s*(?:,|-|–|and|et|en|à|to|tot)\s*\d+(?:[.,]\d+)*)*", re.I)


def mentions(kind: str, text: str, exclude: str = "", counted: list[str] | None = None, lang: str | None = None,
             things: bool = False) -> bool:
    """Does `text` hold a fact of `kind` that is not already in `exclude` (the question)?

    For a count ("how many sectors"), the number must come just before one of the
    `counted` word stems ("38 sectors"), a year is not a count, and a number written out
    is one only in `text`'s language, when given (Dutch "ten eerste" counts nothing).
    `things`: the question counts things its words cannot name in `text` (it is in
    another language), so a sum, a share, a day or a length of time is not their count."""
    if kind != "place":
        text = without_addresses(text)  # "…/harbour-meeting-march -2031/…" dates nothing
    if kind in _FIGURES:
        text = _REFERENCE.sub(" ", text)  # "figures 9 and 10 show …": labels, not figures
    if kind == "date":
        text = _CITATION.sub(" ", text)  # "(Norland Council 2017: 2)": the year a source appeared
    if kind in ("agent", "names"):
        return bool(new_names(text, exclude))
    if kind == "number":
        return _counts(text, exclude, counted or [], lang, things)
    if kind == "date" and any(_TIME_FROM.search(text[: m.start()]) for m in PATTERNS["duration"].finditer(text)):
        return True  # "when is it planned?" -> "within 3 years", "uiterlijk na 2 jaar"
    pattern = PATTERNS.get(kind)
    if pattern is None:
        return True
    seen = {m.group(0).lower() for m in pattern.finditer(exclude)} if exclude else set()
    if kind == "place":  # a place the question names itself ("where in Norland …?": "in Norland") is none
        asked = set(re.findall(r"\w+", exclude.lower()))
        return any(m.group(0).lower() not in seen and not _not_a_name(m.group(0))
                   and not {w for w in re.findall(r"\w+", m.group(0)) if w[:1].isupper()} <= {w.title() for w in asked}
                   for m in pattern.finditer(text))
    return any(m.group(0).lower() not in seen for m in pattern.finditer(text))


# An author-date reference: a year with the page cited ("(Norland Council 2017: 2)", "(ibid.,
# 2019, p. 4)"), or after "et al." ("(Varga et al. 2020)").
_CITATION = re.compile(r"\([^()]{0,120}?(?:19|20)\d\d[a-z]?\s?(?::\s?\d+|,\s*pp?\.\s?\d+)[^()]{0,120}\)"
                       r"|\([^()]{0,120}\bet al\.?,?\s+(?:19|20)\d\d[a-z]?[^()]{0,120}\)")
_TLDS = ("be", "eu", "org", "int", "com", "net", "gov")
_WEB = re.compile(rf"https?://\S+|www\.\S+|\b[\w-]+\.(?:{'|'.join(_TLDS)})\b", re.I)
# a whole web address, with the pieces of its path a line break or a PDF's spacing split off
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+(?:\s+\S*/\S*)*", re.I)


_FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH},? \d{{4}}|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\b{_MONTH} \d{{4}}",
    re.I)


def full_date(text: str) -> bool:
    """A day or month with its year ("14 March 2025", "June 2021"), not a bare year."""
    return bool(_FULL_DATE.search(text))


def without_addresses(text: str) -> str:
    """The text with its web addresses blanked out."""
    return _ADDRESS.sub(" ", text)


def has_web_address(text: str) -> bool:
    return bool(_WEB.search(text))


def web_sites(text: str) -> set[str]:
    """The sites of the web addresses `text` writes: each address's host, lower-cased
    ("www.x.gov" of "http://www.x.gov/pdf/plan.pdf")."""
    return {re.sub(r"^https?://", "", m.group(0).lower()).split("/")[0].rstrip(".,;:)?!\"'’”")
            for m in _SITE.finditer(text)}


# (a host of several labels whole: "open.x.gov" is not "x.gov")
_SITE = re.compile(rf"https?://\S+|www\.\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:{'|'.join((*_TLDS, 'uk', 'nl', 'fr'))})\b",
                   re.I)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


def _names_one_of(text: str, start: int, end: int) -> bool:
    """Does the number at `text[start:end]` name one of a series ("Axe prioritaire 4",
    "Project 5:") rather than count or measure: right after a word of content, with no word
    after it that it would count?"""
    before = _WORD_BEFORE.search(text, 0, start)
    return bool(before and before.group(1).lower() not in ALL_STOPWORDS and not _WORD_AFTER.match(text, end))


def _counts(text: str, exclude: str, counted: list[str], lang: str | None = None, things: bool = False) -> bool:
    from plans.index.lexical import stem

    seen = {m.group(0).lower() for m in PATTERNS["number"].finditer(exclude)}
    shares = [r.span() for r in _RATIO.finditer(text)] + [r.span() for r in _FIRST_DAY.finditer(text)]
    others = [r.span() for pattern in (PATTERNS["percent"], PATTERNS["amount"], _FULL_DATE, PATTERNS["duration"],
                                       _OLD_YEAR) for r in pattern.finditer(text)] if things else []
    for m in PATTERNS["number"].finditer(text):
        value = m.group(0).lower()
        if value in seen or _YEAR.fullmatch(value) or any(a <= m.start() < b for a, b in shares + others):
            continue
        if lang in _SPELLED_IN and value.isalpha() and value not in _SPELLED_IN[lang]:
            continue
        if things and value in _ONE:
            continue  # "made by one piece of X to another": an article as much as a count
        if not counted and _names_one_of(text, m.start(), m.end()):
            continue
        if not counted:
            return True
        end = m.end() + len(_THOUSANDS.match(text, m.end()).group(0))  # "12 000 ha": past the "000"
        after = re.findall(r"[^\W\d_][\w'’²-]*", text[end : end + 60].lower())[:5]
        # the counted word in any of the languages (the question's stems may be Dutch or French),
        # or the symbol of its unit right after the number ("ha" for hectares)
        following = {stem(w, lang) for w in after for lang in ("en", "fr", "nl")} | set(after)
        following |= _unit_stems(after[0]) if after else set()
        # (or as the end of a compound: "41 treinstations" counts stations)
        if any(c in following or any(w.startswith(c) for w in after)
               or lang in _CLOSED_COMPOUNDS and len(c) >= _COMPOUND_HEAD and any(f.endswith(c) for f in following)
               for c in counted):
            return True
        if _UNIT.match(text, m.end()) and _names_before(text, m.start(), counted):
            return True  # "how much capacity": "capacity for wind of 2.5 GW" measures it in a unit
    return False


# The numbers each language writes out, as the "number" pattern finds them.
_SPELLED_IN: dict[str, frozenset[str]] = {
    lang: frozenset(words) | frozenset(COUNT_WORDS[lang]) for lang, words in SPELLED.items()
}
_RATIO = re.compile(rf"\b(?:\d+|{_NUMWORD})\s+(?:{alternation(union(RATIO_LINKS))})\s+(?:\d+|{_NUMWORD})\b", re.I)
# A unit of measure after a number ("2,5 GW", "40 %", "1 200 ha"), its decimals included.
_UNIT = re.compile(r"(?:[.,]\d+)?\s?(?:%|[kMGT]W[hp]?|km²?|m[²³2³]|ha|hectares?|tonnes?|tons?|kg|litres?|liters?|"
                   r"mm|cm|km/h|MtCO2e?|tCO2e?)(?!\w)")


_THOUSANDS = re.compile(r"(?:[ \u00a0\u202f]\d{3}(?!\d))*")  # the groups of a number written "12 000"


@lru_cache(maxsize=64)
def _unit_stems(symbol: str) -> frozenset[str]:
    """The stems, in each language, of the words naming the unit `symbol` stands for ("ha")."""
    from plans.index.lexical import stem

    return frozenset(stem(name, lang) for name in UNIT_SYMBOLS.get(symbol, ()) for lang in ("en", "fr", "nl"))


def _names_before(text: str, at: int, counted: list[str]) -> bool:
    """Is one of the `counted` stems among the few words before offset `at` (same sentence)?"""
    from plans.index.lexical import stem

    before = re.findall(r"[^\W\d_][\w'’-]*", re.split(r"[.;!?]\s", text[max(0, at - 80):at])[-1].lower())[-8:]
    stems = {stem(w, lang) for w in before for lang in ("en", "fr", "nl")} | set(before)
    return any(c in stems for c in counted)


_YEAR = re.compile(r"(?:19|20)\d{2}")
_COMPOUND_HEAD = 5  # the shortest counted word looked for at the end of a compound
_CLOSED_COMPOUNDS = frozenset({"nl"})  # the languages that write a compound as one word
_ONE = frozenset({"one", "un", "une", "een"})
# a word that sets a length of time as the time of something, just before it (a word between:
# "after its first 2 years")
_TIME_FROM = re.compile(rf"(?<!\w)(?:{alternation(TIME_FROM)})\s+(?:[^\W\d]+\s+){{0,2}}$", re.I)
# a year before 1900 after a word that leads to a time ("dating back to 1492", "depuis 1815")
_OLD_YEAR = re.compile(r"\b(?:in|since|to|from|until|before|after|en|depuis|dès|avant|après|sinds|tot|vanaf|sedert)\s+"
                       r"1[0-8]\d\d\b", re.I)
# the first day of a span of days ("held on 3 and 4 May", "du 3 au 5 mars"): no count
_FIRST_DAY = re.compile(rf"\b\d{{1,2}}\s*(?:and|et|en|au|tot|to|-|–|&)\s*(?={_DAY}\s+{_MONTH})", re.I)


def _bare(word: str) -> str:
    """A word as two texts may both write it: lower case, without an elided article or a
    possessive ("L’évaluation" and "l'évaluation" are "évaluation", "Norland's" is "norland")."""
    return re.sub(r"['’]s$", "", unelided(word.lower()))


def new_names(text: str, exclude: str) -> list[str]:
    """Capitalised names in `text` whose words do not all occur in `exclude`."""
    known = {_bare(w) for w in re.findall(r"[\w'’-]+", exclude)}
    out = []
    for m in _PROPER.finditer(text):
        name = m.group(0).strip()
        tokens = [_bare(t) for t in re.findall(r"[\w'’-]+", name) if not _not_a_name(t)]
        if not tokens:
            continue
        if all(t in known for t in tokens):
            continue
        out.append(name)
    return out


_ABBREVIATION = re.compile(r"\s*\([A-Z][\w&-]{1,11}\)")


def leading_name(text: str) -> int:
    """Where the name that opens `text` ends, 0 when it opens with none: two or more
    capitalised words (an article aside), with the abbreviation after them, and more words
    after it ("The Port Board (PB) decides …" -> the end of "(PB)")."""
    m = _PROPER.match(text)
    if not m:
        return 0
    words_ = [w for w in m.group(0).split() if w[:1].isupper()]
    if len(words_) - (_not_a_name(words_[0])) < 2:
        return 0
    end = m.end()
    if (a := _ABBREVIATION.match(text, end)) is not None:
        end = a.end()
    rest = text[end:]
    return end if re.match(r"\s+[^\W\d_]", rest) and len(rest.split()) >= 2 else 0


def only_months(token: str) -> bool:
    """Whether a capitalised word only writes months ("October", "Oct-Dec"): a date, which a
    plan may write another way ("October to December"), not a name."""
    parts = [p.lower().rstrip(".") for p in re.split(r"[-/–]", token) if p]
    return bool(parts) and all(len(p) >= 3 and any(m.startswith(p) for m in _MONTH_NAMES) for p in parts)


_MONTH_NAMES = tuple(m.lower() for m in union(MONTHS))
