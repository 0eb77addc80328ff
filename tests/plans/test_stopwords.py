"""Modal verbs carry no topic in any of the three languages: "must"/"moeten"/"devront" are
not terms of a question, as "moet" and "doivent" were already not. A paragraph that stops on
a preposition or conjunction of any of them, without a full stop, goes on in the next."""

from __future__ import annotations

import pytest

from plans.index.lexical import query_terms
from plans.vocabulary.stopwords import dangles


@pytest.mark.parametrize("text, lang, modal", [
    ("Welke toets moeten nieuwkomers afleggen?", "nl", "moeten"),
    ("Welke toets zullen nieuwkomers afleggen?", "nl", "zullen"),
    ("Quel test les nouveaux arrivants devront-ils passer ?", "fr", "devront"),
    ("Which test must newcomers take?", "en", "must"),
])
def test_a_modal_verb_is_not_a_term(text, lang, modal):
    words = [t.word for t in query_terms(text, lang)]
    assert modal not in words, words
    assert "test" in words or "toets" in words, words


@pytest.mark.parametrize("text", [
    "Het overleg spitst zich in hoofdzaak toe op",
    "Le comité se concentre en priorité sur les projets qui",
    "The panel reports twice a year about",
])
def test_a_paragraph_stopping_on_a_preposition_goes_on(text):
    assert dangles(text)


@pytest.mark.parametrize("text", [
    "We stellen elk jaar een werkplan op.",  # a separable verb's particle ends a sentence with its full stop
    "Investeringen in de haven",
    "Le comité se réunit deux fois par an.",
])
def test_a_sentence_or_heading_does_not_dangle(text):
    assert not dangles(text)
