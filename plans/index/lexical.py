"""Lexical matching: one tokenizer per language for BM25 and for scoring sentences.

Tokens keep identifiers whole ("17.b", "3.2.1", "1820", "3d") so line ids and resolution
numbers match exactly; words are lower-cased and stemmed with the Snowball stemmer of
their language (English, French, Dutch), stopwords of that language left out.

A document's text is analysed in its own language. A question may be in any of them and
about a plan in another, so each of its words becomes a `QueryTerm` holding the stems it
has in every language: a passage matches the word when it holds any of them.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from plans.language import DEFAULT, LANGUAGES
from plans.text import in_digits, unaccented
from plans.vocabulary.irregular import IRREGULAR_EN
from plans.vocabulary.stopwords import ALL_STOPWORDS, STOPWORDS

TOKEN_PATTERN = r"(?u)\b\d+(?:\.[a-z0-9]+)+\b|\b\w\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_STEMMER_NAMES = {"en": "english", "fr": "french", "nl": "dutch"}
_local = threading.local()

STOPWORDS_EN = STOPWORDS["en"]


def _stemmer(lang: str) -> Stemmer.Stemmer:
    """This thread's stemmer for `lang` (PyStemmer objects are not shared between threads)."""
    cache = getattr(_local, "stemmers", None)
    if cache is None:
        cache = _local.stemmers = {}
    if lang not in cache:
        cache[lang] = Stemmer.Stemmer(_STEMMER_NAMES.get(lang, "english"))
    return cache[lang]


@lru_cache(maxsize=200_000)
def stem(word: str, lang: str = DEFAULT) -> str:
    """The word's stem in `lang`, without its accents: plans and questions write the same word
    with and without them ("maîtriser" and "maitriser", "Economie" on a capital, a question
    typed without accents)."""
    if any(ch.isdigit() for ch in word):
        return word  # ids and numbers are matched as printed
    if lang == "en":
        word = IRREGULAR_EN.get(word, word)  # "led" is a form of "lead"
    return unaccented(_stemmer(lang).stemWord(word))


def words(text: str) -> list[str]:
    """Lower-cased tokens, identifiers kept whole, numbers in thousands in digits alone
    ("10,000" and "10.000" are "10000"), no stemming."""
    return _TOKEN.findall(in_digits(text).lower())


def compounds(text: str) -> list[str]:
    """The words written with a hyphen between letters, joined ("agro-écologiques" ->
    "agroécologiques"): plans spell the same word both ways ("socio-économique" and
    "socioéconomique", "co-operation" and "cooperation"). Figures and ids ("2021-2025",
    "COVID-19") are not words of this kind."""
    return [m.group(0).replace("-", "") for m in _COMPOUND.finditer(text.lower())]


def tokenize(text: str, lang: str = DEFAULT) -> list[str]:
    """Stemmed content tokens of `text` read in `lang` (stopwords removed), and for each
    hyphenated word also the word joined (see `compounds`)."""
    stop = STOPWORDS.get(lang, STOPWORDS_EN)
    joined = [stem(w, lang) for w in compounds(text)] if "-" in text else []
    return [stem(w, lang) for w in words(text) if w not in stop] + joined


NAME_PREFIX = 5


def alike(a: str, b: str) -> bool:
    """Two stems of one word in two languages ("armen", "armenia"; "programm", "program"), or
    of a name and its adjective ("norland", "norlandic"): they begin alike for at least five
    letters and for most of the shorter one."""
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= NAME_PREFIX and common >= 0.7 * min(len(a), len(b))


@dataclass(frozen=True)
class QueryTerm:
    """One content word of a question and its stem in each language."""

    word: str
    stems: frozenset[str]

    def matches(self, stems: set[str] | frozenset[str]) -> bool:
        return not self.stems.isdisjoint(stems)

    def resembles(self, stems: set[str] | frozenset[str]) -> bool:
        """`matches`, or one of its stems is `alike` one of `stems` (a name and its adjective)."""
        return self.matches(stems) or any(alike(a, b) for a in self.stems for b in stems)


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


def query_terms(text: str, lang: str | None = None) -> list[QueryTerm]:
    """The content words of a question, each with its stems in every language. A word is
    left out when it is a stopword of the question's language (`lang`), or of any
    language when the question's language is not known."""
    stop = STOPWORDS.get(lang, ALL_STOPWORDS) if lang else ALL_STOPWORDS
    joined: dict[str, str] = {}  # a part of "agro-écologiques" also matches "agroécologiques"
    for m in _COMPOUND.finditer(text.lower()):
        for part in m.group(0).split("-"):
            joined.setdefault(part, m.group(0).replace("-", ""))
    # an acronym is also written in the plural ("NGO", "NGOs"), which no stemmer reduces to it
    acronyms = {m.group(0).lower() for m in _ACRONYM.finditer(text)}
    out: dict[str, QueryTerm] = {}
    for w in words(text):
        if w in stop or w in out:
            continue
        forms = (w, joined[w]) if w in joined else (w,)
        plural = {f"{w}s"} if w in acronyms else set()
        out[w] = QueryTerm(w, frozenset(stem(f, l) for f in forms for l in LANGUAGES) | plural)
    return list(out.values())


def idf(n: int, df: int) -> float:
    """BM25's inverse document frequency (never negative)."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))

