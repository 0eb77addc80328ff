"""A list set as numbered label lines, each over the line it labels ("Critère 1" over
"Contribution de l'option …", "Critère 2" over …), as a table of criteria reads once out of
its PDF: the series, across the passages of its section, is the list, each item the line
under its label without its closing aside in brackets, each quoted."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

FR = [
    "Plan d'adaptation de la Varlande", "",
    "2. Méthode", "",
    "Les options d'adaptation ont été classées au niveau national selon les critères du tableau 2,",
    "définis avec les acteurs de chaque secteur lors des ateliers régionaux.", "",
    "Tableau 2. Critères de classement des options", "",
    "Critère 1", "Contribution de l'option aux objectifs du plan (3 : élevée ; 2 : moyenne ; 1 : faible)", "",
    "Critère 2", "Urgence de l'intervention (3 : urgente ; 2 : moyenne ; 1 : pas urgente)", "",
    "Critère 3", "Coût de la mise en œuvre (3 : élevé ; 2 : moyen ; 1 : faible)", "",
    "3. Mise en œuvre", "",
    "Le ministère de l'Environnement coordonne la mise en œuvre et rend compte chaque année au Parlement.",
]
EN = [
    "Coastal Strategy of Harbourland", "",
    "2. Method", "",
    "The projects were ranked by the steering group on the factors below, agreed with the",
    "municipalities at the regional workshops.", "",
    "Factor 1", "Effect of the project on flood risk (high, medium or low)", "",
    "Factor 2", "Number of residents who benefit (more than 1000, 100 to 1000, fewer than 100)", "",
    "3. Delivery", "",
    "The Harbour Board reports on delivery to the council every year.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-varlande.pdf": FR, "coastal-strategy.pdf": EN}) as c:
        yield c


@pytest.mark.parametrize("question, items", [
    ("Quels sont les critères de classement des options d'adaptation ?",
     ["Contribution de l'option aux objectifs du plan", "Urgence de l'intervention", "Coût de la mise en œuvre"]),
    ("What are the factors the projects were ranked on?",
     ["Effect of the project on flood risk", "Number of residents who benefit"]),
])
def test_numbered_label_lines_are_the_list(client, question, items):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["mode"] == "list", body["answer"]
    for item in items:
        assert item in body["answer"], body["answer"]
    assert "3 : élevée" not in body["answer"] and "high, medium" not in body["answer"], body["answer"]
    assert all(q["quote"] for q in body["citations"]), body["citations"]
