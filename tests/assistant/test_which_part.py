""""Onder welke kans van de studie valt X?", "which recommendation of the study is about X?":
one part of a kind asked for by the kind alone, in the singular (a unit word of ids or a noun
plans name their parts by). The parts are the numbered items under a heading naming the kind
("Recommendations" > "2. …"), else the sections of the kind; the one whose text writes what
the question says answers, with its number. A word of the question no part writes counts
against every part; a plural asks for a list, and a noun that names no part ("which
service …?") asks for none. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDIE = """# Havenstudie Havenland: vier kansen

## Vier kansen

De haven van Havenland kan op vier manieren groeien.

### 1. Kades dicht bij de stad

Woningen en winkels bij de kades verkorten de ritten van de havenarbeiders.

### 2. Veerboten eerst

De veerboten varen elk kwartier en nemen fietsen gratis mee.

### 3. Naadloos overstappen

Ketenreizen, waarbij een reiziger eerst fietst, dan overvaart en daarna de tram neemt, vragen om één kaartje.

### 4. Schone schepen

Schepen zetten aan de kade hun motoren uit en gebruiken walstroom.
"""

STUDY = """# Westerland cycling study

## 5. Conclusions and recommendations

### 5.1 Conclusions

Shared bicycles are used most near railway stations of Westerland, and least in its villages.

### 5.2 Recommendations

The study recommends that the province of Westerland:

1. Sets one permit for every shared bicycle provider in the province.

2. Joins the national dashboard of shared bicycle trips and asks providers to feed it their data.

3. Builds parking hubs for shared bicycles at the twelve largest railway stations.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"havenstudie-havenland.md": STUDIE, "westerland-cycling-study.md": STUDY}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, part, said", [
    ("Onder welke kans van de havenstudie van Havenland valt ketenreizen?", "3. Naadloos overstappen", "Ketenreizen"),
    ("In welke kans van de havenstudie van Havenland staat dat schepen walstroom gebruiken?", "4. Schone schepen",
     "walstroom"),
    ("Under which recommendation of the Westerland cycling study does the national dashboard fall?", "2. Joins",
     "dashboard"),
    ("Quelle recommandation de l'étude cyclable de Westerland porte sur les parking hubs?", "3. Builds", "hubs"),
])
def test_the_part_of_the_kind_that_writes_it(client, question, part, said):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith(part), body["answer"]
    assert said in body["citations"][0]["quote"], body["citations"]


def test_a_word_no_part_writes_counts_against_them_all(client):
    # "veerboten" is one part's, "kerncentrales" none's: half the topic is no part's answer
    body = ask(client, "Welke kans van de havenstudie van Havenland gaat over veerboten voor kerncentrales?")
    assert not body["answer"].startswith("2. Veerboten eerst"), body["answer"]


@pytest.mark.parametrize("question", [
    "Which recommendations of the Westerland cycling study are about railway stations?",  # a list
    "Which service of Westerland gives a permit to shared bicycle providers?",  # no part's noun
])
def test_not_one_part_of_a_kind(client, question):
    assert ask(client, question).get("mode") != "part"
