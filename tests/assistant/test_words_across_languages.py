"""Across languages, words and figures written alike settle what meaning alone leaves open.

A French table cell ("hausse des tarifs nets de l'électricité de 35 % en 2080") and a sentence
on temperatures by 2080 are about as close to an English question on electricity tariffs by
meaning; the cell writes clearly more of the question's words ("net", "electricity",
"tariffs"), so it answers: where it leads by little, and where it trails by little (before,
the first was declined and the second answered with the temperatures). A number in thousands
is the same number however the question's language groups it ("12 000" asked of a plan's
"12.000")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

OSTRAVIE = """# Programme national d'adaptation de l'Ostravie

## Le climat futur

Les températures moyennes de l'Ostravie augmenteront de 2 °C d'ici 2080, et les pluies baisseront au nord.

Les pluies du nord diminueront de 15 % d'ici 2080, surtout en saison sèche.

## Vulnérabilité de l'énergie

| Aléa | Impacts |
|---|---|
| Sécheresse | Baisse de la production des barrages ; hausse des tarifs nets de l'électricité de 35 % en 2080 |
| Inondations | Destruction des lignes et des postes |
| Vents chauds | Surchauffe des transformateurs |
"""

VARLAND = """# Regeerakkoord van Varland 2024-2029

## Natuur

De komende vijf jaar brengen we 20.000 bijkomende hectare natuur onder effectief natuurbeheer. Uiterlijk tegen 2032 leggen we 12.000 hectare bijkomend bos aan. Het initiatief leggen we mede bij lokale besturen.

## Klimaat

We planten tegen 2027 een miljoen extra bomen in de steden van Varland, samen met de scholen.
"""

HARBOUR = """# Norland harbour plan

## Works

The Port Agency rebuilds the quays of Zeestad by 2031 and dredges the channel every two years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-ostravie.md": OSTRAVIE, "regeerakkoord-varland.md": VARLAND, "norland-harbour.md": HARBOUR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "How much could net electricity tariffs change by 2080 in Ostravia?",
    "What change in net electricity tariffs does Ostravia's adaptation plan expect by 2080?",
])
def test_the_cell_that_shares_the_questions_words_wins_a_tie_by_meaning(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "35 %" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "plan-ostravie.md", body["citations"]


def test_a_number_in_thousands_grouped_another_way(client):
    body = ask(client, "Tegen wanneer wil Varland 12 000 hectare extra bos aanleggen?")
    assert not body["abstained"], body["answer"]
    assert "2032" in body["answer"], body["answer"]
