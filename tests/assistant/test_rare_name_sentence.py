"""A question naming something the plans write in a few passages only ("station Ostbrug"),
given as an example in a list item: the item whose passage writes it answers, though a
sentence sharing more of the question's other words scores a little better (that one is
about something else, and the rare-names check would refuse it). Through the HTTP API,
over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Snelstudie deelfietsen en deelscooters in Westerland

## Advies

Het advies is om kansrijke plekken voor deelfietsen en deelscooters samen met de gemeenten van Westerland te
inventariseren en daar proeven te starten.

## Kansrijke plekken

Kansrijke plekken voor deelfietsen zijn in de eerste plaats de treinstations van Westerland.

## Pilots

Waar de provincie pilots wil starten:

- hubs met bestemmingen tot 5 kilometer voor deelscooters (bijvoorbeeld bij station Ostbrug met de haven op
  fietsafstand)
- stations waar de fietsenstalling vol is en bijbouwen duur is
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"snelstudie-deelfietsen-westerland.md": STUDY}) as c:
        yield c


def test_the_item_that_writes_the_rare_name(client):
    body = ask(client, "Voor welk soort kansrijke plek is station Ostbrug een voorbeeld, volgens de Westerlandse "
                       "snelstudie naar deelfietsen en deelscooters?")
    assert not body["abstained"], body["answer"]
    assert "5 kilometer" in body["answer"], body["answer"]
