"""A piece of text that neither begins nor ends as a sentence does (the middle of a line of
a table whose columns were read as one text: "décret portant création … ainsi") is no
answer, even when it writes the question's words; a sentence is."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan des ports de Varlande

## Gouvernance

Le comité de pilotage se réunit deux fois par an sous la présidence du ministre des Ports.

## Annexe 3

décret portant création du comité des quais et des conditions de sa gestion ainsi

## Financement

Le fonds des ports finance les travaux de dragage à hauteur de 4 millions par an.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-ports-varlande.md": PLAN}) as c:
        yield c


def test_a_fragment_is_no_answer(client):
    body = ask(client, "Quel décret porte création du comité des quais ?")
    assert body["abstained"], body["answer"]


def test_a_sentence_still_answers(client):
    body = ask(client, "Qui préside le comité de pilotage des ports ?")
    assert not body["abstained"], body["answer"]
    assert "ministre des Ports" in body["answer"], body["answer"]
