"""A question for a multiple ("how many times larger …?", "combien de fois plus …", "hoeveel
meer plaats … dan …?") asks for "N times": a sentence with another figure (a count of bikes) is
no answer. "Combien de fois par an" still asks how often. Through the HTTP API, over a study
written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files


@pytest.mark.parametrize("question", [
    "How many times larger is the port of Norland than the port of Varlande?",
    "How much more water does a rice field use than a field of wheat, according to the Norland farm plan?",
    "Combien de fois plus d'eau consomme une rizière qu'un champ de blé en Norlande ?",
    "Hoeveel keer groter is de haven van Norland dan die van Varlande?",
    "Hoeveel meer plaats vraagt een geparkeerde auto dan een fiets in de Norlandse studie?",
])
def test_a_multiple_is_asked(question):
    assert analyse(question).expects == "multiple", question


def test_how_often_is_still_a_frequency():
    assert analyse("Combien de fois par an le comité de la Norlande se réunit-il ?").expects == "frequency"


STUDY = """# Deelfietsen in Norland: een korte studie 2031

## Ruimte

De studie telde 4000 deelfietsen in Norland; fietsen vragen veel minder plaats dan auto's. Een geparkeerde auto vraagt 12 keer meer plaats dan een fiets.

## Gebruik

Elke deelfiets wordt gemiddeld drie keer per dag gebruikt.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-deelfietsen-studie.md": STUDY}) as c:
        yield c


def test_the_multiple_is_answered(client):
    body = ask(client, "Hoeveel meer plaats vraagt een geparkeerde auto dan een fiets in de Norlandse studie?")
    assert not body["abstained"], body["answer"]
    assert "12 keer" in body["answer"], body["answer"]
    assert "4000" not in body["answer"], body["answer"]
