""""Why …?" ("waarom", "pourquoi") is answered by the sentence that gives a reason ("vanwege",
"because", "en raison de"), with the sentence before it that names what the question names;
a question in two parts does not quote the first part's sentence twice."""

from __future__ import annotations

import pytest

from plans.vocabulary.reasons import asks_why, gives_reason
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Verkenning pendelboten Havenland 2026

## Proeven

Na een geslaagde proef met de pendelboot in Zeestad heeft de provincie samen met de gemeente Havenstad een plan
gemaakt voor een proef met de pendelboot aan de Oude Kade. Vanwege de bouw van de nieuwe brug is dat voorlopig
uitgesteld.

## Kosten

Een pendelboot kost de provincie ongeveer 40.000 euro per jaar aan onderhoud.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"verkenning-pendelboten.md": PLAN}) as c:
        yield c


def test_why_is_answered_with_the_reason(client):
    body = ask(client, "Waarom gaat de proef met de pendelboot aan de Oude Kade nu niet door?")
    assert "Vanwege de bouw van de nieuwe brug" in body["answer"], body["answer"]


def test_two_parts_quote_a_sentence_once(client):
    body = ask(client, "Waar wilden de provincie en Havenstad een proef met de pendelboot houden, en waarom gaat de "
                       "proef met de pendelboot nu niet door?")
    assert "Oude Kade" in body["answer"] and "Vanwege de bouw" in body["answer"], body["answer"]
    assert body["answer"].count("Na een geslaagde proef") == 1, body["answer"]
    for c in body["citations"]:
        assert c["quote"].strip(), body["citations"]


def test_the_words_of_reasons():
    assert asks_why("Pourquoi le projet est-il retardé ?", "fr") and asks_why("For what reason was it cut?", "en")
    assert gives_reason("Le projet est retardé parce qu'il manque des fonds.", "fr")
    assert not gives_reason("Since 2015 the port has grown.", "en")  # a time, not a reason
