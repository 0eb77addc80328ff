"""ui.components.history: the earlier turns sent with a question are the most recent ones
that fit the API's limits, whole exchanges, oldest first; failed exchanges are left out."""

from __future__ import annotations

from ui.client import Limits
from ui.components import history


def limits(turns: int = 50, chars: int = 200_000, turn_chars: int = 20_000) -> Limits:
    return Limits(max_question_chars=2000, max_turn_chars=turn_chars, max_history_turns=turns, max_history_chars=chars)


def conversation(*pairs: tuple[str, str | None]) -> list[dict]:
    """User/assistant entries as the chat keeps them; an answer of None is a failed call."""
    entries: list[dict] = []
    for question, answer in pairs:
        entries.append({"role": "user", "content": question})
        if answer is None:
            entries.append({"role": "assistant", "content": "", "question": question, "error": "API down"})
        else:
            entries.append({"role": "assistant", "content": answer, "question": question, "answer": {}})
    return entries


def contents(turns) -> list[str]:
    return [t.content for t in turns]


def test_everything_is_sent_while_it_fits_and_failed_exchanges_never():
    entries = conversation(("q1", "a1"), ("q2", None), ("q3", "a3"))
    turns = history(entries, limits())
    assert contents(turns) == ["q1", "a1", "q3", "a3"]
    assert [t.role for t in turns] == ["user", "assistant", "user", "assistant"]
    assert history([], limits()) == []
    # a question still waiting for its answer is not history yet
    assert contents(history(entries + [{"role": "user", "content": "q4"}], limits())) == ["q1", "a1", "q3", "a3"]


def test_past_the_turn_limit_the_most_recent_whole_exchanges_are_kept():
    entries = conversation(*[(f"q{i}", f"a{i}") for i in range(30)])
    turns = history(entries, limits(turns=7))
    assert contents(turns) == ["q26", "q27", "a27", "q28", "a28", "q29", "a29"]  # the oldest one's answer left out
    assert contents(history(entries, limits(turns=6))) == ["q27", "a27", "q28", "a28", "q29", "a29"]
    assert contents(history(entries, limits(turns=8))) == [f"{r}{i}" for i in range(26, 30) for r in "qa"]


def test_past_the_character_limit_the_most_recent_exchanges_that_fit_are_kept():
    long = "x" * 1000
    entries = conversation(*[(f"q{i}", f"a{i} {long}") for i in range(10)])
    for chars in (1000, 2500, 5000, 10_000, 20_000):
        turns = history(entries, limits(chars=chars))
        assert sum(len(t) for t in contents(turns)) <= chars
        assert contents(turns)[-1] in ("q9", f"a9 {long}")  # the most recent is the first kept
    assert contents(history(entries, limits(chars=2010))) == ["q8", f"a8 {long}", "q9", f"a9 {long}"]  # 2 x 1005
    assert contents(history(entries, limits(chars=2012)))[0] == "q7"  # and the question before them
    assert len(history(entries, limits(chars=3500))) == 7  # three whole ones and the question before them


def test_when_the_last_answer_does_not_fit_its_question_still_goes():
    entries = conversation(("Which department monitors line 17.b?", "y" * 5000))
    assert contents(history(entries, limits(chars=1000))) == ["Which department monitors line 17.b?"]
    assert contents(history(entries, limits(turns=1))) == ["Which department monitors line 17.b?"]
    assert history(entries, limits(turns=0)) == [] and history(entries, limits(chars=10)) == []


def test_each_turn_is_cut_to_the_longest_the_api_takes():
    entries = conversation(("q" * 30_000, "a" * 25_000))
    turns = history(entries, limits(turn_chars=20_000))
    assert [len(t.content) for t in turns] == [20_000, 20_000]
