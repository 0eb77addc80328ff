""""Quelle superficie est irriguée en Varlande d'après le plan ?": "d'après" says where to look,
as "selon" and "according to" do, and is no topic word: a sentence that opens with "Après …"
and gives an area of something else does not answer. Through the HTTP API over a plan
written here."""

from __future__ import annotations

import pytest

from plans.index.lexical import tokenize
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Varlande 2031

## Biodiversité

Après les pluies de 2030, la Varlande compte 40 aires protégées réparties sur 7 000 ha, soit 12 % du territoire.

## Agriculture

Les agriculteurs de la Varlande cultivent surtout le riz et le manioc sur de petites parcelles.

## Eau

Les villes de la Varlande puisent leur eau dans trois fleuves et deux lacs.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quelle superficie est irriguée en Varlande d'après le plan ?",
    "Quelle superficie est irriguée en Varlande selon le plan ?",
])
def test_an_area_of_something_else_is_no_answer(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]


def test_the_area_asked_of_is_answered(client):
    body = ask(client, "D'après le plan, combien d'aires protégées compte la Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "40 aires protégées" in body["answer"], body["answer"]


def test_apres_is_no_term():
    assert tokenize("d'après le plan", "fr") == ["plan"]
