"""Answers to the parts of one question, joined: markers renumbered, and the mode says how
the whole was answered (every part from rows: "registry"; any part by a model: "llm")."""

from __future__ import annotations

import pytest

from assistant.joined import join_answers
from assistant.models import Answer, Citation


def _answer(text: str, start: int, mode: str) -> Answer:
    cite = Citation(id=1, document="plan.md", title="Plan", quote=text, start=start, end=start + len(text))
    return Answer(answer=f"{text} [1]", citations=[cite], mode=mode, confidence=1.0)


@pytest.mark.parametrize("modes, joined", [
    (("registry", "registry"), "registry"),
    (("registry", "extractive"), "extractive"),
    (("registry", "llm"), "llm"),
])
def test_the_mode_of_the_whole_is_the_parts_when_they_agree(modes, joined):
    answer = join_answers([("Who leads it?", _answer("Office des eaux", 10, modes[0])),
                           ("And its budget?", _answer("4 millions", 50, modes[1]))])
    assert answer.mode == joined
    assert answer.answer == "Office des eaux [1] 4 millions [2]" and [c.id for c in answer.citations] == [1, 2]
