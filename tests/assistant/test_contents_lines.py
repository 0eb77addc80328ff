"""A line of a table of contents names a chapter and its page: it points to the answer and
is never given as one, whether its title runs into dot leaders or sits under a "Contents"
heading without them."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

LEADERS = [
    "**Lindor quick study on shared bikes and shared scooters", "",
    "**Contents", "",
    "1 Summary ............................................................ 3",
    "2 Shared bikes and shared scooters in Lindor ...................... 5",
    "16 Annex 1: shared bikes and shared scooters in Lindor .............. 16", "",
    "**Summary", "",
    "The province of Lindor asked for a quick study of shared mobility on its territory.", "",
    "**Annex 1", "",
    "Next to the trains, Velocity Republic is the biggest provider, with about 1,600 of them.",
]

NO_LEADERS = [
    "**Lindor coalition agreement 2019-2024", "",
    "**Contents", "",
    "8 Merger of agencies - annex to the coalition agreement 211",
    "9 Education and training 40", "",
    "**Education and training", "",
    "The coalition invests in vocational training for adults in every town.", "",
    "**Annex", "",
    "The training agency is dissolved; the enterprise agency takes over its tasks.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"lindor-shared-bikes-study.pdf": LEADERS, "lindor-coalition-agreement.pdf": NO_LEADERS,
             "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_contents_line_with_leaders_is_no_answer(client):
    body = ask(client, "According to the annex of the Lindor study on shared bikes and shared scooters, which "
                       "provider is the biggest after the rail company?")
    assert "...." not in body["answer"], body["answer"]
    assert "Velocity Republic" in body["answer"], body["answer"]


def test_a_line_under_a_contents_heading_is_no_answer(client):
    body = ask(client, "What happens to the training agency according to the annex on the merger of agencies "
                       "of the Lindor coalition agreement?")
    assert "211" not in body["answer"], body["answer"]
    assert "dissolved" in body["answer"], body["answer"]
