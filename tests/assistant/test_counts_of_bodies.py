""""How many groups from civil society joined?" of a plan that writes "37 civil society
organisations": a count of bodies or people of some kind may be written with another noun
for them (group, organisation, body, actor, …; `COLLECTIVES`, three languages), while a
count of another kind of thing is still no answer. Through the HTTP API."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland plan on business and harbours

## Drafting

In May 2031, the drafting team organised a first consultation which involved 37 civil society organisations,
reached by means of an online survey. A second consultation followed in the autumn.

## Quays

The port authority will repair 12 quays before 2034.
"""

PLAN_FR = """# Plan de la Varlande sur les ports

## Élaboration

En mai 2031, l'équipe de rédaction a organisé une première consultation à laquelle ont participé 23 organismes
de la société civile. Une seconde consultation a suivi en automne.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-business-harbours.md": PLAN, "plan-ports-varlande.md": PLAN_FR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, count", [
    ("How many groups from civil society joined the first round of consultation on the Norland plan?", "37"),
    ("How many civil society bodies joined the first round of consultation on the Norland plan?", "37"),
    ("Combien de groupes de la société civile ont participé à la première consultation en Varlande ?", "23"),
])
def test_a_count_of_bodies_by_another_noun_for_them(client, question, count):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert count in body["answer"], body["answer"]


def test_a_count_of_another_kind_is_no_answer(client):
    body = ask(client, "How many groups from civil society will the port authority repair before 2034?")
    assert "12" not in body["answer"] or body["abstained"], body["answer"]


def test_the_counted_noun_of_bodies_takes_the_other_nouns_for_them():
    counted = analyse("How many groups from civil society joined?").counted
    assert {"group", "organis", "bodi"} <= set(counted), counted
    assert analyse("How many quays were repaired?").counted == ["quay"]
