""""By how much did X rise?" asks for a figure ("by 1.4 °C", "by 20%"), in English, French
("de combien …") and Dutch ("met hoeveel …"): the sentence that gives it answers, and a
sentence that only says that X rose (or gives a year) does not."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norvale climate plan 2030

## The climate of Norvale

Norvale's climate is changing in line with global trends. The average annual temperature rose by 1.4 °C between
1950 and 2020, while summer rainfall decreased.

## Mobility

Cycling grew strongly in the city centre after the new bike lanes opened. The city will extend the network of bike
lanes to the northern districts by 2028.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norvale-climate-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "By how much did the average annual temperature rise between 1950 and 2020?",
    "De combien la température moyenne annuelle a-t-elle augmenté entre 1950 et 2020 ?",
])
def test_the_figure_of_a_change_is_the_answer(client, question):
    body = ask(client, question)
    assert "1.4 °C" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "By how much did cycling grow in the city centre?",
    "Met hoeveel is het fietsen in het stadscentrum gegroeid?",
])
def test_a_change_the_plan_gives_no_figure_for_is_declined(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]
