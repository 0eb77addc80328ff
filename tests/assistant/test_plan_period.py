"""The years a plan runs: "which period does the plan cover?", "sur quelle période porte le
plan ?", "welke periode bestrijkt het plan?" are asked of the plan itself, and answered by
its sentence that states the period ("le plan couvrira une période de cinq années") or the
span its title prints ("… 2031-2035"), not by a sentence on an earlier plan's years. "What
does the plan cover?" asks what it is about, not when. Which edition the question names ("the
sixth report", "la septième édition") names the plan, not something asked of it. Through the
HTTP API, over plans written here."""

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


QUARTERLY = """# Report on harbour data releases for the period between April and June 2031

## Summary

This report looks at the harbour datasets the port authorities released this quarter.

## Releases

The ferry office released its timetables as open data.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-action-plan.md": HARBOUR, "plan-adaptation-varlande.md": VARLANDE,
             "harbour-data-releases-report-q2-2031.md": QUARTERLY}
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


OSTRAVIA = """# Ostravia coastal strategy 2030 to 2035

## Dunes

The coastal agency plants marram grass on the dunes of the western shore.

## References

Havenland Ports Plan – 2019 – 2023

Ostravia Water Atlas (2018)
"""

HAVENLAND = """# Havenland rail plan

## Introduction

The rail plan builds on the national investment framework, the Growth Programme
2018-2021 (GP), the mobility pact and the regional spatial plans of the five provinces,
which together set the frame for new lines.

## Lines

The rail company doubles the track between the two largest towns.
"""


@pytest.fixture(scope="module")
def more_plans(tmp_path_factory, embedder):
    files = {"ostravia-coastal-strategy.md": OSTRAVIA, "havenland-rail-plan.md": HAVENLAND}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "When does the Ostravia coastal strategy start?",
    "When does the Ostravia coastal strategy end?",
])
def test_asking_when_a_plan_starts_or_ends_asks_its_period(more_plans, question):
    body = ask(more_plans, question)
    assert not body["abstained"], body["answer"]
    assert "2030 to 2035" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Quand le plan d'adaptation de la Varlande prend-il fin ?",
    "When does the Varlande adaptation plan end?",
])
def test_asking_when_a_plan_ends_finds_the_sentence_on_its_period(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "de 2031 à 2036" in body["answer"], body["answer"]


def test_a_cited_works_years_are_not_the_plan_s(more_plans):
    body = ask(more_plans, "Which period does the Ostravia coastal strategy cover?")
    assert "2019" not in body["answer"], body["answer"]


def test_a_line_of_a_sentence_wrapped_over_lines_is_no_cover_line(more_plans):
    # the line "2018-2021 (GP), the mobility pact …" is the middle of a sentence, not a title
    body = ask(more_plans, "Which period does the Havenland rail plan cover?")
    assert not body["answer"].startswith("2018-2021"), body["answer"]


def test_an_edition_names_the_plan(client):
    body = ask(client, "What period is covered by the sixth Norland report on harbour data releases?")
    assert not body["abstained"], body["answer"]
    assert "April and June 2031" in body["answer"], body["answer"]


def test_the_months_a_report_covers_are_its_period(client):
    body = ask(client, "Which months does the sixth Norland harbour data report cover?")
    assert not body["abstained"], body["answer"]
    assert "April and June 2031" in body["answer"], body["answer"]


KWARTAAL = """# Rapport over de havendata van Westerland voor de periode van juli tot september 2032

## Samenvatting

Dit rapport bekijkt welke havendata de havenbedrijven van Westerland dit kwartaal openbaar maakten.

## Data

Het veerbedrijf maakte zijn dienstregelingen openbaar.
"""


@pytest.fixture(scope="module")
def dutch_report(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"rapport-havendata-westerland-2032.md": KWARTAAL}) as c:
        yield c


def test_the_months_a_dutch_report_spans(dutch_report):
    body = ask(dutch_report, "Welke maanden beslaat het rapport over de havendata van Westerland?")
    assert not body["abstained"], body["answer"]
    assert "juli tot september 2032" in body["answer"], body["answer"]
