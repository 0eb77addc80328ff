"""Which body made a plan, when the question names the plan and asks which body:

- a sentence deep in the plan that states a making ("… is prepared by the head of the climate
  unit") is said of the plan only when its subject names it (a noun for a plan, or a word
  that names this plan among the others), not when its subject only shares a common word of
  the title ("the climate change sheet");
- "which institution / organisation …?" asks for a body of any kind: the line of the cover
  that names a ministry or a directorate answers it;
- the passive ("par quel ministère … a-t-il été conçu ?") asks as the active does.

Through the HTTP API, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = """# Plan national d'adaptation aux changements climatiques de la Varlande

Ministère de la Mer et du Littoral

Direction générale du Climat

mars 2031

## Résumé

Le littoral de la Varlande recule de deux mètres par an et les digues du nord sont trop basses.

## Mise en œuvre

Chaque ministère intègre le climat dans ses projets. La fiche sur la dimension changement climatique d'un projet est préparée par le responsable de la cellule Climat du ministère concerné.
"""

NORLAND = """# Norland coastal programme 2031

The coastal programme of Norland protects the dunes and the harbours of the west coast.

## Dunes

The Dune Office plants marram grass on the dunes every spring.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-varlande.md": VARLANDE, "norland-coastal-programme.md": NORLAND}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quel ministère a conçu le plan varlandais d'adaptation ?",
    "Quelle institution a conçu le plan varlandais d'adaptation ?",
    "Which organisation prepared the national adaptation plan of Varlande?",
    # the question word after a preposition: the passive asks the same
    "Par quel ministère le plan varlandais d'adaptation a-t-il été conçu ?",
    "By which ministry was the adaptation plan of Varlande drawn up?",
])
def test_the_body_on_the_cover_not_a_sentence_on_something_else(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "Ministère de la Mer et du Littoral", body
    assert "cellule" not in body["answer"], body["answer"]


def test_a_plan_whose_cover_names_no_body_is_not_given_one(client):
    body = ask(client, "Which institution prepared the Norland coastal programme?")
    assert "Dune Office" not in body["answer"] or body["abstained"], body["answer"]
