"""""Which options does the plan keep for fishing?": the question writes no cell of the table,
but most words of one table's caption ("Options and measures kept for the fishing sector"),
more than of any other caption; it asks for that table's column by its header."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de Varlande

## Planification de l'adaptation

Les options d'adaptation ont été choisies avec les ministères sectoriels lors de quatre ateliers.

### Tableau 14. Options et mesures d'adaptation retenues pour le secteur de l'eau

| Options | Mesures |
|---|---|
| 1. Protection des captages d'eau potable | Clôturer les périmètres de captage ; suivre la qualité de l'eau |
| 2. Gestion intégrée des bassins versants | Créer des comités de bassin ; restaurer les berges |

### Tableau 15. Options et mesures d'adaptation retenues pour le secteur de la pêche

| Options | Mesures |
|---|---|
| 1. Surveillance des stocks de poissons côtiers | Compter les prises chaque mois ; former les pêcheurs |
| 2. Adaptation des ports de pêche aux tempêtes | Rehausser les quais ; abriter les pirogues |

## Mise en œuvre

Le ministère de l'Environnement coordonne la mise en œuvre des options retenues pour chaque secteur.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


def test_the_column_of_the_table_the_question_names_by_its_caption(client):
    body = ask(client, "Pour la pêche, quelles options d'adaptation sont retenues dans le plan de Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "Surveillance des stocks de poissons côtiers" in body["answer"], body["answer"]
    assert "Adaptation des ports de pêche aux tempêtes" in body["answer"], body["answer"]
    assert "captages" not in body["answer"], body["answer"]


def test_the_other_table_by_its_caption(client):
    body = ask(client, "Quelles options d'adaptation sont retenues pour le secteur de l'eau dans le plan de Varlande ?")
    assert "Protection des captages d'eau potable" in body["answer"], body["answer"]
    assert "Surveillance des stocks" not in body["answer"], body["answer"]
