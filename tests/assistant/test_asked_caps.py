""""How many bikes may a provider put out at most in Havenstad?" asks for a cap: a table row
counting the bikes a provider has there answers another question, so the answer abstains; asked
how many there are, the row's count answers (not the column that holds the place the question
names). Through the HTTP API, over a table written here."""

from __future__ import annotations

import pytest

from plans.vocabulary.units import writes_limit
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """<html><head><title>Deelfietsen in Varland 2031</title></head><body>
<h1>Deelfietsen in Varland 2031</h1>
<h2>Bijlage: aanbieders</h2>
<table><tr><th>soort</th><th>aanbieder</th><th>waar</th><th>aantal</th></tr>
<tr><td>deelfietsen</td><td>Fietsgo</td><td>Havenstad en Duinwijk</td><td>900</td></tr>
<tr><td>elektrische deelfietsen</td><td>Stroomrit</td><td>Havenstad</td><td>120</td></tr>
<tr><td>deelscooters</td><td>Scootmee</td><td>Duinwijk</td><td>300</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"deelfietsen-varland-2031.html": PLAN}) as c:
        yield c


@pytest.mark.parametrize("text, lang, caps", [
    ("Hoeveel fietsen mag een aanbieder maximaal plaatsen?", "nl", True),
    ("How many bikes may one provider put out at most?", "en", True),
    ("Combien de vélos un opérateur peut-il déployer au maximum ?", "fr", True),
    ("Hoeveel fietsen heeft Stroomrit tot nu toe in Havenstad?", "nl", False),
])
def test_limit_words(text, lang, caps):
    assert writes_limit(text, lang) == caps


def test_a_count_is_no_cap(client):
    body = ask(client, "Hoeveel elektrische deelfietsen mag een aanbieder in Havenstad maximaal op straat zetten?")
    assert "120" not in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Hoeveel elektrische deelfietsen heeft Stroomrit in Havenstad?",
    "Hoeveel elektrische deelfietsen zijn er in Havenstad?",  # the count, not the column holding "Havenstad"
])
def test_the_count_answers_how_many_there_are(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "120" in body["answer"], body["answer"]
