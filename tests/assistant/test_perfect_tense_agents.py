""""Who has chaired …?", "qui a présidé … ?", "wie heeft … aangeboden?": in the perfect tense
the act asked is the participle (after the auxiliary, or at the end of a Dutch clause), and
an answer must say that act, as in the simple past ("who chaired …?"); a sentence that only
names bodies near the question's words is no answer, and the answer says the plans do not
cover it. A sentence that says the act answers. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN_NL = """# Havenplan van Havenland 2031

## Inleiding

Het havenplan van Havenland is opgesteld door de Havenraad van Havenland na overleg met de gemeenten.
De vervoerders en de marktpartijen maken in de concessies afspraken over de bereikbaarheid van de havens.
Het plan loopt tot 2036 en wordt elk jaar geëvalueerd.
"""

PLAN_EN = """# Kestria Harbour Plan 2031

## Introduction

The harbour plan of Kestria was approved by the Kestria Port Authority in March 2031.
The steering committee met four times and published its minutes on the port's website.
The plan runs until 2036.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"havenplan-havenland.md": PLAN_NL, "kestria-harbour-plan.md": PLAN_EN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_dutch_act_no_sentence_says(client):
    body = ask(client, "Wie heeft de afspraken over de bereikbaarheid van de havens van Havenland aangeboden?")
    assert body["abstained"], body["answer"]


def test_a_dutch_act_a_sentence_says(client):
    body = ask(client, "Wie heeft het havenplan van Havenland opgesteld?")
    assert not body["abstained"], body["answer"]
    assert "Havenraad" in body["answer"], body["answer"]


def test_an_english_act_no_sentence_says(client):
    body = ask(client, "Who has chaired the steering committee of Kestria's harbour plan?")
    assert body["abstained"], body["answer"]


def test_an_english_act_a_sentence_says(client):
    body = ask(client, "Who has approved Kestria's harbour plan?")
    assert not body["abstained"], body["answer"]
    assert "Kestria Port Authority" in body["answer"], body["answer"]
