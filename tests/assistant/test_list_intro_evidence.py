"""A sentence that introduces a list ("… fera l'objet des activités suivantes :") is what a
list question asks for only when it is about what is asked: a lead-in that shares one word
with a question on something the plan never speaks of is no answer (it abstains), while
the question about what the list is about is answered by it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation des lacs de Varlande

## Pêche et aquaculture

La promotion de l'aquaculture et la valorisation des autres ressources lacustres feront l'objet des activités suivantes :

- un zonage des sites aquacoles loin des rives inondables ;
- un réseau de veille sanitaire pour les élevages de tilapias ;
- des formations pour les coopératives de pêcheurs.

## Eau potable

Les communes riveraines protègent leurs captages contre les crues et contrôlent la qualité de l'eau chaque mois.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-lacs-varlande.md": PLAN}) as c:
        yield c


def test_a_lead_in_sharing_one_word_with_an_absent_topic_is_no_answer(client):
    body = ask(client, "Quelles règles le plan prévoit-il pour l'extraction minière des ressources lacustres ?")
    assert body["abstained"], body["answer"]


def test_the_lead_in_answers_the_list_it_is_about(client):
    body = ask(client, "Quelles activités sont prévues pour promouvoir l'aquaculture dans les lacs de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "zonage des sites aquacoles" in body["answer"], body["answer"]
