""""Quel ministère porte le plan de Varlande ?": a question whose words, but for the kind of
body asked and its verb, all name the plan asks about the plan itself; the line of the plan's
cover that opens with a body of that kind answers it, quoted. A question about a measure of
the plan is not about the plan itself: the passages answer it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

COVER = """Plan d'adaptation de Varlande
Ministère de l'Eau et des Forêts de Varlande
Direction du Climat
mai 2024

Le plan d'adaptation de Varlande décrit les mesures prises face aux tempêtes et aux crues.
Le ministère des Travaux publics finance les digues côtières de Varlande.
Les communes entretiennent les bassins de rétention et rendent compte chaque année.
Le plan couvre la période 2024-2030 et sera évalué à mi-parcours.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.pdf": COVER.splitlines()}) as c:
        yield c


def test_the_body_on_the_cover_carries_the_plan(client):
    body = ask(client, "Quel ministère porte le plan d'adaptation de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "Ministère de l'Eau et des Forêts de Varlande" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "Ministère de l'Eau et des Forêts de Varlande"
    assert body["citations"][0]["page"] == 1


def test_a_question_on_a_measure_is_answered_by_the_passages(client):
    body = ask(client, "Quel ministère finance les digues côtières de Varlande ?")
    assert "Travaux publics" in body["answer"], body["answer"]
