"""A plan named by the adjective of its country ("le plan varlandais", "the Varlandian plan"):
a word beginning like a name of the plan's cover that names the plan."""

from __future__ import annotations

import pytest

from assistant.answering.base import named_documents
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = """# Plan national d'adaptation de la Varlande

République de Varlande

## Pêche

La Varlande installera des récifs artificiels devant ses trois ports de pêche d'ici 2027.

## Mise en œuvre

Le ministère de l'Environnement de la Varlande suit la mise en œuvre du plan. La Varlande rend compte chaque année.
"""

NORLAND = """# Plan national d'adaptation du Norland

République du Norland

## Pêche

Le Norland aidera les pêcheurs à adapter leurs bateaux et leurs filets de pêche aux nouvelles espèces d'ici 2030.

## Mise en œuvre

Le Norland confie le suivi du plan à son agence de l'eau. Le Norland rend compte tous les deux ans.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande.md": VARLANDE, "pna-norland.md": NORLAND}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Que prévoit le plan varlandais pour les pêcheurs et leurs filets ?",
    "What does the Varlandian plan do for fishermen and their nets?",
])
def test_the_country_s_adjective_names_its_plan(client, question):
    snapshot = client.app.state.service.index.snapshot
    assert named_documents(analyse(question), snapshot) == {"pna-varlande.md"}
    body = ask(client, question)
    assert {c["document"] for c in body["citations"]} <= {"pna-varlande.md"}, body["answer"]
