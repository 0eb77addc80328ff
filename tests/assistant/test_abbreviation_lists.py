"""Abbreviations a plan spells out in a list without a header row, whose first expansion
holds words a header may hold ("harbour monitoring and evaluation"): the first row is an
entry of the list, not its header, so "what is the HME system?" is answered by it. And an
abbreviation the plan never pairs with its name, while it writes a name whose initials are
its letters (a small word between capitalised ones may give one: "Memorandum of
Understanding" for MOU): that name is given, said to be found by its initials; when two
names share the initials, both are given, and the answer does not pick one."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving
from tests.support import synth_layouts as S

PORTS = """# Harbour dues reform of Norland

## Oversight

The reform is followed by the PRB, which reports to parliament every year.
All figures will be sent to the Port Review Board before the end of each quarter.

## Funding

The TWF pays for the dredging works. The fund is topped up by the harbour dues.
The Tidal Works Fund was created in 2019. The Trade and Waterways Forum meets twice a year.
The reform follows the SLCRD adopted by the government in 2018.
The MOU with the ferry company ends in 2030. The Memorandum of Understanding was signed by both harbours.

## Abbreviations

- PRD: Port Reform Directorate
- SLCRD: Strategy for Low Carbon and Climate Resilient Development of the Norland Coast and Its Harbours
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    pdf = S.abbreviations(folder / "harbour-adaptation-programme.pdf", ruled=True)
    md = folder / "harbour-dues-reform-norland.md"
    md.write_text(PORTS, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("index"), embedder, [pdf, md]) as c:
        yield c


def test_the_first_entry_of_a_list_without_header(client):
    body = ask(client, "What is the HME system in the harbour adaptation programme?")
    assert not body["abstained"], body["answer"]
    assert "harbour monitoring and evaluation" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "harbour-adaptation-programme.pdf"


def test_a_later_entry_of_the_same_list(client):
    body = ask(client, "What does DWS stand for?")
    assert "dune watch service" in body["answer"], body["answer"]


def test_a_name_found_by_its_initials(client):
    body = ask(client, "What does PRB stand for in the harbour dues reform?")
    assert not body["abstained"], body["answer"]
    assert "Port Review Board" in body["answer"], body["answer"]
    assert "initials" in body["answer"], body["answer"]  # said how it was found
    assert body["citations"][0]["quote"] == "Port Review Board"


def test_a_small_word_may_give_a_letter(client):
    # "MOU": "Memorandum of Understanding", its "of" the O
    body = ask(client, "What does MOU refer to in the harbour dues reform?")
    assert not body["abstained"], body["answer"]
    assert "Memorandum of Understanding" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "Memorandum of Understanding"


def test_two_names_with_the_same_initials_are_both_given(client):
    body = ask(client, "Que signifie TWF dans la réforme des droits de port ?")
    assert "Tidal Works Fund" in body["answer"] and "Trade and Waterways Forum" in body["answer"], body["answer"]
    assert len(body["citations"]) == 2


def test_a_long_official_name_in_the_list(client):
    """A name of fifteen words, every one capitalised but the small ones, is a name."""
    body = ask(client, "What does SLCRD stand for in the harbour dues reform?")
    assert not body["abstained"], body["answer"]
    assert "Strategy for Low Carbon and Climate Resilient Development of the Norland Coast" in body["answer"], \
        body["answer"]
