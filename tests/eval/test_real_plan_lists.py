"""Lists over the real plans: items a sentence counts ("… a set of five challenges as listed
below.") under a heading of their own, with an item whose bold lead-in the PDF sets over most
of its line; a count the question states read against the sentence that names as many items
inline; and a heading named only by the words of the plan's title, which is not the list asked
for. Over the real plans because the layout (bold lead-ins, headings between a sentence and
its items) and the rival lists are theirs."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask

OGP = "gb-en-ogp-national-action-plan-2013-2015"


def test_the_items_a_sentence_counts_under_their_own_heading(real_plans):
    client, failed = real_plans
    assert OGP not in failed
    body = ask(client, "Which are the five grand challenges that OGP commitments have to relate to, in the UK's "
                       "2013-2015 action plan?")
    for item in ("Improving public services", "Increasing public integrity", "managing public resources",
                 "Creating safer communities", "Increasing corporate accountability"):
        assert item in body["answer"], body["answer"]


def test_a_heading_named_by_the_plan_title_alone_is_not_the_list(real_plans):
    client, failed = real_plans
    assert OGP not in failed
    body = ask(client, "Which five themes is the 2013-15 UK plan for the Open Government Partnership built "
                       "around?")
    for theme in ("open data", "government integrity", "fiscal transparency"):
        assert theme in body["answer"], body["answer"]
    assert "Improving public services" not in body["answer"], body["answer"]


@pytest.mark.parametrize("sector", ["water", "agriculture", "energy", "settlements", "health", "tourism"])
def test_the_sentence_naming_as_many_items_as_the_question_counts(real_plans, sector):
    client, failed = real_plans
    assert "am-en-adaptation-programme-measures-2021-2025" not in failed
    body = ask(client, "Which six priority sectors does the Armenian adaptation programme (2021-2025) name "
                       "for its sector measures?")
    assert sector in body["answer"], body["answer"]


def test_a_label_of_the_plan_title_s_words_is_not_the_list(real_plans):
    """Which body worked on the plan: not the sections under the plan's title, nor a list
    whose lead-in is only words of the title ("The UK government will:")."""
    client, failed = real_plans
    assert OGP not in failed
    body = ask(client, "Which network of organisations did the UK government work with on its 2013-2015 Open "
                       "Government Partnership plan?")
    assert "Civil Society Network" in body["answer"], body["answer"]
    assert "[2]" not in body["answer"], body["answer"]
