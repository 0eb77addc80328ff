"""An answer sentence followed by one that opens on a demonstrative and the word the question
asks about ("… . Cette vision s'articule sur quatre axes …") goes on about it: the answer
gives both, in plans written here. A next sentence about something else is left out, and a
question for a hard fact (a date) keeps to the sentence that gives it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = """# Plan d'adaptation de la Varlande

## Vision stratégique

La vision stratégique de l'Office varlandais de l'environnement se réfère à la charte côtière adoptée en 2020 par les communes du littoral. Cette vision s'articule elle-même sur quatre axes stratégiques, dont la protection des dunes et la gestion des ports. Le conseil de l'Office se réunit deux fois par an.

## Financement

Le plan est financé par le budget régional.
"""

NORLAND = """# Norland harbour plan

## Governance

The harbour board was set up by the Norland coastal act of 2019. This board meets four times a year in the port of Westhaven. Its members are named by the regional council.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": VARLANDE,
                                                     "norland-harbour-plan.md": NORLAND}) as c:
        yield c


def test_the_sentence_that_goes_on_about_what_is_asked(client):
    body = ask(client, "À quoi se rattache la vision de l'Office varlandais de l'environnement ?")
    assert not body["abstained"], body["answer"]
    assert "charte côtière" in body["answer"] and "quatre axes" in body["answer"], body["answer"]
    assert "deux fois par an" not in body["answer"], body["answer"]


def test_a_date_keeps_to_its_sentence(client):
    body = ask(client, "In which year was the Norland harbour board set up?")
    assert "2019" in body["answer"], body["answer"]
    assert "four times a year" not in body["answer"], body["answer"]
