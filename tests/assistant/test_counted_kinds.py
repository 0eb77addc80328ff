"""A list asked by its kind and its number, whatever else the question says: "welke vier kansen
beschrijft de gemeente … in haar nota?" names the heading "Vier kansen" by the kind asked and
the count, though most of its words say who wrote the note and where; the sub-headings under it
answer, each quoted. A count that does not match the items names no list."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NOTA = """# Havens van morgen

De gemeente Westerland legt in deze nota uit hoe de havens de komende tien jaar kunnen groeien.

## Vier kansen

De nota beschrijft vier kansen voor de havens van Westerland.

### 1. Walstroom voor alle ligplaatsen

Schepen aan de kade draaien nu hun motoren. Walstroom maakt dat overbodig.

### 2. Vrachtfietsen voor de laatste kilometer

Pakketten gaan van het schip per vrachtfiets naar de binnenstad.

### 3. Een veerpont naar het eiland

Een elektrische pont verbindt de haven met het eiland in tien minuten.

### 4. Open data over de aanlooptijden

De haven publiceert elk kwartier de verwachte aanlooptijden.

## Voorwaarden

Alle kansen vragen om een vaste afspraak met de provincie over het beheer van de kades.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"westerland-havens-van-morgen.md": NOTA}) as c:
        yield c


def test_the_kind_and_the_count_name_the_list(client):
    body = ask(client, "Welke vier kansen beschrijft de gemeente Westerland in haar nota over de havens?")
    assert not body["abstained"], body["answer"]
    for item in ("Walstroom voor alle ligplaatsen", "Vrachtfietsen voor de laatste kilometer",
                 "Een veerpont naar het eiland", "Open data over de aanlooptijden"):
        assert item in body["answer"], body["answer"]


def test_another_count_is_no_list_of_them(client):
    body = ask(client, "Welke zes kansen beschrijft de gemeente Westerland in haar nota over de havens?")
    assert not all(item in body["answer"] for item in ("Walstroom", "Vrachtfietsen", "veerpont", "aanlooptijden")), \
        body["answer"]
