"""A question in one language names a plan of another by words that begin like its title's
("het Valdoriaanse adaptatieprogramma" for the "Valdoria Adaptation Programme"). Those words
say where to look: the meaning of "which measure is about X?" is X, so a sentence that only
describes the programme does not answer a measure the plan does not have."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

PLAN = """<html lang="en"><body><h1>National adaptation programme of Valdoria and the list of measures 2021-2025</h1>
<h2>Introduction</h2>
<p>The Programme represents the first stage in Valdoria's national adaptation planning process, while
facilitating the integration of adaptation options into sectoral and regional development plans. The
Programme serves as a roadmap for the mainstreaming of adaptation in the regional administrations.</p>
<h2>List of measures</h2>
<table>
<tr><th>No</th><th>Measure</th><th>Performer</th><th>Due date</th></tr>
<tr><td>1.1</td><td>Mapping of the forest fire risk in the mountain regions</td><td>Ministry of Environment</td>
<td>2023</td></tr>
<tr><td>1.2</td><td>Development of flood maps for the three river basins</td><td>Water Committee</td><td>2024</td></tr>
<tr><td>1.3</td><td>Training of farmers in drought-resistant crops</td><td>Ministry of Agriculture</td><td>2022</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"valdoria-adaptation-programme.html": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_measure_the_plan_lacks_is_not_answered_by_its_description(client):
    body = ask(client, "Welke maatregel van het Valdoriaanse adaptatieprogramma gaat over de bouw van een kerncentrale?")
    assert body["abstained"], body["answer"]


def test_a_measure_the_plan_has_is_found(client):
    body = ask(client, "Welke maatregel van het Valdoriaanse adaptatieprogramma gaat over overstromingskaarten?")
    assert "1.2" in body["answer"], body["answer"]
