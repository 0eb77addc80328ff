"""Who wrote a plan's foreword, and who sent a study under a covering letter. A heading that
opens with "Foreword by …" names the foreword's writer: asked who wrote the foreword, in any
language and with the Dutch participle at the end of its clause, every such heading answers,
quoted. A study sent under a letter is sent by the letter's signer: "who sent the study to the
council?" is answered by the signature block that closes the letter, though the question
does not say "signed". A plan that tells who submitted it says so in a sentence: that
sentence answers, not a signature."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Kestria harbour openness plan 2031-2033

## Foreword by the Minister for Harbours and Maritime Affairs

Openness is how a harbour earns the trust of the towns around it. This plan sets out what Kestria will
publish about its berths, its dredging and its fees.

## Foreword by the Kestria Harbour Users' Forum

The forum welcomes the plan and will track each commitment with the harbour board.

## Commitments

The harbour board will publish berth fees every quarter. The dredging office will publish its survey data.
"""

BRIEF = """Lid Gedeputeerde Staten
J. (Jan) Dekker

Provinciale Staten van Havenland

Datum 3 maart 2031

Onderwerp Snelstudie veerverbindingen

Geachte Statenleden,

Hierbij bied ik u de snelstudie "Veerverbindingen in Havenland" aan. De studie beschrijft hoe de veren
tussen de eilanden beter op elkaar kunnen aansluiten.

De conclusie is dat een vaste dienstregeling voor alle veren de reistijd met een kwartier verkort.

Hoogachtend,

J. (Jan) Dekker

Snelstudie veerverbindingen in Havenland

De veerdiensten varen nu elk op een eigen schema. Reizigers wachten op de eilanden gemiddeld
twintig minuten op een aansluiting. Een gezamenlijke dienstregeling lost dat op.
"""

NOTE = """# Ostravia river transport note 2031

The Minister of Rivers submitted this note to the Ostravian parliament in June 2031.

## Barges

Barges will carry a tenth of the freight on the river by 2035. Locks will open at night.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-harbour-openness-plan.md": PLAN, "snelstudie-veerverbindingen-havenland.pdf": BRIEF.splitlines(),
             "ostravia-river-transport-note.md": NOTE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_foreword_headings_name_their_writers(client):
    body = ask(client, "Who wrote the foreword of Kestria's harbour openness plan?")
    assert not body["abstained"], body["answer"]
    assert "Foreword by the Minister for Harbours and Maritime Affairs" in body["answer"], body["answer"]
    assert "Foreword by the Kestria Harbour Users' Forum" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "Foreword by the Minister for Harbours and Maritime Affairs"


def test_the_dutch_participle_ends_the_question(client):
    body = ask(client, "Door wie is het voorwoord van het Kestriaanse havenplan voor openheid geschreven?")
    assert not body["abstained"], body["answer"]
    assert "Minister for Harbours and Maritime Affairs" in body["answer"], body["answer"]


def test_the_covering_letter_signer_sent_the_study(client):
    body = ask(client, "Door welke gedeputeerde is de snelstudie over de veerverbindingen aan Provinciale Staten toegezonden?")
    assert not body["abstained"], body["answer"]
    assert "J. (Jan) Dekker" in body["answer"], body["answer"]
    assert "J. (Jan) Dekker" in body["citations"][0]["quote"], body["citations"]


def test_asked_in_french(client):
    body = ask(client, "Qui a envoyé aux États provinciaux l'étude rapide sur les veerverbindingen de Havenland ?")
    assert not body["abstained"], body["answer"]
    assert "Dekker" in body["answer"], body["answer"]


def test_a_sentence_that_tells_who_submitted_it_answers(client):
    body = ask(client, "Who submitted the Ostravia river transport note to parliament?")
    assert "Minister of Rivers" in body["answer"], body["answer"]
