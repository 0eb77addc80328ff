""""Welke zwakke punten van de veerdiensten noemt de studie in haar sterkte-zwakteanalyse?": a
list question (the verb that names comes after what is named), answered by the list under
the label that names that assessment in other words of it ("Zwakten", "Weaknesses"): any word
for the assessment asked names its label. Through the HTTP API over a study written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Snelstudie veerdiensten in Varland 2031

## Conclusies

De vorige hoofdstukken over de veerdiensten leveren veel sterke punten en enkele aandachtspunten op. We vatten
ze samen in een sterkte-zwakteanalyse.

Sterkten (strengths)
- snelle verbinding tussen de eilanden
- weinig uitstoot van de elektrische veerboten
- goede aansluiting op de bus

Zwakten (weaknesses)
- geen afvaarten na middernacht
- te weinig plaatsen voor fietsen
- hoge tarieven voor toeristen

## Aanbevelingen

De provincie overlegt met de rederijen over de dienstregeling van 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"snelstudie-veerdiensten-varland.md": STUDY}) as c:
        yield c


def test_the_verb_that_names_after_what_is_named_asks_for_a_list():
    assert analyse("Welke zwakke punten van de veerdiensten noemt de Varlandse snelstudie?").wants_list


def test_the_list_under_a_label_naming_the_assessment_in_other_words(client):
    body = ask(client, "Welke zwakke punten van de veerdiensten noemt de Varlandse snelstudie in haar "
                       "sterkte-zwakteanalyse?")
    assert not body["abstained"], body["answer"]
    for item in ("geen afvaarten na middernacht", "te weinig plaatsen voor fietsen", "hoge tarieven"):
        assert item in body["answer"], body["answer"]
    assert "snelle verbinding" not in body["answer"], body["answer"]
