"""A plan named by its title translated: "the 'three routes for logistics' study" is the Dutch
plan "Drie routes voor logistiek" (as many words, a number by its value, words whose stems
begin alike, small words against small words). A quoted title names the question's source:
another plan's sentence ("Deze snelstudie wordt in juni 2027 geactualiseerd.") is no answer,
however well its words fit."""

from __future__ import annotations

import pytest

from assistant.answering.base import quoted_titles
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

ROUTES = """# Drie routes voor logistiek

## Inleiding

De provincie Varland zoekt naar manieren om vrachtverkeer slimmer te organiseren. In maart 2028 verschijnt een nieuwe versie van deze studie.

## Route 1: binnenvaart

Meer containers gaan over het water naar de havens van Varland.
"""

BIKES = """# Deelfietsen in Varland

## Inleiding

De provincie Varland onderzoekt hoe deelfietsen en deelscooters het openbaar vervoer aanvullen. Deze snelstudie wordt in juni 2027 geactualiseerd.

## Aanbieders

In Havenstad verhuren drie aanbieders deelfietsen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"drie-routes-voor-logistiek.md": ROUTES, "deelfietsen-in-varland.md": BIKES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, named", [
    ("What does the 'three routes for logistics' study say about barges?", {"drie-routes-voor-logistiek.md"}),
    ("Que dit l'étude « trois routes pour la logistique » des péniches ?", set()),  # not word for word
    ("What does the 'shared scooters in Varland' study say?", set()),  # one word of three alike
])
def test_a_title_translated_word_for_word_names_its_plan(client, question, named):
    snapshot = client.app.state.service.index.snapshot
    assert quoted_titles(question, snapshot) == named


def test_the_plan_a_translated_title_names_is_the_source(client):
    body = ask(client, "When is the 'three routes for logistics' study scheduled to be revised?")
    assert not body["abstained"], body["answer"]
    assert "maart 2028" in body["answer"], body["answer"]
    assert "2027" not in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "drie-routes-voor-logistiek.md", body["citations"]
