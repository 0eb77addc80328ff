""""Who is the X?" (or "what is the name of X?", "comment s'appelle X ?", "hoe heet X?") asks
for the name of whoever is X, in English, French and Dutch: a sentence that names someone as X
answers it; a sentence that only mentions the topic does not."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import serving
from tests.conftest import ask_http as ask

NL = """# Havenland Samenwerkingsplan 2022-2026

## Bestuur

Jan Peeters is de voorzitter van de stuurgroep. De stuurgroep komt vier keer per jaar samen
en volgt de uitvoering van het plan op.

## Europa

De regering van Havenland bereidt zich gedegen voor op het voorzitterschap van de Raad van de
Europese Unie en werkt daarvoor samen met de federale regering van België.
"""

FR = """# Plan de coopération de Havenland 2022-2026

## Gouvernance

Le comité de pilotage se réunit quatre fois par an. Marie Dubois est la secrétaire du comité
de pilotage et en prépare les réunions.

## Avant-propos

Le présent plan a été préparé avec les communes et signé par le Premier Ministre au nom du gouvernement.
"""


@pytest.mark.parametrize("question, copular", [
    ("Who is the chair of the steering group?", True),
    ("Qui est la secrétaire du comité de pilotage ?", True),
    ("Wie is de huidige eerste minister van België?", True),
    ("Who is responsible for line 3?", False),
    ("Qui est responsable de la ligne 3 ?", False),
    ("Wie is verantwoordelijk voor lijn 3?", False),
    ("Comment s'appelle la secrétaire du comité de pilotage ?", True),
    ("Hoe heet de voorzitter van de stuurgroep?", True),
    ("What is the name of the chair who leads the steering group?", True),
])
def test_who_is_the_role_asks_for_a_name_in_every_language(question, copular):
    assert analyse(question).copular is copular


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    (folder / "havenland-samenwerkingsplan.md").write_text(NL, encoding="utf-8")
    (folder / "havenland-plan-cooperation.md").write_text(FR, encoding="utf-8")
    files = sorted(folder.iterdir())
    with serving(tmp_path_factory.mktemp("index"), embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, name", [
    ("Wie is de voorzitter van de stuurgroep?", "Jan Peeters"),
    ("Qui est la secrétaire du comité de pilotage ?", "Marie Dubois"),
    ("Comment s'appelle la secrétaire du comité de pilotage ?", "Marie Dubois"),
    ("Hoe heet de voorzitter van de stuurgroep?", "Jan Peeters"),
])
def test_the_sentence_that_names_the_holder_answers(client, question, name):
    body = ask(client, question)
    assert not body["abstained"] and name in body["answer"], body["answer"]


def test_a_sentence_naming_nobody_as_the_role_is_no_answer(client):
    body = ask(client, "Wie is de huidige eerste minister van België?")
    assert body["abstained"], body["answer"]


def test_a_name_asked_for_of_someone_the_plan_never_names(client):
    # the foreword says who signed it by title only: no name to give
    body = ask(client, "Comment s'appelle le ministre qui signe l'avant-propos du plan de Havenland ?")
    assert body["abstained"], body["answer"]
