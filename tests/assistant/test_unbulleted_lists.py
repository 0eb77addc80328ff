"""A list written as short lines one under another, without bullets ("Ministry of
Transport" / "Coast Guard" / ...), after a sentence that introduces it: "who are the
members …?" is answered with the sentence and its items, and the items are the plan's
text (not headings, and not the plan's byline)."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask
from tests.ingest.test_chunking import STACKED

MEMBERS = ("Ministry of Transport", "Ministry of Defence", "Coast Guard", "Office of the Harbour Commissioner",
           "National Statistics Institute")


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbour-safety.md": STACKED, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_members_a_sentence_introduces_are_the_answer(client):
    body = ask(client, "Who are the members of the steering group?")
    assert not body["abstained"], body["answer"]
    assert all(m in body["answer"] for m in MEMBERS), body["answer"]
    quote = " ".join(c["quote"] for c in body["citations"])
    assert "following members" in quote and "Coast Guard" in quote


def test_the_items_are_given_apart_and_end_before_the_next_paragraph(client):
    """Lines joined as they stand read as one run-on name ("Ministry of Transport Ministry of
    Defence …"), and the last item ran on into the paragraph after the list."""
    answer = ask(client, "Who are the members of the steering group?")["answer"]
    assert "; ".join(MEMBERS) in answer, answer
    assert "Institute The group" not in answer, answer


def test_a_role_the_plan_gives_nobody_is_not_answered_from_the_list(client):
    body = ask(client, "Who is the chair of the steering group?")
    assert body["abstained"], body["answer"]


def test_an_item_of_the_list_is_not_the_plans_author(client):
    plan = client.get("/v1/documents/harbour-safety.md").json()
    assert plan["title"] == "Action Plan on Harbour Safety" and plan["author"] is None, plan
