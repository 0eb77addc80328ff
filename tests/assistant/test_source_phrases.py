"""A question in another language than the plan, that names the plan as its source
("d'après le programme X, …", "volgens het programma X, …"): its sentence is chosen by what
is asked, not by the words naming the plan, which match the plan's title sentences best."""

from __future__ import annotations

import pytest

from assistant.answering.base import named_documents
from assistant.question import analyse

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

## Regions

Regional governments carry much of the work on heat in cities. The Havenland Region signed "heat covenants" with
24 municipalities, of which one of the main points is shade in school playgrounds.
"""

# A plan of the region the question names as its topic: its name names this plan too.
REGION_PLAN = """# Regeerakkoord van de Havenlandse Regering 2024-2029

## Havenland werkt

De Havenlandse Regering maakt werk van een sterk Havenland. Havenland investeert in scholen, wegen en havens.

## Klimaat in Havenland

Havenland beschermt zijn steden tegen hitte met meer groen. De Havenlandse Regering plant tegen 2029 tienduizend
bomen in de steden van Havenland.

De Havenlandse Regering werkt een langetermijndoel 2050 uit voor de renovatie van kantoren en scholen, en evalueert
het geregeld.

## Vervoer

We steunen elektrische bestelwagens, zodat pakjes vanaf 2028 in de dorpskernen zonder uitlaatgassen bezorgd worden.
We leggen meer fietspaden aan tussen de dorpen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norvale-adaptation-programme.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN,
                                                    "havenland-regeerakkoord.md": REGION_PLAN}) as c:
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


def test_the_plan_given_as_the_source_is_the_one_named_though_the_topic_names_another(client):
    question = ("Met hoeveel gemeenten heeft het Havenlandse Gewest hitteconvenanten gesloten, volgens het nationale "
                "klimaatadaptatieprogramma van Norvale?")
    snapshot = client.app.state.service.index.snapshot
    assert snapshot.named_by(analyse(question).stems(), analyse(question).written()) >= {
        "havenland-regeerakkoord.md", "norvale-adaptation-programme.md"}  # the topic names the region's plan
    assert named_documents(analyse(question), snapshot) == {"norvale-adaptation-programme.md"}
    body = ask(client, question)
    assert "24 municipalities" in body["answer"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"norvale-adaptation-programme.md"}


def test_the_words_naming_the_source_do_not_choose_the_sentence(client):
    body = ask(client, "Tegen welk jaar moeten bestellingen in de Havenlandse centra emissievrij aankomen, volgens het "
                       "Havenlandse regeerakkoord 2024-2029?")
    assert "vanaf 2028" in body["answer"], body["answer"]
