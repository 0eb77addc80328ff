"""A question asks for a count when the count is what it asks ("how many", "what is the number
of", "hoeveel", "combien"), not when it writes "the number of" in what it asks about ("what
causes the rising number of …?"): that question asks for the causes."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Ferry Safety Plan

## Accidents

The number of ferry accidents in Norland rose again in 2030. This rise has several causes: more
passengers in summer, older boats and fewer inspectors in the ports.

## Inspections

The plan adds twelve inspectors by 2032.
"""


@pytest.mark.parametrize("question, kind", [
    ("What causes does the plan give for the rising number of ferry accidents?", "list"),
    ("Welke oorzaken geeft het plan voor het stijgende aantal ongevallen?", "list"),
    ("Quelles causes le plan donne-t-il à la hausse du nombre d'accidents ?", "list"),
    ("How many inspectors will be added?", "number"),
    ("What is the number of inspectors added?", "number"),
    ("Number of inspectors added by 2032?", "number"),
    ("Wat is het aantal inspecteurs?", "number"),
    ("Hoeveel inspecteurs komen erbij?", "number"),
    ("Quel est le nombre d'inspecteurs ?", "number"),
    ("Combien d'inspecteurs seront recrutés ?", "number"),
])
def test_what_is_asked(question, kind):
    assert analyse(question).expects == kind


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ferry-safety-plan.md": PLAN}) as c:
        yield c


def test_the_causes_of_a_rising_number(client):
    body = ask(client, "What causes does the plan give for the rising number of ferry accidents?")
    assert not body["abstained"], body["answer"]
    assert "older boats" in body["answer"], body["answer"]
