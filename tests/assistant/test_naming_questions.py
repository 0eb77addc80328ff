""""How does the plan call the problem that …?" asks for the name of a thing the question
describes: a word such as "problem" or "risk" in that description is not an assessment asked
for, so the answer need not be a sentence that criticises something."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from plans.vocabulary.questions import asks_name
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Varland fietsplan 2024-2030

## Uitgangspunten

Steeds vaker blijkt dat fietsenstallingen bij stations niet voor iedereen bereikbaar of betaalbaar zijn: Stallingskloof.
Daarom bouwt Varland tot 2030 twaalf nieuwe stallingen bij de stations van Oosthaven en Westmeer.

## Aanpak

Een probleem is dat gemeenten te weinig geld hebben voor onderhoud van fietspaden.
Het risico bestaat dat de fietspaden daardoor slechter worden.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varland-fietsplan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, lang", [
    ("Hoe noemt Varland het probleem dat niet iedereen een fietsenstalling kan gebruiken?", "nl"),
    ("What does Varland call the problem that bike parking is out of reach for some people?", "en"),
    ("Comment le Varland appelle-t-il le problème des parkings à vélos inaccessibles ?", "fr"),
    ("Which term does the plan use for the risk that roads decay?", "en"),
])
def test_a_question_asking_what_a_thing_is_called_asks_no_assessment(question, lang):
    assert asks_name(question, lang)
    assert analyse(question).stance is None


@pytest.mark.parametrize("question", [
    "Welke problemen noemt het fietsplan?",
    "What are the main risks of the plan?",
    "Quels sont les problèmes que le plan nomme ?",
])
def test_questions_about_problems_still_ask_for_them(question):
    assert analyse(question).stance == "negative"


@pytest.mark.parametrize("question", [
    "Qui dirige la task force portuaire de la Varlande ?",
    "Who chairs the harbour task force of Norland?",
    "Wie zit de Havenlandse task force voor?",
])
def test_a_question_asking_who_asks_no_assessment(question):
    assert analyse(question).stance is None


def test_the_name_of_the_described_problem_is_answered(client):
    body = ask(client, "Hoe noemt Varland het probleem dat niet iedereen een fietsenstalling kan gebruiken?")
    assert not body["abstained"], body["answer"]
    assert "Stallingskloof" in body["answer"], body["answer"]
