"""A question's word matches a sentence's word of the same family that the stemmer keeps
apart ("applications" for "apply"), but not a word that only shares its first letters: a
compound's first part is not what it names ("havenkraan" is no "havenplan")."""

from __future__ import annotations

from assistant.answering.extractive import _match
from plans.index.lexical import query_terms, tokenize


def _score(question_word: str, sentence: str, lang: str) -> float:
    term = query_terms(question_word, lang)[0]
    stems = set(tokenize(sentence, lang))
    return _match(term, stems, {s[:5] for s in stems if len(s) >= 5}, set(), lang=lang)


def test_a_word_of_the_same_family():
    assert _score("apply", "Applications are open until May.", "en") == 0.7


def test_a_compound_sharing_only_its_first_part():
    assert _score("havenkraan", "Het havenplan van Havenland loopt tot 2035.", "nl") == 0.0
    assert _score("havenplan", "Het havenplan van Havenland loopt tot 2035.", "nl") == 1.0
