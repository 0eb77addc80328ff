"""A list asked for by its count in another language than the plan's ("What are the five
pillars of …?" of a Dutch plan whose heading is "Vijf pijlers"): the heading that states the
count asked, over as many sub-headings, is the list, though no word of it is the question's;
a heading that states another count is not. An assessment asked for ("which three
opportunities …?") is named by the plan's word for it ("Drie kansen")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Havenplan Havenland 2031-2035

## Inleiding

Het havenplan van Havenland zet de koers uit voor de vier zeehavens van de provincie.

## Vijf pijlers

### 1. Veilige kaaien
De kaaien worden hersteld en verlicht.

### 2. Schoon water
Het baggerslib wordt op het vasteland verwerkt.

### 3. Open havengegevens
De scheepsbewegingen worden elke dag gepubliceerd.

### 4. Sterke havenraden
Elke haven krijgt een raad met de vissers.

### 5. Eerlijke havengelden
De havengelden worden per scheepslengte berekend.

## Drie kansen

### 1. Windparken op zee
De havens bedienen de windparken voor de kust.

### 2. Veerdiensten
Nieuwe veerdiensten verbinden de eilanden.

### 3. Visafslag
Een gedeelde visafslag voor de vier havens.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenplan-havenland.md": PLAN}) as c:
        yield c


def test_the_heading_that_states_the_count_asked_is_the_list(client):
    body = ask(client, "What are the five pillars of the Havenland harbour plan?")
    assert not body["abstained"], body["answer"]
    for pillar in ("Veilige kaaien", "Schoon water", "Open havengegevens", "Sterke havenraden", "Eerlijke havengelden"):
        assert pillar in body["answer"], body["answer"]
    assert "Veerdiensten" not in body["answer"], body["answer"]


def test_an_assessment_asked_is_named_in_the_plans_language(client):
    body = ask(client, "Which three opportunities does the Havenland harbour plan see?")
    assert not body["abstained"], body["answer"]
    for chance in ("Windparken op zee", "Veerdiensten", "Visafslag"):
        assert chance in body["answer"], body["answer"]
    assert "Schoon water" not in body["answer"], body["answer"]
