"""Definitions given by a glossary: a line "Résilience : Capacité …" among passages that use
the term many times (the search ranks those higher, so the glossary's entries for the term
are read too, as close to the question as the closest passage found); a glossary table whose
row is labelled with the term; and a term that is also the plan's own kind ("wat is een
snelstudie?" asked of a snelstudie), which the answer writes. A term the plan only names as one
item of an enumeration is not defined by it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de Varlande

## Objectifs

Le plan vise à renforcer la résilience des communes côtières face aux tempêtes et aux crues.
Il renforce aussi la résilience des réseaux d'eau potable, la résilience des écoles et la résilience des marchés.
La résilience des ports de pêche fait l'objet d'un programme propre, doté de 12 millions.
Les communes rendent compte chaque année de la résilience de leurs équipements.

## Mesures

Le ministère de l'Environnement de Varlande coordonne la mise en œuvre du plan et réunit les communes deux fois par an.
Les agences de l'eau financent les travaux de protection des captages.

## Glossaire

Adaptation : Démarche d'ajustement au climat actuel ou attendu ainsi qu'à ses conséquences.
Résilience : Capacité d'une communauté à résister, absorber et corriger les effets d'un aléa en temps utile.
Aléa : Événement naturel susceptible de causer des dommages.

| Terme | Définition |
|---|---|
| Exposition | Présence de personnes, de biens ou d'écosystèmes dans des zones qui peuvent être touchées |
| Vulnérabilité | Propension d'un système à subir des dommages |
| Danger | Phénomène, substance ou activité humaine pouvant causer des pertes en vies humaines ou des dommages aux biens : il est décrit par son intensité, sa fréquence et son étendue. Selon le groupe d'experts de Varlande (2019) : Danger côtier : phénomène propre aux côtes basses, tel que la submersion marine, l'érosion du trait de côte ou l'intrusion saline dans les nappes, dont la fréquence et l'intensité augmentent avec la hausse du niveau de la mer et le recul des mangroves qui protégeaient autrefois les villages de pêcheurs et les rizières du littoral. |
"""

STUDY = """# Snelstudie deelvervoer in Havenland

## Samenvatting

Deze snelstudie onderzoekt hoe deelvervoer kan bijdragen aan een bereikbare provincie. Een snelstudie is een kort onderzoek naar één afgebakend thema. De provincie gebruikt de snelstudie als inspiratie.

## Publiek vervoer

Publiek vervoer is de manier om te reizen als je geen eigen vervoer gebruikt. Het gaat niet alleen om trein en bus, maar ook om deelfietsen, belbussen, meerijdiensten en hubs.

## Aanbevelingen

De provincie maakt afspraken met vervoerders over deelfietsen bij stations.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-varlande.md": PLAN, "snelstudie-deelvervoer-havenland.md": STUDY}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_glossary_line_among_passages_that_use_the_term(client):
    body = ask(client, "Qu'est-ce que la résilience selon le plan de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "résister, absorber et corriger" in body["answer"], body["answer"]


def test_a_glossary_table_row_labelled_with_the_term(client):
    body = ask(client, "C'est quoi l'exposition, d'après le glossaire du plan de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "Présence de personnes, de biens" in body["answer"], body["answer"]


def test_a_term_that_is_the_plans_own_kind(client):
    body = ask(client, "Wat is een snelstudie eigenlijk?")
    assert not body["abstained"], body["answer"]
    assert "kort onderzoek naar één afgebakend thema" in body["answer"], body["answer"]


def test_an_item_of_an_enumeration_is_no_definition(client):
    body = ask(client, "Wat zijn belbussen volgens de snelstudie?")
    assert body["abstained"], body["answer"]


def test_a_long_glossary_entry_is_quoted_to_its_first_sentences(client):
    """"Comment le glossaire définit-il X ?" asks what X is; an entry that runs on for a
    paragraph is quoted to its first sentence, not refused for its length."""
    body = ask(client, "Comment le glossaire du plan de Varlande définit-il le danger ?")
    assert not body["abstained"], body["answer"]
    assert "pouvant causer des pertes en vies humaines" in body["answer"], body["answer"]
    assert "rizières" not in body["answer"] and len(body["answer"]) <= 500, body["answer"]
    quote = body["citations"][0]["quote"]
    assert quote.startswith("Phénomène, substance") and quote.endswith("étendue."), quote
