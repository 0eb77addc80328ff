"""A bare number in a question ("la première étape (1.1)") is the id of a table's row only in
the plan the question names: another plan's row 1.1 does not make the named plan lack it, and
the named plan's passages answer. Through the HTTP API, over two plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NORLAND = """# Norland Water Action Plan 2031

## Actions

| # | Action | Lead |
|---|--------|------|
| 1.1 | Map the flood zones of the northern valleys. | Water Agency |
| 1.2 | Build retention basins along the Elde. | Ministry of Works |
"""

VARLANDE = """# Varlande : plan d'adaptation au climat 2031

## Pour un nouveau document de planification : les étapes

Étape 1.1 : l'installation, par arrêté, d'un comité de suivi climatique composé des points focaux des ministères.

Étape 1.2 : la rédaction des termes de référence de l'étude de vulnérabilité.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-water-plan.md": NORLAND,
                                                    "varlande-plan-adaptation.md": VARLANDE}) as c:
        yield c


def test_a_step_number_of_the_named_plan_is_read_in_its_passages(client):
    body = ask(client, "Que prévoit l'étape 1.1 du plan varlandais d'adaptation au climat ?")
    assert not body["abstained"], body["answer"]
    assert "comité de suivi climatique" in body["answer"], body["answer"]


def test_a_row_number_of_a_plan_with_that_row_is_its_row(client):
    body = ask(client, "Who leads action 1.2 of the Norland water action plan?")
    assert not body["abstained"], body["answer"]
    assert "Ministry of Works" in body["answer"], body["answer"]
