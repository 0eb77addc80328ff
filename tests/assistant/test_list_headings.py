"""A list asked for by the heading that holds it, in a plan written here (French): its items
are the sub-headings of the kind asked for ("Axe stratégique 1 …"), not a sub-heading that
repeats the heading ("2.1 Les axes stratégiques") or one of another kind ("Principes …");
and a label made only of the words that name the plan ("Le PNAV :") is not the list asked
for, however well the question names the plan (it ends a sentence wrapped over lines).
In Dutch: the numbered sub-headings ("1. …" to "3. …") are the list, not an unnumbered
one after them ("Hoofdboodschap"), and "kansen" names the list even though it is also a word
that asks for an assessment (strengths and opportunities)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de la Varlande (PNAV)

## 1. Introduction

Le PNAV prépare la Varlande aux crues, aux sécheresses et à la montée des eaux des vallées.

## 2. La stratégie d'adaptation

### Axes stratégiques

#### 2.1 Les axes stratégiques

La stratégie d'adaptation de la Varlande est déclinée en trois axes stratégiques.

#### Axe stratégique 1 : Connaître les crues des vallées

Les services hydrologiques mesurent les débits des rivières et publient des cartes des zones inondables.

#### Axe stratégique 2 : Informer la population des risques

Les communes organisent chaque année des exercices d'alerte avec les habitants.

#### Axe stratégique 3 : Protéger les vallées habitées

Des digues et des bassins de rétention protègent les villages des vallées.

#### Principes directeurs de la stratégie

La stratégie suit les principes de précaution et de subsidiarité.

## 3. Priorisation des options

Les options d'adaptation ont été classées selon des critères définis avec les acteurs de chaque secteur.

Critère 1
Contribution à la stratégie nationale (3 : élevée ; 2 : moyenne ; 1 : faible)

Critère 2
Urgence de l'intervention (3 : urgente ; 2 : moyennement urgente ; 1 : pas urgente)

Critère 3
Coût de la mise en œuvre (3 : élevé ; 2 : moyen ; 1 : faible)

## 4. Mise en œuvre

Cette section présente une organisation des actions à prendre pour mettre en œuvre la stratégie
d'adaptation du
PNAV :

- court terme
- moyen terme
- long terme
"""

OTHER = """# Rapport annuel du port de Westhaven

## Activités

Le port a accueilli deux mille navires et modernisé ses quais.
"""


CHANCES = """# Drie kansen voor mobiliteit in Westerland

## Drie kansen

We beschrijven drie uitdagingen met daarbij oplossingen en voorbeelden uit de provincie.

### 1. Bereikbaarheid door nabijheid

Wonen en werken dicht bij voorzieningen maakt veel bestemmingen bereikbaar zonder auto.

### 2. Voorrang voor lopen en fietsen

Brede fietspaden en veilige oversteekplaatsen maken korte ritten aantrekkelijk.

### 3. Ruim baan voor de streekbus

Vrije busbanen maken de streekbus sneller dan de auto in de spits.

### Hoofdboodschap

Mobiliteit begint met ruimtelijke ordening.
"""

BIKES = """# Snelstudie deelfietsen in Westerland

## Kansen voor deelfietsen

Deelfietsen bieden kansen voor forenzen die het laatste stuk van hun reis fietsen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"pnav-varlande.md": PLAN, "port-westhaven.md": OTHER, "drie-kansen-mobiliteit.md": CHANCES,
             "snelstudie-deelfietsen.md": BIKES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_sub_headings_of_the_kind_asked_for(client):
    body = ask(client, "Quels sont les axes stratégiques de la stratégie d'adaptation du PNAV ?")
    assert not body["abstained"], body["answer"]
    for axis in ("Connaître les crues", "Informer la population", "Protéger les vallées"):
        assert axis in body["answer"], body["answer"]
    assert "court terme" not in body["answer"], body["answer"]
    assert "Principes" not in body["answer"], body["answer"]
    assert "2.1 Les axes" not in body["answer"], body["answer"]
    assert len(body["citations"]) == 3, body["answer"]


def test_the_numbered_sub_headings_and_an_assessment_word_that_names_the_list(client):
    body = ask(client, "Welke drie kansen beschrijft de studie 'Drie kansen voor mobiliteit'?")
    assert not body["abstained"], body["answer"]
    for chance in ("Bereikbaarheid door nabijheid", "Voorrang voor lopen en fietsen", "Ruim baan voor de streekbus"):
        assert chance in body["answer"], body["answer"]
    assert "Hoofdboodschap" not in body["answer"], body["answer"]


def test_a_plural_question_word_asks_for_the_list(client):
    body = ask(client, "Quels critères ont servi à classer les options d'adaptation du PNAV ?")
    assert not body["abstained"], body["answer"]
    for criterion in ("Contribution à la stratégie nationale", "Urgence de l'intervention", "Coût de la mise en œuvre"):
        assert criterion in body["answer"], body["answer"]
