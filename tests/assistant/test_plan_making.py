""""Who funded the preparation of the plan?", "à qui appartiennent les droits d'auteur du
plan ?": a question whose words, but for those asking how the plan was made, all name the
plan is answered by the plan's own sentence that states it ("Le plan a été élaboré avec le
soutien de …"), or by the short line of its cover or colophon ("© …"); not by the funder of
one of its measures. Asked in another language than the plan's too. A question about a
measure's funder is answered as before."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """Plan d'adaptation de Varlande
Ministère de l'Eau de Varlande
mai 2024
© République de Varlande, 2024
Tous droits réservés.

Le programme 2 sur l'alerte précoce est financé par la Banque mondiale et mis en œuvre par Météo Varlande.
Le programme 3 sur les digues est financé par le budget national et suivi par les communes côtières.
Les communes et la société civile ont été consultées lors de six ateliers régionaux en 2023.
Le plan d'adaptation a été élaboré avec le soutien de l'Agence de coopération de Norland et avec le financement du Fonds vert pour le climat.
Le plan couvre la période 2024-2030 et sera évalué à mi-parcours par le ministère.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.pdf": PLAN.splitlines()}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Qui a financé l'élaboration du plan d'adaptation de Varlande ?",
    "Who funded the preparation of Varlande's adaptation plan?",
])
def test_the_plans_own_sentence_on_its_funding(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Agence de coopération de Norland" in body["answer"], body["answer"]
    assert "Banque mondiale" not in body["answer"], body["answer"]


def test_the_copyright_line(client):
    body = ask(client, "À qui appartiennent les droits d'auteur du plan d'adaptation de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "© République de Varlande, 2024"


def test_a_measures_funder_is_asked_of_the_measure(client):
    body = ask(client, "Qui finance l'alerte précoce de Varlande ?")
    assert "Banque mondiale" in body["answer"], body["answer"]
