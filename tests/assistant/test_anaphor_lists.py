"""A list question answered by a sentence whose next sentence gives the items and points back
to it ("The number of X rose. Dat heeft meerdere oorzaken: A, B, C."): the items join the
answer, in French and Dutch as in English."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN_NL = """# Veiligheidsplan Havenland

## Ongevallen

Het aantal aanvaringen in de havens van Havenland stijgt elk jaar. Dat heeft verschillende
oorzaken: meer schepen, grotere schepen, minder loodsen, meer pleziervaart.

## Loodsen

Het plan voorziet twaalf nieuwe loodsen tegen 2032.
"""

PLAN_FR = """# Plan de sécurité portuaire de Varlande

## Accidents

Les collisions dans les ports de Varlande augmentent chaque année. Cela a plusieurs causes : plus
de navires, des navires plus grands, moins de pilotes, plus de plaisance.

## Pilotes

Le plan prévoit douze nouveaux pilotes d'ici 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"veiligheidsplan-havenland.md": PLAN_NL, "plan-securite-varlande.md": PLAN_FR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_dutch_items_after_the_sentence(client):
    body = ask(client, "Welke oorzaken noemt het veiligheidsplan voor de stijging van de aanvaringen?")
    assert not body["abstained"], body["answer"]
    assert "minder loodsen" in body["answer"], body["answer"]


def test_french_items_after_the_sentence(client):
    body = ask(client, "Quelles sont les causes de la hausse des collisions dans les ports de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "moins de pilotes" in body["answer"], body["answer"]
