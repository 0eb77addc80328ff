"""Which fields of a row a question asks for: a second field joined to the first by "and"
is asked for too, even with words of its own around the "and" ("the due year and
indicative budget"), and even past the few words after the question word; a later clause
is one even when a preposition comes before its question word ("and within what time?")."""

from __future__ import annotations

import pytest

from assistant.answering.asked import asked_roles


@pytest.mark.parametrize("question, roles", [
    ("In the programme's list of measures, what is the due year and indicative budget for measure 1.10?",
     ["timeline", "budget"]),
    ("Quelle est l'échéance prévue et le coût estimatif de la mesure 2.3 ?", ["timeline", "budget"]),
    ("What timeline and lead agency does 3.b have?", ["timeline", "lead"]),
    ("Who carries out row 4.2, and by when?", ["lead", "timeline"]),
    ("Which ministry monitors row 3.a?", ["lead"]),
    ("When is the budget of 3.a due?", ["timeline"]),
    # a later clause may open with a preposition before its question word, and ask for time
    ("Who is in charge of measure 2, and within what time?", ["lead", "timeline"]),
    ("Wie is verantwoordelijk voor maatregel 2, en binnen welke termijn?", ["lead", "timeline"]),
    ("Qui est responsable de la mesure 2, et avant quelle date ?", ["lead", "timeline"]),
    ("Quel est le budget de la mesure 2, et quelle structure en a la responsabilité ?", ["budget", "lead"]),
    ("Wat is het budget van maatregel 2 en bij wie ligt de verantwoordelijkheid?", ["budget", "lead"]),
    # a comma before a question word opens a clause too; how long, in French and Dutch words
    ("Who leads the harbour project, what is its budget and how long does it run?", ["lead", "budget", "timeline"]),
    ("Who performs measure 2, when is it due and what's the financial assessment?", ["lead", "timeline", "budget"]),
    ("Combien de temps dure le programme 3, et qui en est chargé ?", ["timeline", "lead"]),
    ("Wie voert maatregel 2 uit, en wat is de financiële raming?", ["lead", "budget"]),
    # how much funding is an amount; who funds it, its source
    ("Who performs measure 2, and how much funding is estimated for it?", ["lead", "budget"]),
    ("Combien de financement la mesure 2 reçoit-elle ?", ["budget"]),
    ("Hoeveel financiering krijgt maatregel 2?", ["budget"]),
    ("Where does the funding of measure 2 come from?", ["funding"]),
    ("Wie financiert maatregel 2?", ["funding"]),
    # how a body will follow a measure asks for its indicator; the body is only the subject
    ("How will the harbour office monitor measure 2?", ["indicator"]),
    ("How will the ministry measure its progress on measure 2?", ["indicator"]),
    ("Hoe zal het ministerie maatregel 2 opvolgen?", ["indicator"]),
    ("Which ministry monitors measure 2?", ["lead"]),
])
def test_roles_asked(question, roles):
    assert asked_roles(question) == roles


def test_a_cue_word_of_another_language_asks_nothing():
    # "met" and "meet" ask whether a target was met in English; in Dutch they are "with"
    # and "measures"
    assert asked_roles("Met welk instrument meet de havendienst van Norland de wachttijden?") == []
    assert asked_roles("Was the target of line 4 met?") == ["status"]
