""""En gros, que cherche à faire le PNA de X ?" asks for an overview; the plan's statement of
purpose ("L'objectif général est …", "We beschrijven …") is found by its cue words as whole
words, not inside other words ("présente" in "représente")."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

_FILLER = ("Les communes, les services déconcentrés et les organisations paysannes y ont pris part "
           "lors de plusieurs ateliers régionaux tenus dans les chefs-lieux.")
PLAN = f"""# Plan portuaire de Varlande (PPV)

## Contexte

Le PPV représente le troisième programme de la politique maritime de Varlande, après le programme de formation des pilotes. {_FILLER}

## Objectifs

L'objectif général est de rendre les ports de Varlande plus sûrs et plus propres d'ici 2030. {_FILLER}

## Mise en œuvre

Le ministère des Ports coordonne la mise en œuvre avec les autorités portuaires. {_FILLER}
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-portuaire-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, expects", [
    ("En gros, que cherche à faire le PPV de Varlande ?", "overview"),
    ("Que vise à atteindre la stratégie maritime ?", "overview"),
    ("Que veut faire le gouvernement pour les ports de pêche ?", None),
    ("En bref, de quoi parlent ces avis portuaires de Varlande ?", "overview"),  # a plural subject
    ("What is Varland's port programme for the coming decade meant to achieve?", "overview"),
])
def test_what_a_plan_seeks_to_do_asks_for_an_overview(question, expects):
    assert analyse(question).expects == expects


def test_what_a_person_is_supposed_to_do_asks_no_overview():
    assert analyse("What is the harbour master supposed to do when a storm warning is issued?").expects != "overview"


def test_the_statement_of_purpose_answers_what_the_plan_seeks_to_do(client):
    body = ask(client, "En gros, que cherche à faire le PPV de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "plus sûrs et plus propres" in body["answer"], body["answer"]
    assert "troisième programme" not in body["answer"], body["answer"]


PLAN_NL = """# Zes kansen voor de havens

## Inleiding

De havens van Havenland groeien snel, en met hen het verkeer op de kaden. De provincie wil dat de havens bereikbaar
en leefbaar blijven voor wie er werkt en woont.

## Zes kansen

We beschrijven zes uitdagingen met bij elk ervan haalbare oplossingen en voorbeelden uit andere havens.

## Tot slot

De provincie gaat met de gemeenten en de havenbedrijven aan de slag.
"""


def test_a_plan_saying_what_we_describe_states_its_purpose(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"zes-kansen-havens.md": PLAN_NL}) as client:
        body = ask(client, "Waar gaat de publicatie 'Zes kansen voor de havens' over?")
    assert "zes uitdagingen" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, expects", [
    ("Wat is kort gezegd de boodschap van de havenstudie van Havenland?", "overview"),
    ("What is the key message of the harbour strategy?", "overview"),
    ("Quel est le message principal du plan portuaire ?", "overview"),
    ("What is the message of the minister in the foreword?", "definition"),  # a message, not the plan's
    ("Quel est le message du ministre ?", None),
])
def test_the_message_of_a_plan_asks_for_an_overview(question, expects):
    assert analyse(question).expects == expects


def test_the_message_of_a_study_is_its_overview(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"zes-kansen-havens.md": PLAN_NL}) as client:
        body = ask(client, "Wat is kort gezegd de boodschap van de studie met zes kansen voor de havens?")
    assert not body["abstained"], body["answer"]
    assert "zes uitdagingen" in body["answer"], body["answer"]
