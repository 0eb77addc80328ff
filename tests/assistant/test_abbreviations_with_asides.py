"""An abbreviation spelled out with an aside in its bracket, "Full Name (ABBR, see 5.4)" or
"(ABBR; 2031)": the name before the bracket is what it stands for, asked in the plan's
language or another, through the HTTP API. Asked what the thing is, the plan's sentence that
says so answers, not the mention that points to it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NOTA = """# Havenland deelmobiliteit 2031

## Reizen met één app

De wereld van apps en Harbour as a Service (HaaS, zie paragraaf 5.4) groeit snel in Havenland. Reizigers
plannen, boeken en betalen hun rit in één keer.

## 5.4 Reisplanning

Kort gezegd is HaaS het zoeken, boeken en betalen van een reis met bus, veer en deelfiets in één app.

## Toezicht

De Kustwacht van Havenland (KWH; 2029) houdt toezicht op de veerdiensten. Het Vervoersbureau (zie bijlage 2)
telt de ritten.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-deelmobiliteit.md": NOTA}) as c:
        yield c


def test_a_bracket_with_a_reference_after_the_abbreviation(client):
    body = ask(client, "Que signifie l'abréviation HaaS dans la note de Havenland sur la mobilité partagée ?")
    assert not body["abstained"], body["answer"]
    assert "Harbour as a Service" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"].startswith("Harbour as a Service (HaaS"), body["citations"]


def test_a_bracket_with_a_year_after_the_abbreviation(client):
    body = ask(client, "What does KWH stand for?")
    assert not body["abstained"], body["answer"]
    assert "Kustwacht van Havenland" in body["answer"], body["answer"]


def test_what_it_is_comes_from_the_sentence_that_says_it(client):
    body = ask(client, "Wat is HaaS?")
    assert not body["abstained"], body["answer"]
    assert "in één app" in body["answer"], body["answer"]
