""""Which sector has a budget of USD 412.36 million?" of a table of sector sheets whose budget
cell reads "412,36 millions de dollars USD": the same figure with the other decimal mark
names the row; the sector is asked for as a row ("which sector …?", "quel secteur …?"). A
figure no row holds names none. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Zembla 2031-2040

## Fiches sectorielles

| Secteur | Contenu | Budget |
|---|---|---|
| Santé | Renforcer la veille sanitaire face aux vagues de chaleur | 412,36 millions de dollars USD |
| Eau | Construire des retenues collinaires dans le nord | 120,5 millions de dollars USD |
| Pêche | Protéger les frayères des lagunes côtières | 64,25 millions de dollars USD |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-zembla.md": PLAN}) as c:
        yield c


def test_the_sector_with_the_amount_written_otherwise(client):
    body = ask(client, "Which sector of Zembla's adaptation plan is costed at USD 412.36 million?")
    assert not body["abstained"], body["answer"]
    assert "Santé" in body["answer"], body["answer"]
    assert "Eau" not in body["answer"] and "Pêche" not in body["answer"], body["answer"]


def test_in_french(client):
    body = ask(client, "Quel secteur du plan d'adaptation de la Zembla dispose d'un budget de 64.25 millions USD ?")
    assert not body["abstained"], body["answer"]
    assert "Pêche" in body["answer"], body["answer"]


def test_an_amount_no_row_holds(client):
    body = ask(client, "Which sector of Zembla's adaptation plan is costed at USD 512.33 million?")
    assert "Santé" not in body["answer"] and "Eau" not in body["answer"] and "Pêche" not in body["answer"], body["answer"]
