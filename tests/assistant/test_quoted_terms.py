"""Definitions of terms the plans use many times but define once: a term in quotes, made
of small words ("'not held'"), asked of a report named by its months ("Jan-Mar", which the
report writes in full); a term the plan restates in brackets after what it means ("… (i.e.
the 'no extra burden' principle)"), asked in the plan's language and in another; a
description followed by its name in brackets ("… near shops and stops (ten-minute
district)"); and a glossary line preferred to the sentences that only use the term, for a
question in another language. The sentence that writes the term and says what it is
answers, not the one that shares most words with the question. (The two questions asked in
the plan's own language were answered before too; they stay as controls.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland open data progress report, January to March 2024

## Summary

Departments met most of their open data targets this quarter. The transport department met all of its targets
and the health department met nine of its twelve targets.
Of the 140 targets due by the end of March 2024, 118 were met and 22 were not held in time.

## Method

Each target is rated as held or not held. A rating of 'not held' only indicates that the dataset was not online
at the end of March 2024; it may have been published since then.
Targets that were met in an earlier quarter are not rated again.

## Departments

The finance department met its targets on spending data and on grants.
The education department met its targets on schools but not on colleges.
"""

AGREEMENT = """# Regeerakkoord Havenland 2024-2029

## Economie

De regering wil dat bedrijven in Havenland minder tijd verliezen aan regels. Bij de omzetting van Europese
regels gaan we niet verder dan strikt nodig is (d.w.z. het ‘geen extra last’-principe).
Vergunningen voor havenbedrijven worden binnen zestig dagen afgeleverd.

## Landbouw

Landbouwers krijgen steun voor kringlooplandbouw. Het regeerakkoord past het principe van geen extra last
ook toe op de Europese regels voor landbouw, maar dierenwelzijn kan voorgaan.

## Wonen

Wonen: dicht bij winkels, scholen en haltes van het openbaar vervoer (tienminutenwijk).
Nieuwe wijken krijgen een fietsroute naar het dichtstbijzijnde station.
Het regeerakkoord wil in elke stad een tienminutenwijk als proef, met een budget van twee miljoen euro.

## Mobiliteit

De regering investeert in fietspaden, in sneltrams en in veilige schoolroutes. Gemeenten krijgen geld voor
deelfietsen bij stations.
"""

PNA = """# Plan national d'adaptation de Varlande

## Contexte

Le plan complète la stratégie d'atténuation de Varlande adoptée en 2019. L'atténuation relève du ministère de
l'Énergie, l'adaptation du ministère de l'Environnement.
Les projets d'atténuation des émissions du secteur agricole sont financés par le fonds vert.
Bien que centrés sur l'atténuation, ces documents ont inspiré les mesures d'adaptation du plan.

## Mesures

Le plan prévoit de reboiser 40 000 hectares de mangroves d'ici 2030.

## Glossaire

Adaptation : Ajustement des systèmes naturels ou humains face au climat actuel ou attendu.
Atténuation : Intervention humaine pour réduire à la source les émissions de gaz à effet de serre ou augmenter
leur stockage dans des puits.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-open-data-report-2024-q1.md": REPORT, "regeerakkoord-havenland-2024-2029.md": AGREEMENT,
             "plan-adaptation-varlande.md": PNA}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_quoted_term_of_small_words_in_a_report_named_by_its_months(client):
    body = ask(client, "In the Norland open data report for Jan-Mar 2024, what does 'not held' mean?")
    assert not body["abstained"], body["answer"]
    assert "the dataset was not online" in body["answer"], body["answer"]


def test_a_term_restated_in_brackets(client):
    body = ask(client, "Wat bedoelt het regeerakkoord van Havenland met het 'geen extra last' principe?")
    assert not body["abstained"], body["answer"]
    assert "niet verder dan strikt nodig" in body["answer"], body["answer"]


def test_a_term_restated_in_brackets_asked_in_another_language(client):
    body = ask(client, "What does the Havenland coalition agreement mean by the 'geen extra last' principle?")
    assert not body["abstained"], body["answer"]
    assert "niet verder dan strikt nodig" in body["answer"], body["answer"]


def test_a_description_followed_by_its_name_in_brackets(client):
    body = ask(client, "Wat bedoelt het regeerakkoord met een tienminutenwijk?")
    assert not body["abstained"], body["answer"]
    assert "dicht bij winkels, scholen en haltes" in body["answer"], body["answer"]


def test_a_glossary_line_rather_than_the_sentences_that_use_the_term(client):
    body = ask(client, "Wat verstaat het adaptatieplan van Varlande onder 'atténuation'?")
    assert not body["abstained"], body["answer"]
    assert "réduire à la source" in body["answer"], body["answer"]
