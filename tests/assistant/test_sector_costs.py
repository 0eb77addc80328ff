"""A table of costs per sector: a row named by one word ("Ports") answers what its cell
gives when the question asks for that column ("how much will the ports sector cost?"); of
two tables that name the same row, the one whose caption or cells write the question's other
words, weighed by how rare they are."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de Varlande

## Coûts

Le coût total des mesures pour l'ensemble des quatre secteurs est estimé à 910 millions d'euros.

Tableau 4. Coût estimatif des mesures d'adaptation par secteur

| Secteur | Coût estimatif (millions d'euros) |
|---|---|
| Ports | 412 |
| Forêts | 233 |
| Santé | 180 |
| Eau | 85 |

## Actions par secteur

Tableau 5. Actions prévues dans chaque secteur

| Secteur | Actions à court terme | Actions à long terme | Budget | Responsables |
|---|---|---|---|---|
| Ports | Rehausser les quais du port de Zeestad | Déplacer les entrepôts | 411,8 millions d'euros | Office des ports |
| Forêts | Replanter les dunes boisées | Créer des corridors | 232,6 millions d'euros | Service forestier |
| Santé | Former les agents de santé | Équiper les dispensaires | 179,9 millions d'euros | Ministère de la Santé |
| Eau | Curer les canaux | Construire deux barrages | 85,2 millions d'euros | Régie des eaux |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-plan-adaptation.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "À combien Varlande chiffre-t-elle le coût de l'adaptation des ports ?",
    "Quel coût estimatif le plan de Varlande retient-il pour les ports ?",
])
def test_the_cost_of_one_sector_is_its_rows_cell(client, question):
    body = ask(client, question)
    assert "412" in body["answer"], body["answer"]
    assert "910" not in body["answer"], body["answer"]
    assert body["citations"][0]["quote"].strip() == "412", body["citations"]


def test_the_budget_of_one_sector_is_one_rows_not_the_whole_column(client):
    body = ask(client, "Dans les actions prévues, de quel budget disposent les forêts ?")
    assert "233" in body["answer"] or "232,6" in body["answer"], body["answer"]
    assert "85,2" not in body["answer"] and "411,8" not in body["answer"], body["answer"]


def test_the_other_table_answers_what_its_columns_give(client):
    body = ask(client, "Qui est responsable des actions du secteur des forêts ?")
    assert "Service forestier" in body["answer"], body["answer"]
