"""A question in another language than the plan, that names the plan as its source
("d'après le programme X, …", "volgens het programma X, …"): its sentence is chosen by what
is asked, not by the words naming the plan, which match the plan's title sentences best."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norvale National Climate Adaptation Programme 2025-2030

## Introduction

The National Climate Adaptation Programme of Norvale for 2025-2030 has been developed by the Ministry of Environment
of Norvale.

The Government of Norvale approved the National Climate Adaptation Programme and the list of measures for 2025-2030.

## The climate of Norvale

Norvale's climate is changing in line with global trends. Heat waves have become longer, and the average annual
temperature rose by 1.4 °C over the period 1935-2020, while summer rainfall decreased by 9%.

## Implementation

The implementation of the National Climate Adaptation Programme of Norvale will be monitored every year by the
Ministry of Environment.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norvale-adaptation-programme.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Volgens het nationale klimaatadaptatieprogramma van Norvale (2025-2030), met hoeveel is de gemiddelde "
    "jaartemperatuur gestegen tussen 1935 en 2020?",
    "D'après le programme national d'adaptation au climat de Norvale (2025-2030), de combien la température moyenne "
    "annuelle a-t-elle augmenté sur la période 1935-2020 ?",
])
def test_the_fact_asked_of_a_plan_named_as_the_source(client, question):
    body = ask(client, question)
    assert "1.4 °C" in body["answer"], body["answer"]
