""""Quel ministère porte le plan de Varlande ?": a question whose words, but for the kind of
body asked and its verb, all name the plan asks about the plan itself; the line of the plan's
cover that opens with a body of that kind answers it, quoted. A question about a measure of
the plan is not about the plan itself: the passages answer it. "Which ministry and directorate
…?" asks for a body of each kind: the cover line of each. A question that ends with a
question word alone ("…, and when?", "…, et quand ?", "…, en wanneer?") asks that word of
what the first part asks about: the body, and the month the cover gives."""

from __future__ import annotations

import pytest

from assistant.decompose import split_question
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


@pytest.mark.parametrize("question, second", [
    ("Which ministry issued Varland's adaptation plan, and when?", "When issued Varland's adaptation plan?"),
    ("Quel ministère a édité le plan d'adaptation de Varlande, et quand ?", "Quand a édité le plan d'adaptation de Varlande?"),
    ("Wie heeft het aanpassingsplan van Varland uitgegeven, en wanneer?", "Wanneer heeft het aanpassingsplan van Varland uitgegeven?"),
])
def test_the_bare_question_word_is_asked_of_the_first_part(question, second):
    parts, _ = split_question(question)
    assert parts[1] == second, parts


def test_the_body_and_the_month(client):
    body = ask(client, "Quel ministère a édité le plan d'adaptation de Varlande, et quand ?")
    assert not body["abstained"], body["answer"]
    assert "Ministère de l'Eau et des Forêts de Varlande" in body["answer"], body["answer"]
    assert "mai 2024" in body["answer"], body["answer"]
    assert {c["quote"] for c in body["citations"]} >= {"Ministère de l'Eau et des Forêts de Varlande", "mai 2024"}


def test_a_body_of_each_kind(client):
    body = ask(client, "Which ministry and directorate carry Varland's adaptation plan?")
    assert not body["abstained"], body["answer"]
    assert "Ministère de l'Eau et des Forêts de Varlande" in body["answer"], body["answer"]
    assert "Direction du Climat" in body["answer"], body["answer"]
    assert {c["quote"] for c in body["citations"]} >= {"Ministère de l'Eau et des Forêts de Varlande", "Direction du Climat"}
