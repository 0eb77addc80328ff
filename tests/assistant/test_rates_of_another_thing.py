""""Quel est le taux d'alphabétisation des femmes en Varlande ?": "taux" (a rate, a share) says
in what form the figure is asked, not what it measures; a sentence giving the rate of
something else ("le taux d'urbanisation") does not answer. A list of the works a plan cites
gives no fact of the plan: "60 indicators" in a reference's title is no count of the plan's
indicators. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Varlande 2031

## Population

La Varlande compte 4 millions d'habitants. Le taux d'urbanisation est estimé à 44 % en 2030. À l'échelle
nationale, le taux de fécondité baisse.

## Agriculture

Les agriculteurs de la Varlande cultivent surtout le riz et le manioc sur de petites parcelles.
"""

REPORT = """# Norland adaptation plan 2031

## Monitoring

The plan is followed by a committee of the ministries, which meets every spring. Progress is reported to parliament.

## Sectors

Agriculture, water and the coast are the sectors the plan covers first.

## References

United Nations (2012). National adaptation plans. Technical guidelines for the national adaptation plan process.

Smith, J., Brown, A., Lee, T. and Moss, K. (2016) 'Developing national systems to monitor adaptation: 60 indicators
reviewed', Norland Institute.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"plan-adaptation-varlande.md": PLAN, "norland-adaptation-plan.md": REPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_rate_of_something_else_is_no_answer(client):
    body = ask(client, "Quel est le taux d'alphabétisation des femmes en Varlande ?")
    assert body["abstained"], body["answer"]


def test_the_rate_asked_is_answered(client):
    body = ask(client, "Quel est le taux d'urbanisation en Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "44 %" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "How many indicators were reviewed to monitor Norland's adaptation plan?",
    "In which year did the United Nations publish guidelines on Norland's adaptation plan?",
])
def test_a_reference_list_states_no_fact_of_the_plan(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]
