"""A figure in a table cell under a header of money ("Budget prévu (millions VRL)") is an
amount: "how much money goes to the health sector?" of a French table of budgets per sector
is answered with the figure of the row "Santé", in either language."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de la Varlande

## Chapitre 5 : Financement

Chaque ministère chiffre ses travaux pour les cinq prochaines années. Les bailleurs appuient l'État.

Tableau 9. Dépenses prévues de 2026 à 2030

| Secteur | Budget prévu (millions VRL) |
|---|---|
| Santé | 390 |
| Agriculture | 377 |
| Énergie | 112 |
| Eau | 153 |
| Tourisme | 747 |

## Chapitre 6 : Suivi

Un comité de suivi publie un bilan chaque printemps.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, figure", [
    ("How much money goes to the health sector from 2026 to 2030?", "390"),
    ("Quel budget la Varlande prévoit-elle pour l'énergie ?", "112"),
])
def test_a_figure_under_a_header_of_money_answers_what_it_costs(client, question, figure):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert [c["quote"] for c in body["citations"]] == [figure], body["answer"]


def test_a_figure_under_another_header_is_no_amount(tmp_path_factory, embedder):
    table = PLAN.replace("Budget prévu (millions VRL)", "Nombre de communes")
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": table}) as client:
        body = ask(client, "How much money goes to the health sector from 2026 to 2030?")
    assert body["abstained"], body["answer"]
