""""How will X be coordinated?" asks how an act is done: the sentence that states the act
("under the overall coordination of …") answers before one that shares more of the
question's other words, and the answer is its paragraph, which goes on to say how (who
reviews the progress, to whom it is reported)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Action Plan 2027-2031

## Context

Norland is committed to accelerate the implementation of the regional harbour agenda with its neighbours.

The implementation of the regional harbour agenda is an integral part of Norland's harbour policy.

In 2026 Norland reported on the implementation of the twelve aims of the regional harbour agenda.

## Implementation and follow-up

This Action Plan will be carried out by the ports and the harbour agencies, under the overall coordination of the Minister for the Sea. To share information, the newly created Harbour Council will discuss the progress made every year. Norland will brief the Regional Harbour Forum and publish updates on its website.

## Funding

The plan is funded from the harbour fund, 12 million euros a year.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-action-plan.md": PLAN}) as c:
        yield c


def test_how_an_act_is_done_is_told_by_the_paragraph_stating_it(client):
    body = ask(client, "How is Norland's harbour action plan to be coordinated, and its progress tracked?")
    for said in ("Minister for the Sea", "Harbour Council", "Regional Harbour Forum"):
        assert said in body["answer"], body["answer"]


@pytest.mark.parametrize("question, how", [
    ("How will the harbour plan be monitored?", True),
    ("Hoe wordt het havenplan opgevolgd?", True),
    ("Comment le plan portuaire sera-t-il évalué ?", True),
    ("How far are the ferries from the quay?", False),  # a distance, not a way
    ("Hoe lang duurt de bouw van de kade?", False),
    ("How many pilots does Norland train?", False),
])
def test_how_a_thing_is_done_is_told_apart_from_how_much(question, how):
    from assistant.question import analyse
    from plans.vocabulary.questions import asks_how

    assert asks_how(question, analyse(question).lang) is how
