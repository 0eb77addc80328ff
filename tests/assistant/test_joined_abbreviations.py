"""An abbreviation spelled out in a bracket that joins it to another one, of the body it
belongs to ("… Harbour Works, Coastal Defence and Dredging (NTS-HCD) directorate"): asked
what the second stands for, the name before the bracket answers, from the first word whose
initial is its first letter; the first abbreviation is spelled out where the plan spells it
out. In English and in French, through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Kestria coastal defence review 2031

## Coordination

The Norland Transport Service (NTS) runs the ports. Kestria's coastal strategy will have to work with the
Norland Transport Service's Harbour Works, Coastal Defence and Dredging (NTS-HCD) directorate, a new part of
its structure since 2029. The review found that HCD staff had doubled.
"""

RAPPORT = """# Revue de la gestion des côtes de Zembla 2031

## Coordination

La stratégie côtière de Zembla devra s'appuyer sur la Surveillance des Littoraux, Ouvrages et Estuaires
(ANZ-SLOE) de l'agence nationale. Le SLOE publie un bulletin chaque mois.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-coastal-defence-review.md": REPORT, "revue-cotes-zembla.md": RAPPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_second_abbreviation_of_a_joined_pair(client):
    body = ask(client, "What does HCD stand for in Kestria's coastal defence review?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Works, Coastal Defence and Dredging" in body["answer"], body["answer"]
    assert "Transport Service's Harbour" not in body["answer"], body["answer"]


def test_the_first_is_spelled_out_where_it_is(client):
    body = ask(client, "What does NTS stand for?")
    assert "Norland Transport Service" in body["answer"], body["answer"]


def test_in_french(client):
    body = ask(client, "Que signifie le sigle SLOE dans la revue des côtes de Zembla ?")
    assert not body["abstained"], body["answer"]
    assert "Surveillance des Littoraux, Ouvrages et Estuaires" in body["answer"], body["answer"]
