"""Lexical matching: one tokenizer for BM25 and for scoring sentences.

Tokens keep identifiers whole ("17.b", "3.2.1", "1820", "3d") so line ids and resolution
numbers match exactly; words are lower-cased and stemmed (Snowball English).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

import Stemmer

TOKEN_PATTERN = r"(?u)\b\d+(?:\.[a-z0-9]+)+\b|\b\w\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
_STEMMER = Stemmer.Stemmer("english")

# Words that carry no topic: function words and the words questions are made of.
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing for from had has
    have how i if in into is it its may might must no nor not of on or our shall should so
    such than that the their them then there these they this those to under up upon us was
    we were what when where which while who whom whose why will with would you your about
    after all also any each other some same very more most many much own only its itself
    according tell give say said per via me my mean meant""".split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def words(text: str) -> list[str]:
    """Lower-cased tokens, identifiers kept whole, no stemming."""
    return _TOKEN.findall(text.lower())


def tokenize(text: str) -> list[str]:
    """Stemmed content tokens (stopwords removed)."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


class TermStats:
    """Document frequencies over a set of texts, for IDF weights."""

    def __init__(self, texts: Iterable[str]):
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(set(tokenize(t)))
        self.n = max(n, 1)
        self.df = df

    def idf(self, term: str) -> float:
        d = self.df.get(term, 0)
        return math.log(1 + (self.n - d + 0.5) / (d + 0.5))

    def weights(self, terms: Sequence[str]) -> dict[str, float]:
        return {t: self.idf(t) for t in dict.fromkeys(terms)}
