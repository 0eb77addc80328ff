""""The period" of a project asks for its timeline column ("Durée – Calendrier"), as "the
duration" and "the calendar" do, in each language."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Varlande 2030

## Projets

| Projet | Intitulé | Budget | Durée – Calendrier |
|---|---|---|---|
| Projet 1 | Digues du littoral de Varlande | 12 millions d'euros | Projet de 4 ans, 2026-2030 |
| Projet 2 | Forages pastoraux du Nord | 3 millions d'euros | Projet de 2 ans, 2027-2029 |
| Projet 3 | Formation des agents des ports | 1 million d'euros | Projet de 3 ans, 2026-2029 |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quel budget et quelle période le plan de la Varlande donne-t-il au projet 2 ?",
    "What budget and what period does project 2 of the Varlande plan have?",
])
def test_the_period_is_the_timeline_cell(client, question):
    body = ask(client, question)
    assert "3 millions" in body["answer"], body["answer"]
    assert "2027-2029" in body["answer"], body["answer"]
