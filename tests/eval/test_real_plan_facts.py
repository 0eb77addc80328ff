"""Facts asked of one real plan among the sixteen, where the question's words that name the
plan pull its summaries to the top and bury the passage with the fact: the named plan is
searched again without them. Over the real plans because the burying depends on a real
plan's many summaries; a generated plan of a few passages does not reproduce it."""

from __future__ import annotations

from tests.conftest import ask_http as ask


def test_a_figure_under_the_named_studys_summaries(real_plans):
    client, failed = real_plans
    assert "nl-nl-pzh-snelstudie-deelfiets-deelscooter-2021" not in failed
    body = ask(client, "Hoeveel ritten werden er in 2019 met de OV-fiets gemaakt, volgens de snelstudie over "
                       "deelfiets en deelscooter in Zuid-Holland?")
    assert not body["abstained"], body["answer"]
    assert "5,2 miljoen ritten" in body["answer"], body["answer"]
