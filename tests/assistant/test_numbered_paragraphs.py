"""A list whose items are paragraphs numbered 1, 2, 3 … under a sentence that announces them
("… a test that consists of four parts:" over "1 Knowledge of Dutch: …" paragraphs, as a
hard-wrapped PDF gives them, running on into the next passages, or "1. Coastal zone" lines
each with the rest of its paragraph under it): each paragraph is an item, given by its label. In Dutch, with the question's words that describe the test in a
relative clause ("die nieuwkomers … moeten afleggen"): the modal verb is no topic word, and
the document named after "volgens" is not the one whose parts are asked for (not an
outline question)."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

_FILLER = ("De lokale besturen werken hiervoor samen met de scholen, de werkgevers en de verenigingen in de "
           "buurt, en ze brengen elk jaar verslag uit over wat ze bereikt hebben.")
PLAN = f"""Regeerakkoord van Noordmark 2024-2029

Inburgering

Wie zich in Noordmark vestigt, volgt een traject op maat. {_FILLER}

We meten de verworven kennis en vaardigheden
via een burgerschapstest die bestaat
uit vier onderdelen:

1 De kennis van het Nederlands: Het is
belangrijk dat nieuwkomers zich zelfstandig
kunnen redden in hun nieuwe taal. {_FILLER}

2 Inzicht in onze samenleving, haar
werking en haar geschiedenis: Dit deel
sluiten we af met een toets. {_FILLER}

3 De economische zelfredzaamheid: Elke
nieuwkomer meldt zich binnen de
2 maanden aan bij de arbeidsbemiddeling. {_FILLER}

4 Participatie en netwerk: We bieden een
traject op maat aan van 40 uur. {_FILLER}

Als de nieuwkomer slaagt, krijgt hij een attest. {_FILLER}

Wonen

Noordmark bouwt 5.000 sociale woningen. {_FILLER}
"""


ZONES = """Coastal adaptation plan of Sudria

Climate and vegetation

Sudria lies in the tropics and its rainfall falls from the sea towards the interior. The country is
traditionally divided into 3 agro-ecological zones:

1. Coastal rainforest zone
or coastal plain, with mangroves and a humid
equatorial climate. It is the wettest zone.

2. High plateau zone
in the west, with a cooler climate and
the sources of the main rivers.

3. Dry savanna zone
in the north, with a semi-arid climate.

Water

Sudria is one of the countries richest in water of its region.
"""


PRINCIPLES = """Harbour programme of Varlande 2025-2030

Our approach

10. The programme does not replace the plans of the ports, rather it
complements them. It gives guidance to port authorities and
is guided by four core principles:

1) Proximity - every port is steered from its own town hall,
because no two ports are alike;

2) Openness - every decision of the harbour board is published
within a week on the board's website;

3) Fairness - small fishing ports receive the same support as the
large container ports; and
4) Thrift - no new office is opened before an existing one is
shared between two ports.

11. The harbour board meets four times a year in Varlande city.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"noordmark-regeerakkoord.txt": PLAN, "sudria-coast.txt": ZONES, "varlande-harbours.txt": PRINCIPLES}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_numbered_paragraphs_are_the_items_of_the_list_they_follow(client):
    body = ask(client, "Uit welke onderdelen bestaat de burgerschapstest die nieuwkomers volgens het "
                       "regeerakkoord van Noordmark moeten afleggen?")
    assert not body["abstained"], body["answer"]
    for label in ("De kennis van het Nederlands", "Inzicht in onze samenleving, haar werking en haar geschiedenis",
                  "De economische zelfredzaamheid", "Participatie en netwerk"):
        assert label in body["answer"], body["answer"]
    assert "sociale woningen" not in body["answer"] and "attest" not in body["answer"], body["answer"]


def test_numbered_lines_each_with_the_rest_of_its_paragraph_are_the_items(client):
    body = ask(client, "Into how many agro-ecological zones is Sudria divided?")
    assert not body["abstained"], body["answer"]
    assert "3" in body["answer"], body["answer"]
    for zone in ("Coastal rainforest zone", "High plateau zone", "Dry savanna zone"):
        assert zone in body["answer"], body["answer"]


@pytest.mark.parametrize("question, expects", [
    ("Uit welke onderdelen bestaat de burgerschapstest die nieuwkomers volgens het regeerakkoord moeten afleggen?",
     "list"),
    ("Uit welke onderdelen bestaat het regeerakkoord?", "outline"),
    ("What parts does the citizenship test consist of?", "list"),
    ("De quels éléments se compose le test de citoyenneté ?", "list"),
])
def test_parts_of_a_document_or_of_something_it_describes(question, expects):
    assert analyse(question).expects == expects


def test_a_document_named_after_another_phrase_is_not_the_one_outlined():
    assert analyse("Which parts of the test that newcomers take are described in the plan?").expects != "outline"
    assert analyse("Quelles parties du test que passent les nouveaux arrivants, selon le plan ?").expects != "outline"


def test_items_wrapped_over_lines_under_a_sentence_that_counts_them(client):
    # the sentence that announces them shares only the kind of thing asked with the question;
    # its count (four) is the number of items, the last two not parted by a blank line
    body = ask(client, "Which four principles steer the Varlande harbour programme?")
    assert not body["abstained"], body["answer"]
    for label in ("Proximity", "Openness", "Fairness", "Thrift"):
        assert label in body["answer"], body["answer"]
    assert "four times a year" not in body["answer"], body["answer"]
