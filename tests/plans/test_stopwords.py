"""Modal verbs carry no topic in any of the three languages: "must"/"moeten"/"devront" are
not terms of a question, as "moet" and "doivent" were already not."""

from __future__ import annotations

import pytest

from plans.index.lexical import query_terms


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
