"""A question for a plan's main message is answered by the part the plan labels as its
message, in whatever words or language: a row of labelled cells under "Hoofdboodschap:" (a
web page), a section headed "Key messages"; a plan without one gets the overview of the whole
plan, and a question for what the plan is about is not answered by the message part alone."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLAND = """<!DOCTYPE html>
<html lang="nl"><head><title>Zes kansen voor mobiliteit in Varland</title></head>
<body>
<h1>Zes kansen voor mobiliteit in Varland</h1>
<p>Deze studie van de provincie Varland schetst oplossingen die al bestaan of waar we meteen mee kunnen beginnen.</p>
<h4>Hoofdboodschap:</h4>
<p><b>Wonen</b>: dicht bij het station en bij winkels, zodat de auto blijft staan.</p>
<p><b>Vervoer</b>: voorrang voor voetgangers en fietsers, en een bus die elk kwartier rijdt.</p>
<p><b>Techniek</b>: slimme verkeerslichten en elektrische deelauto's.</p>
<h2>1. Nabijheid</h2>
<p>Wie dicht bij zijn werk woont, heeft minder verkeer nodig. De provincie bouwt daarom bij de stations.</p>
<h2>2. Fietsen</h2>
<p>De provincie legt tot 2030 honderd kilometer snelle fietspaden aan tussen de steden.</p>
</body></html>
"""
NORLAND = """# Norland Harbour Plan 2030

The Norland Harbour Plan sets out how the harbour board will make the ports safer and cleaner by 2030.

## Key messages

The ports must be safe for every crew and every passenger. Cleaner ships are welcome first. The harbour board works with the towns around the ports.

## 1. Safety

Every port has a safety officer and a yearly drill.

## 2. Clean ships

Ships with clean engines pay lower harbour dues from 2028.
"""
KESTRIA = """# Kestria Dune Plan 2031

The Kestria Dune Plan sets out how the coast guard will protect the dunes of Kestria until 2040.

## 1. Dunes

The coast guard plants marram grass on the dunes every spring.

## 2. Paths

Walkers keep to the marked paths through the dunes.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varland-mobiliteit.html": VARLAND,
                                                     "norland-harbour-plan.md": NORLAND,
                                                     "kestria-dune-plan.md": KESTRIA}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What is Varland's main message in its study on six opportunities for mobility?",
    "Geef de kernboodschap van de studie Zes kansen voor mobiliteit in Varland.",
])
def test_the_row_labelled_as_the_message_answers(client, question):
    body = ask(client, question)
    for said in ("dicht bij het station", "voorrang voor voetgangers en fietsers", "slimme verkeerslichten"):
        assert said in body["answer"], body["answer"]
    assert len(body["citations"]) == 3 and all(c["document"].startswith("varland") for c in body["citations"])


def test_the_section_headed_as_the_messages_answers(client):
    body = ask(client, "Quel est le message principal du Norland Harbour Plan 2030 ?")
    assert "The ports must be safe for every crew and every passenger." in body["answer"], body["answer"]
    assert all(c["document"].startswith("norland") for c in body["citations"])


def test_a_plan_without_a_message_part_gets_its_overview(client):
    body = ask(client, "Tell me the main message of the Kestria Dune Plan 2031.")
    assert not body["abstained"] and "protect the dunes" in body["answer"], body["answer"]


def test_what_the_plan_is_about_is_not_its_message_part_alone(client):
    body = ask(client, "What is the Norland Harbour Plan 2030 about?")
    assert "make the ports safer and cleaner" in body["answer"], body["answer"]
