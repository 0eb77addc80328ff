"""Project sheets beside a numbered table: "projet 3" is the sheet headed "Projet 3", not line
3 of a table numbered without a word, asked in any of the three languages; the frames of
an answer listing rows are in the question's language."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """<html lang="fr"><head><title>Plan régional de gestion des crues de Varlande 2024-2028</title></head><body>
<h1>Plan régional de gestion des crues de Varlande 2024-2028</h1>
<p>Le plan organise la prévention des crues dans les vallées de Varlande jusqu'en 2028.</p>
<h2>Gouvernance</h2>
<p>L'Office des eaux coordonne l'exécution du plan et en rend compte au gouvernement régional.</p>
<p>Chaque année, l'Office des eaux publie un bilan des crues et des mesures réalisées.</p>
<p>Les communes transmettent leurs relevés à l'Office des eaux avant la fin du mois de mars.</p>
<h2>Tableau 2 : Calendrier des mesures</h2>
<table><tr><th>N°</th><th>Mesure</th><th>Échéance</th><th>Responsable</th></tr>
<tr><td>1</td><td>Cartographier les zones inondables des trois vallées.</td><td>2025</td><td>Office des eaux</td></tr>
<tr><td>2</td><td>Installer des stations de mesure du débit sur la Rive.</td><td>2026</td><td>Service hydrologique</td></tr>
<tr><td>3</td><td>Restaurer les prairies humides le long du Varl.</td><td>2027</td><td>Agence de la nature</td></tr>
</table>
<h2>Fiches de projet</h2>
<h3>Projet 2 : Bassins de rétention de la haute vallée</h3>
<table><tr><td>Objectif</td><td>Retenir les eaux de ruissellement en amont des villages.</td></tr>
<tr><td>Pilote</td><td>Syndicat des digues de la haute vallée, Office des eaux</td></tr>
<tr><td>Budget</td><td>4,5 millions d'euros</td></tr></table>
<h3>Projet 3 : Alerte précoce par SMS</h3>
<table><tr><td>Objectif</td><td>Prévenir les habitants des zones inondables par message.</td></tr>
<tr><td>Pilote</td><td>Centre régional de crise</td></tr>
<tr><td>Budget</td><td>800 000 euros</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-crues.html": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, value, not_value", [
    ("Combien coûte le projet 3 ?", "800 000 euros", None),
    ("Qui pilote le projet 2 ?", "Syndicat des digues de la haute vallée", "Service hydrologique"),
    ("Wie trekt project 3 van het Varlandse plan?", "Centre régional de crise", "Agence de la nature"),
    ("What is the budget of project 2 in the flood plan?", "4,5 millions d'euros", None),
])
def test_a_project_is_its_sheet_not_the_line_of_that_number(client, question, value, not_value):
    body = ask(client, question)
    assert value in body["answer"], body["answer"]
    assert not_value is None or not_value not in body["answer"]
    assert any(value in c["quote"] for c in body["citations"])
    assert all(c["ref"] and c["ref"].startswith("Projet") for c in body["citations"]), body["citations"]


def test_a_line_asked_by_its_own_unit_is_still_the_line(client):
    """The control: "mesure 3" is the table's line 3; no sheet is headed "Mesure"."""
    body = ask(client, "Pour quand la mesure 3 est-elle prévue ?")
    assert "2027" in body["answer"] and body["citations"][0]["ref"] == "3"


@pytest.mark.parametrize("question, frame, english", [
    ("Que disent le projet 2 et le projet 3 ?", "lignes correspondent", "lines match"),
    ("Wat staat er in project 2 en project 3?", "regels komen overeen", "lines match"),
])
def test_rows_listed_are_introduced_in_the_question_language(client, question, frame, english):
    body = ask(client, question)
    assert frame in body["answer"] and english not in body["answer"], body["answer"]
    assert {c["ref"] for c in body["citations"]} == {"Projet 2", "Projet 3"}
    assert " None " not in body["answer"]


def test_a_body_named_in_one_sheet_among_many_passages_does_not_pick_that_sheet(client):
    """The Office des eaux pilots project 2 with another body and is written all over the plan:
    a question on the Office's own running costs is not project 2's budget (the plan gives none)."""
    body = ask(client, "Quel budget le plan de Varlande prévoit-il chaque année pour faire tourner l'Office des eaux ?")
    assert "4,5 millions" not in body["answer"], body["answer"]
