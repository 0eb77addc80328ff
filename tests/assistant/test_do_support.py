""""Which office does Norland plan to support?" asks for the object of "support": "does" is the
auxiliary before its subject (a name), not a light verb whose object ("Norland plan") the
answer must write, as in "which body does the training of pilots?"."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import _light_act
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland harbour safety plan 2025-2028

## Lines of action

Norland will fund the training of pilots in the port of Zeestad.

Support the work of the Maritime Office on Noise Control in the Baltic ports.

Draw attention to harbour safety when coordinating donors in the region.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-safety-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, act", [
    ("Which maritime office does Norland plan to support?", []),
    ("Which body does the Government ask to report each year?", []),
    ("Which body does the monitoring of line 5?", ["monitoring"]),
    ("Who does the review of the plan?", ["review"]),
])
def test_does_before_a_name_is_an_auxiliary(question, act):
    assert [t.word for t in _light_act(analyse(question))] == act


def test_the_object_asked_is_answered(client):
    body = ask(client, "Which maritime office does Norland plan to support?")
    assert not body["abstained"], body["answer"]
    assert "Maritime Office on Noise Control" in body["answer"], body["answer"]
