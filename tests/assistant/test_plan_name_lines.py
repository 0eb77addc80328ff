"""A line that only names the plan and its maker ("Ministère de la Mer (MDM) : Plan
d'Adaptation des Côtes (PAC) Varlande.") answers no question on what the plan says, in any
language: across languages its meaning is close to any question naming the plan, so the
search ranks it high. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'Adaptation des Côtes de la Varlande

Ministère de la Mer et du Littoral Durable (MMLD) : Plan d'Adaptation des Côtes (PAC) Varlande.

## Digues

Les digues du littoral nord sont rehaussées d'un mètre avant 2034.

## Dunes

Les communes plantent des oyats sur les dunes chaque hiver.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-cotes-varlande.md": PLAN}) as c:
        yield c


def test_the_plan_s_name_is_no_answer(client):
    body = ask(client, "Which law requires a strategic environmental assessment of the Varland coastal "
                       "adaptation plan?")
    assert "MMLD" not in body["answer"], body["answer"]


def test_a_sentence_of_the_plan_still_answers(client):
    body = ask(client, "Que plantent les communes de la Varlande sur les dunes ?")
    assert not body["abstained"], body["answer"]
    assert "oyats" in body["answer"], body["answer"]
