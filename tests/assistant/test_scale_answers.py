"""A question for a measure read off a scale ("what satisfaction score …", "what was the
vacancy rate …") asks for a number: a sentence that describes the survey or the rating
without giving one is no answer, and the question abstains."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REVIEW = """# Norland Ferry Service Review 2025

## Passenger survey

The ferry company surveys its passengers every spring with an online questionnaire.
In the 2024 survey, passengers gave the crossing a satisfaction score of 7.9 out of 10.

## Harbour app

The harbour app invites its users to rate each trip with stars at the end of the journey.
The app team reads these ratings every week and fixes the most common complaints first.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ferry-review-2025.md": REVIEW}) as c:
        yield c


def test_a_score_the_plan_gives_is_answered(client):
    body = ask(client, "What satisfaction score did passengers award the Norland ferry crossing in 2024?")
    assert "7.9" in body["answer"] and "7.9" in body["citations"][0]["quote"]


@pytest.mark.parametrize("question", [
    "What rating do users of the Norland harbour app give their trips?",
    "Welk rapportcijfer krijgt de haven-app van Norland van haar gebruikers?",
])
def test_a_score_the_plan_does_not_give_abstains(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]
