"""A French table of projects names who carries each one out under "Maîtrise d'ouvrage"
(the project owner): that column gives the row's lead, and a question
asking which organisation carries a project out ("welke organisatie voert … uit?") is
answered from it. Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Plan d'adaptation de la Kestrie

## Projets en cours

| Projet | Sources de financement | Maîtrise d'ouvrage | Durée |
|---|---|---|---|
| Renforcement des digues côtières de la Kestrie (RDCK) | Fonds vert | Agence des ports de Kestrie | 2030-2034 |
| Reboisement des mangroves du delta (REMADE) | Banque régionale | Office des forêts | 2031-2035 |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"kestria-adaptation.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Welke organisatie voert het REMADE-project uit?",
    "Qui est responsable du projet REMADE ?",
])
def test_the_project_owner_is_who_carries_it_out(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Office des forêts" in body["answer"], body["answer"]
    assert "Agence des ports" not in body["answer"], body["answer"]
