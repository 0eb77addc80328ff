"""The years a plan runs: "which period does the plan cover?", "sur quelle période porte le
plan ?", "welke periode bestrijkt het plan?" are asked of the plan itself, and answered by
its sentence that states the period ("le plan couvrira une période de cinq années") or the
span its title prints ("… 2031-2035"), not by a sentence on an earlier plan's years. "What
does the plan cover?" asks what it is about, not when. Through the HTTP API, over plans
written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

HARBOUR = """# Norland harbour action plan 2031-2035

## Background

The first harbour plan of Norland was in force between 2025 and 2030 and rebuilt the northern quays.

## Quays

The harbour office raises the southern quays by half a metre.

## Ferries

The ferry company renews its fleet with electric ferries.
"""

VARLANDE = """# Plan d'adaptation de la Varlande

## Contexte

Les côtes de la Varlande reculent de deux mètres par an.

## Mise en œuvre

Le plan d'adaptation couvrira une période de cinq années, de 2031 à 2036, et sera évalué à mi-parcours.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-action-plan.md": HARBOUR, "plan-adaptation-varlande.md": VARLANDE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which period does the Norland harbour action plan cover?",
    "What years does the Norland harbour action plan cover?",
    "Welke periode bestrijkt het havenplan van Norland?",
])
def test_the_span_the_title_prints(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "2031-2035" in body["answer"], body["answer"]
    assert "2025" not in body["answer"], body["answer"]


def test_the_sentence_that_states_the_period(client):
    body = ask(client, "Sur quelle période porte le plan d'adaptation de la Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "de 2031 à 2036" in body["answer"], body["answer"]


def test_what_the_plan_covers_is_not_its_years(client):
    body = ask(client, "What does the Norland harbour action plan cover?")
    assert body["answer"].split(" [")[0] != "Norland harbour action plan 2031-2035", body["answer"]
