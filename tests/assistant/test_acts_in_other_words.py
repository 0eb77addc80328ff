"""A row that states the act a question asks in other words ("prepare" of a row's
"Drafting of …") is read as writing the question's word: it is preferred to a row that
only shares the word by chance, in a sheet whose rows write alike."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Ostravia Flood Readiness Plan 2027-2031

## Project sheets

| No. | Action | Lead | Partners |
|---|---|---|---|
| 1 | Update of the national contingency plan of Ostravia and preparation of the regional crisis teams | Directorate of Civil Protection | Ministry of Finance |
| 1.1 | Update the national contingency plan every three years | Ministry of Territorial Administration | Regional governors |
| 1.2 | Strengthen the regional and district crisis committees | Ministry of Territorial Administration | Red Cross |
| 1.3 | Drafting of evacuation plans (EVAC) for all districts | Civil Protection Service, Flood Watch Office | Mayors |
| 2 | Build dikes along the lower Ostra | Ministry of Public Works | Water boards |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"ostravia-flood-readiness.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Under the project to update the contingency plan, which actors have to prepare the EVAC plans of the districts?",
    "Pour le projet qui actualise le plan d'urgence, quels acteurs ont à préparer des plans EVAC pour tous les districts ?",
])
def test_the_row_drafting_the_plans_answers_who_prepares_them(client, question):
    body = ask(client, question)
    assert "Flood Watch Office" in body["answer"], body["answer"]
    assert "Directorate" not in body["answer"], body["answer"]  # the lead of the project, which drafts nothing
    assert body["citations"] and body["citations"][0]["ref"] == "1.3", body["citations"]
