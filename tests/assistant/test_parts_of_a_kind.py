""""Which of the four opportunities of the Norland harbour study is about chained trips?",
"lequel des trois axes du plan concerne l'érosion ?", "welke van de vier kansen gaat over
ketenvervoer?": the part of that kind (a numbered section under a heading naming the kind, or
a section whose own heading names it) whose text writes what follows "is about"; a word all
parts write tells none apart, and words naming the plan say where to look. No part writing
it: no part is named. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Harbour study of Norland: four opportunities

## Four opportunities

The harbour of Norland can grow in four ways, each set out below.

### 1. Quays close to the town

Homes and shops near the quays shorten the trips of the harbour workers of Norland.

### 2. Ferries first

The ferries of Norland carry more people when they leave every quarter of an hour.

### 3. Seamless changes

Chained trips, where a traveller takes a bike, then a ferry, then a tram, need one ticket and short walks between stops.

### 4. Clean ships

The harbour of Norland asks ships to switch off their engines at the quay and plug into shore power.
"""

PLAN = """# Plan littoral de la Varlande

## Axe 1 : Protéger les côtes

L'érosion côtière menace trois villages ; le plan renforce les digues.

## Axe 2 : Gérer l'eau

Les nappes phréatiques baissent ; le plan limite les forages.

## Axe 3 : Former les habitants

Les écoles de la Varlande enseignent les gestes face aux tempêtes.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-study.md": STUDY, "plan-littoral-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, part, said", [
    ("Which of the four opportunities of the Norland harbour study is about chained trips?", "3. Seamless changes",
     "Chained trips"),
    ("Which of the four opportunities in Norland's harbour study deals with shore power?", "4. Clean ships",
     "shore power"),
    ("Lequel des trois axes du plan littoral de la Varlande concerne l'érosion côtière ?",
     "Axe 1 : Protéger les côtes", "L'érosion côtière"),
])
def test_the_part_that_writes_what_it_is_about(client, question, part, said):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith(part), body["answer"]
    assert said in body["citations"][0]["quote"], body["citations"]


def test_no_part_writes_it(client):
    body = ask(client, "Which of the four opportunities of the Norland harbour study is about fish farming?")
    assert "Seamless changes" not in body["answer"] and "Clean ships" not in body["answer"], body["answer"]
