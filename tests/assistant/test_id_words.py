"""A row asked for by its id with the id's word ("projet 2") is the row whose id writes that
word (the sheet "Projet 2"), though another table numbers a line 2 under a heading whose
words the question echoes more; and the French verb "piloter" asks who leads it. Through the
HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Varlande 2031-2035

## Sensibilisation au plan d'adaptation de la Varlande

| N° | Action | Acteurs clés |
|---|---|---|
| 1 | Émissions de radio sur les tempêtes | MINCOM |
| 2 | Affiches sur les digues dans les écoles | MINEDUC et communes |
| 3 | Visites des côtes avec les élus | MINEPDED |

## Fiches de projets

| Projet | Action | Pilote de l'action | Budget |
|---|---|---|---|
| Projet 1 | Digues du littoral nord | MINTP | 12 millions d'euros |
| Projet 2 | Reboisement des mangroves du delta | MINFOF et MINEPDED | 3 millions d'euros |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Qui pilote le projet 2 du plan d'adaptation de la Varlande ?",
    "Quelle administration pilote le projet 2 du plan d'adaptation de la Varlande, sur les mangroves ?",
])
def test_the_row_whose_id_writes_the_word_asked(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "MINFOF et MINEPDED" in body["answer"], body["answer"]
    assert "MINEDUC" not in body["answer"], body["answer"]


def test_pilot_projects_ask_for_no_lead():
    # ("projets pilotes": trial projects, no one who leads)
    from assistant.answering.asked import asked_roles

    assert "lead" not in asked_roles("Quels sont les projets pilotes prévus dans le plan de la Varlande ?")
    assert asked_roles("Quelles administrations en pilotent la mise en œuvre ?") == ["lead"]
