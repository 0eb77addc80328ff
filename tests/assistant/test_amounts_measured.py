"""An amount asked for one thing ("the cost of the measures for the transport sector") is
not answered by an amount for another ("the total cost of the options for all eight
sectors"): the question's own words, but for the plan's title and the words that ask for an
amount, stand for what it measures (generated French plan, HTTP)."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Plan national d'adaptation de la Varlande 2024

## Coût du plan

Le coût total des options d'adaptation pour l'ensemble des huit secteurs de développement est estimé à 4 240
millions US dollars (Tableau 22).

## Santé

Le coût estimatif des mesures d'adaptation du secteur de la santé est de 312 millions US dollars.

## Agriculture

Les semences résistantes à la sécheresse seront distribuées dans les régions du sud.

## Transports

Les routes côtières seront surélevées et les transports publics adaptés aux crues.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_an_amount_for_another_thing_is_no_answer(client):
    body = ask(client, "Quel est le coût estimatif des mesures d'adaptation pour le secteur des transports en Varlande ?")
    assert body["abstained"], body["answer"]


@pytest.mark.parametrize("question, amount", [
    ("Quel est le coût total des options d'adaptation de la Varlande ?", "4 240 millions US dollars"),
    ("Quel est le coût estimatif des mesures d'adaptation pour le secteur de la santé en Varlande ?", "312 millions"),
])
def test_an_amount_for_what_is_asked_answers(client, question, amount):
    body = ask(client, question)
    assert amount in body["answer"], body["answer"]
