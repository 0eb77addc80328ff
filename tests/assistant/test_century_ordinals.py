"""A century asked by its ordinal ("before the 21st century is over") is the one a French plan
writes in Roman numerals ("vers la fin du XXIème siècle"), and "how much could X rise?" asks
for the change: the sentence that gives it answers across languages. A century the plan
does not write is still no answer. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Varlande : plan d'adaptation au climat 2031

## Le climat de demain

Les températures moyennes de la Varlande ont augmenté de 0,8 °C depuis 1960.
L'élévation du niveau moyen de la mer est attendue sur les côtes de la Varlande et pourrait atteindre en moyenne entre 41 cm et 57 cm vers la fin du XXIème siècle.
Les pluies du sud pourraient baisser de 12 % d'ici 2050.

## Les ports

Le port de Varport sera protégé par une nouvelle digue.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande-2031.md": PLAN}) as c:
        yield c


def test_a_century_written_in_roman_numerals_answers_its_ordinal(client):
    body = ask(client, "How much could the average sea level along Varlande's coasts rise before the 21st "
                       "century is over, as Varlande's adaptation plan projects it?")
    assert not body["abstained"], body["answer"]
    assert "41 cm" in body["answer"] and "57 cm" in body["answer"], body["answer"]


def test_a_century_the_plan_does_not_write_is_no_answer(client):
    body = ask(client, "How much could the average sea level along Varlande's coasts rise before the 22nd "
                       "century is over, as Varlande's adaptation plan projects it?")
    assert body["abstained"], body["answer"]
