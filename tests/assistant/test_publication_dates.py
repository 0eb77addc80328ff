"""When a plan came out: the date its cover or colophon prints alone on a line ("Octobre
2023", "Juni 2022"), or the line that labels it ("Publication date: May 2024", which wins over
a bare date elsewhere). A date line is a statement, never a heading, however large it is
set. A plan that prints no date of its own is not dated by a sentence on what others
published: the answer abstains. The plan is found by its name's adjective too ("le plan
varlandais")."""

from __future__ import annotations

import pytest

from ingest.reading import read_document
from tests.conftest import ask_http as ask
from tests.conftest import serving_files
from tests.support.synth_pdf import lines_pdf

WATER = ["**Plan régional pour l'eau de Varlande", "", "Ministère de l'Eau de Varlande", "**Octobre 2023", "",
         "**1. Contexte", "Le plan couvre les années 2024 à 2028 et toutes les nappes de la région.",
         "Les relevés publiés en juin 2019 par l'Office de l'eau montrent une baisse des nappes.",
         "Les communes reçoivent une aide pour réparer leurs réseaux."]

REVIEW = ["**Norland Coastal Data Review", "**April 2024", "", "Norland Data Office", "Publication date: May 2024", "",
          "**1. Findings", "Tide gauges along the coast report every ten minutes.",
          "The harbour board shares its berth data with the towns every month."]

HARBOUR = """# Norland Harbour Investment Plan

## Why invest

The Norland Harbour Investment Plan sets out how the ports will modernise their quays until 2030.
The first survey of quay walls was published in March 2019 by the Norland Ports Office.

## Measures

The ports will dredge the outer channel and raise the quay walls of the old basin.
"""

FIETS = """# Fietsnota Havenstad

## Inleiding

De gemeente Havenstad wil dat meer inwoners de fiets nemen voor korte ritten.
Daarom legt zij vrije fietspaden aan langs alle invalswegen.

## Colofon

Dit is een uitgave van de gemeente Havenstad

Juni 2022
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-eau-varlande.pdf": WATER, "norland-coastal-data-review.pdf": REVIEW,
             "norland-harbour-investment-plan.md": HARBOUR, "fietsnota-havenstad.md": FIETS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, date, document", [
    ("Quand le plan régional pour l'eau de Varlande est-il paru ?", "Octobre 2023", "plan-eau-varlande.pdf"),
    ("De quand date la publication du plan varlandais pour l'eau ?", "Octobre 2023", "plan-eau-varlande.pdf"),
    ("In welke maand verscheen de fietsnota van Havenstad?", "Juni 2022", "fietsnota-havenstad.md"),
    ("When was the Norland Coastal Data Review published?", "Publication date: May 2024",
     "norland-coastal-data-review.pdf"),
])
def test_a_plan_is_dated_by_its_own_date_line(client, question, date, document):
    body = ask(client, question)
    assert body["answer"].startswith(date), body["answer"]
    assert body["citations"][0]["document"] == document and body["citations"][0]["quote"] == date


def test_a_plan_that_prints_no_date_is_not_dated_by_what_others_published(client):
    body = ask(client, "When was the Norland Harbour Investment Plan published?")
    assert body["abstained"] and "2019" not in body["answer"], body["answer"]


def test_who_published_it_is_still_the_publisher(client):
    """A question for the publisher gets the colophon's publisher line, not the date under it."""
    body = ask(client, "Door wie wordt de Havenstadse fietsnota uitgegeven?")
    assert "uitgave van de gemeente Havenstad" in body["answer"] and "Juni" not in body["answer"]


def test_a_date_line_set_large_is_not_a_heading(tmp_path):
    doc = read_document(lines_pdf(tmp_path / "review.pdf", REVIEW))
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert "April 2024" not in headings and "1. Findings" in headings
    assert any(doc.text[b.start:b.end] == "April 2024" for b in doc.blocks)
