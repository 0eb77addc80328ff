"""A list asked for by a request rather than a question word ("kun je mij X even op een rij
zetten?", "peux-tu lister X ?"): the words that only make the request (kun, even, the
phrase "op een rij zetten", lister) are not what the list is about, so the section the question names is listed."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Fietsstudie Havenland 2023

## 1. Inleiding

Deze studie onderzoekt hoe de gemeente Havenland meer inwoners op de fiets krijgt.
De gemeente sprak met fietsersbonden, scholen, werkgevers en de vervoersregio.

## 2. Bevindingen

Het aantal fietsritten naar het station steeg sinds 2019 met een vijfde.
Bij de scholen ontbreken veilige oversteekplaatsen over de ringweg.

## 3. Aanbevelingen

De studie raadt de gemeente het volgende aan:

1. Overdekte fietsenstallingen bouwen bij de drie grootste bushaltes.
2. De oversteekplaatsen over de ringweg voorzien van verkeerslichten.
3. Werkgevers een fietsvergoeding laten aanbieden aan hun personeel.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"fietsstudie-havenland-2023.md": STUDY}) as c:
        yield c


def test_the_request_words_are_not_the_topic():
    q = analyse("Kun je mij de aanbevelingen uit de fietsstudie even op een rij zetten?")
    assert q.expects == "list" and {t.word for t in q.terms} == {"aanbevelingen", "fietsstudie"}


def test_a_request_word_alone_is_a_word_of_the_topic():
    """"zetten" makes the request only in "op een rij zetten": alone it is what is asked about."""
    q = analyse("Hoeveel deelfietsen mag een aanbieder per straat in Havenstad zetten?")
    assert "zetten" in {t.word for t in q.terms}


def test_a_dutch_request_for_a_list_lists_the_section_it_names(client):
    body = ask(client, "Kun je mij de aanbevelingen uit de Havenlandse fietsstudie even op een rij zetten?")
    for item in ("fietsenstallingen", "verkeerslichten", "fietsvergoeding"):
        assert item in body["answer"], body["answer"]
