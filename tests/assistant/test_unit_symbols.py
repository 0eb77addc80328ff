"""A count asked by its unit's name ("how many hectares?", "combien de kilomètres ?") is given
by a figure written with the unit's symbol ("12 000 ha", "45 km"), thousands apart or not; a
figure of something else ("12 000 trees") is no such count."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Coastal Programme

## Mangroves

The programme will restore the mangroves of the southern delta. Planting of 12 000 ha per year
is planned along the delta's channels, with local nurseries supplying the seedlings.

## Schools

The programme will also give each coastal school 300 seedlings a year for its own garden.
"""

PLAN_FR = """# Programme routier de Varlande

## Pistes rurales

Le programme prévoit la réhabilitation de 45 km de pistes rurales dans la région des collines,
avec des ouvrages de franchissement adaptés aux crues.

## Écoles

Le programme équipera aussi 20 écoles rurales de citernes d'eau de pluie.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-coastal-programme.md": PLAN, "programme-routier-varlande.md": PLAN_FR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_hectares_by_their_symbol(client):
    body = ask(client, "How many hectares of mangroves will be planted each year in the delta?")
    assert not body["abstained"], body["answer"]
    assert "12 000 ha" in body["answer"]


def test_kilometres_by_their_symbol_in_french(client):
    body = ask(client, "Combien de kilomètres de pistes rurales seront réhabilités ?")
    assert not body["abstained"], body["answer"]
    assert "45 km" in body["answer"]


def test_a_count_of_something_else_is_none():
    from assistant.answering.entities import mentions

    assert mentions("number", "Planting of 12 000 ha per year", "How many hectares?", ["hectar"], "en")
    assert not mentions("number", "Planting of 12 000 trees per year", "How many hectares?", ["hectar"], "en")


def test_a_count_of_the_end_of_a_compound():
    """Dutch writes what it counts as the end of a compound: "41 treinstations" counts stations."""
    from assistant.answering.entities import mentions

    assert mentions("number", "De deelfiets staat op 12 busstations te huur.", "Op hoeveel stations?", ["station"], "nl")
    assert not mentions("number", "De deelfiets staat op 12 busstations te huur.", "Hoeveel fietsen?", ["fiets"], "nl")
