"""Who made the plan, when no "prepared by" line states it: a sentence the search finds that
says the making done, in either voice ("le gouvernement a élaboré … le plan", "the programme
was developed jointly by …"), and names the plan answers it. A sentence where the making verb
is said of another document ("the annual report is drawn up in consultation with …"), or only
called for ("all states should draw up a plan"), is no answer: asked for a body, the answer
says the plans do not tell. Through the HTTP API, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = """# Plan varlandais d'adaptation 2031

## Contexte

Les côtes de la Varlande reculent de deux mètres par an depuis 2010.

Le gouvernement de la Varlande a élaboré, avec les communes côtières, son premier plan d'adaptation.

## Mesures

Les digues du nord seront rehaussées d'ici 2030.
"""

HAVENLAND = """# Havenland harbour plan 2031

## Background

In 2027 the regional assembly called on every port town to draw up a plan for its harbour.

## Reporting

The annual report on the harbours is drawn up in consultation with the Havenland pilots' guild.

## Quays

The quays of the old harbour are raised by half a metre before 2031.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-varlande.md": VARLANDE, "havenland-harbour-plan.md": HAVENLAND}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Par qui le plan varlandais d'adaptation a-t-il été élaboré ?",
    "Who prepared the Varlande adaptation plan?",
])
def test_the_plan_s_making_in_the_active_voice(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"].startswith("Le gouvernement de la Varlande a élaboré"), body["answer"]


@pytest.mark.parametrize("question", [
    "Who drew up the Havenland harbour plan?",
    "Door wie is het havenplan van Havenland opgesteld?",
])
def test_a_making_said_of_something_else_is_no_answer(client, question):
    body = ask(client, question)
    assert "pilots" not in body["answer"] and "assembly called" not in body["answer"], body["answer"]
    assert body["abstained"], body["answer"]
