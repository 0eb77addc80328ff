"""How a heading names a list. Each word of it counts once, and the little words of its own
language ("les", "de", "la", read as English words too) do not count: "Quelles sont les
réserves naturelles de la Varlande ?" names the heading "Les réserves naturelles de la
Varlande" whole, not 4 of its 7 stems.
A heading that states how many items it holds ("Les 4 zones de la Varlande") is answered only
by as many items: under it, a list that another sentence introduces ("Le plan a pour objectif
de :" and its two objectives) is not the four zones, and the question is answered from the
sentences instead (or declined), not with the objectives as the zones."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Plan d'adaptation de la Varlande 2030

## 1. Introduction

La Varlande prépare son territoire aux crues et aux sécheresses des prochaines décennies.

## 2. Les 4 zones de la Varlande

Le territoire compte une zone littorale, une zone de collines, une zone de plateaux et une zone de vallées.
Ces zones sont définies par leur climat et leurs sols.

Le plan a pour objectif de :

1. Réduire la vulnérabilité des communes aux crues ;
2. Intégrer l'adaptation dans les budgets des communes.

## 3. Mise en œuvre

Le ministère de l'Environnement coordonne le plan.

## 4. Les réserves naturelles de la Varlande

- Les Grands Prés, sur la rive nord ;
- L'Étang Saint-Aulaye, au cœur des marais ;
- La Pointe de Bellerive, à l'embouchure.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_list_of_another_count_under_a_counted_heading_is_not_the_answer(client):
    body = ask(client, "Quelles sont les zones de la Varlande ?")
    assert "Réduire la vulnérabilité" not in body["answer"], body["answer"]
    assert body["abstained"] or "zone littorale" in body["answer"], body["answer"]


def test_a_heading_in_french_is_named_by_its_content_words(client):
    body = ask(client, "Quelles sont les réserves naturelles de la Varlande ?")
    assert all(c in body["answer"] for c in ("Grands Prés", "Saint-Aulaye", "Bellerive")), body["answer"]


def test_the_list_its_own_sentence_introduces_is_still_found(client):
    body = ask(client, "Quels sont les objectifs du plan de la Varlande ?")
    assert "Réduire la vulnérabilité" in body["answer"] and "Intégrer l'adaptation" in body["answer"], body["answer"]
