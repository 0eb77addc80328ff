"""A list of web sites the plan consulted says where to read, not what is asked: it is no
answer to a question about what the sites are about, in any language."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de la Varlande 2030

## Climat

Le plan porte sur les ports, les digues et les forages pastoraux de la Varlande.

## Sources

Sites web consultés le 3 mars 2029 www.varlande-pluies.org/stations/tendances
www.meteo-varlande.org/stations/nord/hausse www.ports-varlande.org/climat/stations
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


def test_a_list_of_web_sites_is_no_answer(client):
    body = ask(client, "In Varlande's adaptation plan, which rain stations in the north show rising rainfall?")
    assert "www." not in body["answer"], body["answer"]
