""""Which council …?", "quel conseil …?", "welke raad …?" ask for a body, as "which
ministry …?" does: the sentence that names who did it ("approved by the Advisory Board")
answers, not one that only shares the question's words."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

PLANS = {
    "lindor-climate-plan.md": """# Lindor climate plan 2030

## Adoption

Every year the Lindor council of towns reviews the targets of the climate plan.
The climate plan was approved by the Lindor Advisory Board on 3 May 2021.
""",
    "plan-climat-de-belmar.md": """# Plan climat de Belmar 2030

## Adoption

Chaque année, le conseil des communes de Belmar examine les objectifs du plan climat.
Le plan climat a été approuvé par le Bureau consultatif de Belmar le 3 mai 2021.
""",
    "klimaatplan-van-orvanie.md": """# Klimaatplan van Orvanië 2030

## Goedkeuring

Elk jaar bespreekt de raad van gemeenten van Orvanië de doelen van het klimaatplan.
Het klimaatplan werd goedgekeurd door het Adviesbureau van Orvanië op 3 mei 2021.
""",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {**PLANS, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, body_name", [
    ("Which council approved the Lindor climate plan?", "Advisory Board"),
    ("Quel conseil a approuvé le plan climat de Belmar ?", "Bureau consultatif"),
    ("Welke raad heeft het klimaatplan van Orvanië goedgekeurd?", "Adviesbureau"),
])
def test_a_body_named_by_its_kind_is_the_one_who_did_it(client, question, body_name):
    body = ask(client, question)
    assert body_name in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Which mayor is responsible for the Lindor climate plan?",
    "Welke gedeputeerde is verantwoordelijk voor het klimaatplan van Orvanië?",
    "Quel maire est chargé du plan climat de Belmar ?",
    "Which minister approved the Lindor climate plan?",
    "Quel ministre a approuvé le plan climat de Belmar ?",
    "Welke minister heeft het klimaatplan van Orvanië goedgekeurd?",
])
def test_an_office_holder_the_plan_never_names_is_not_answered(client, question):
    # a person's office asks for a person, as a body's kind asks for a body: no sentence of
    # the plan names one, so the plans do not say
    assert analyse(question).expects == "agent"
    body = ask(client, question)
    assert body["abstained"], body["answer"]
