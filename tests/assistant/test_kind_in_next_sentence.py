""""Which law / which decree …?" of a sentence that says what is done but not under which law,
the next sentence of its paragraph naming the law ("Ceci, conformément à la loi n° …"): the
answer goes on to that sentence. Through the HTTP API, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan portuaire de la Varlande 2031-2035

## Mise en œuvre

Le plan portuaire étant un document de planification des quais et des digues, il est proposé qu'il fasse
l'objet d'une étude d'impact sur le littoral. Ceci, conformément au décret n° 2031-17 portant code des ports
de la Varlande. Les communes littorales participent au comité de suivi.

## Financement

Le fonds des ports finance les digues du nord.
"""

HARBOUR = """# Norland harbour plan 2031-2035

## Delivery

The harbour plan sets out works on quays and dykes, so it is to undergo a coastal impact study. This
follows Act 12 of 2030 on the coast of Norland. The harbour towns sit on the steering board.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-portuaire-varlande.md": PLAN, "norland-harbour-plan.md": HARBOUR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_next_sentence_names_the_decree(client):
    body = ask(client, "En vertu de quel décret le plan portuaire de la Varlande doit-il faire l'objet d'une étude "
                       "d'impact ?")
    assert not body["abstained"], body["answer"]
    assert "2031-17" in body["answer"], body["answer"]
    assert "comité de suivi" not in body["answer"], body["answer"]


def test_the_next_sentence_names_the_act(client):
    body = ask(client, "Under which act must the Norland harbour plan undergo a coastal impact study?")
    assert not body["abstained"], body["answer"]
    assert "Act 12 of 2030" in body["answer"], body["answer"]
