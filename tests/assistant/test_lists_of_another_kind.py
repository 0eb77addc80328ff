"""A list that nothing around it says is of the kind asked is not the list asked for: "quelles
instances comprend le suivi ?" of a plan whose heading "Suivi et évaluation du
plan" runs over a list of indicators is answered by the sentence that names the bodies, not by
the indicators under the heading the question echoes. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Plan d'adaptation côtière de la Zembla 2031-2035

## Dispositif institutionnel

Le dispositif de suivi et d'évaluation du plan comprendra les instances suivantes : (i) le comité de pilotage
du littoral, (ii) les revues portuaires et (iii) les revues communales.

## Suivi et évaluation du plan

Les indicateurs du suivi et de l'évaluation du plan sont :

- nombre de digues réhabilitées ;
- surface de dunes replantées ;
- nombre de communes dotées d'un plan d'alerte.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-cotiere-zembla.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_list_of_the_kind_asked(client):
    body = ask(client, "Quelles instances comprend le suivi et l'évaluation du plan de la Zembla ?")
    assert not body["abstained"], body["answer"]
    assert "comité de pilotage" in body["answer"], body["answer"]
    assert "digues réhabilitées" not in body["answer"], body["answer"]


def test_the_list_named_by_its_kind_still_answers(client):
    body = ask(client, "Quels indicateurs de suivi le plan côtier de la Zembla retient-il ?")
    assert "digues réhabilitées" in body["answer"], body["answer"]
