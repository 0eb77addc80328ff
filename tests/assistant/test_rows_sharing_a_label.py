""""Welke aanbieders van deelscooters …?" of a table whose first column says what each
provider offers: the rows whose first cell is the one the question writes (several rows hold
it, not all), each with its cell under the column the question asks for, also when the
question writes that column's header in the plural."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Snelstudie deelvervoer in Havenland

## Bijlage 1: deelfietsen en deelscooters in Havenland

| wat | aanbieder | waar | aantal |
|---|---|---|---|
| deelfietsen | Kadefiets | Havenstad en Vell | 1.200 |
| deelfietsen | Duinrijder | Noordkaap | 300 |
| deelscooters, elektrisch | Zoefer | Havenstad | 900 |
| deelfietsen | Polderwiel | Havenstad | 80 |
| deelscooters, vaak elektrisch | Stipt | Vell en Noordkaap | 400 |
| deelbakfietsen | Kratje | Havenstad | 25 |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"snelstudie-deelvervoer-havenland.md": STUDY}) as c:
        yield c


def test_the_providers_of_one_kind(client):
    body = ask(client, "Welke aanbieders van deelscooters rijden er volgens bijlage 1 in Havenland?")
    answer = body["answer"]
    assert "Zoefer" in answer and "Stipt" in answer, answer
    assert not any(name in answer for name in ("Kadefiets", "Duinrijder", "Polderwiel", "Kratje")), answer


def test_one_row_named_by_its_place_still_answers_alone(client):
    body = ask(client, "Welke aanbieder is actief in Noordkaap en Vell?")
    assert "Stipt" in body["answer"], body["answer"]
    assert "Zoefer" not in body["answer"], body["answer"]
