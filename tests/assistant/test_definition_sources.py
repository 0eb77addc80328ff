"""Definition questions that set their source before the term ("What is, according to the
Norland report, a 'harbour cell'?", "Wat is volgens het ministerie een 'havenscan'?") or ask
how a plan words a term ("Hoe omschrijft het akkoord een kadepunt?"): the answer type is a
definition and the thing asked is the term, not the source."""

from __future__ import annotations

import pytest

from assistant.question import analyse


@pytest.mark.parametrize(
    "question, focus",
    [
        ("What is, according to the Norland report, a 'harbour cell'?", "harbour cell"),
        ("What are, according to the Norland plan, the quay wardens?", "quay wardens"),
        ("Wat is volgens het ministerie van Havenland een 'havenscan', zoals uitgelegd in de studie?", "havenscan"),
        ("Wat zijn volgens het Varlandse akkoord de kadepunten?", "kadepunten"),
        ("Hoe omschrijft het regeerakkoord van Havenland een kadepunt?", "kadepunt"),
    ],
)
def test_the_term_is_asked_not_the_source(question, focus):
    q = analyse(question)
    assert q.expects == "definition", (question, q.expects)
    assert (q.focus or "").strip("'‘’\"") == focus, (question, q.focus)

