"""A question that asks who (which body, which institution) is answered only by a sentence
that names one: "une institution nationale" is the kind asked for, not an answer to it. A
plan's elided article does not hide that a name is the question's own ("L’accréditation" is
the question's "l'accréditation"). When the best sentence sets something up and the next says
who does it by the question's verb ("This group will be chaired by …"), both are the
answer."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

GENERIC = """# Plan national d'adaptation de la Varlande 2024-2030

## Financement climatique

L’accréditation au Fonds Vert pour le Climat d’une institution nationale permet l’appropriation par le
gouvernement de l’action climatique. Une institution nationale sera désignée pour l’accréditation au Fonds Vert
pour le Climat au cours de la première phase du plan.

## Agriculture

Les semences résistantes à la sécheresse seront distribuées dans les trois régions du sud à partir de 2025.
"""

NAMED = GENERIC.replace("Une institution nationale sera désignée",
                        "La Caisse de Dépôts de Varlande sera désignée")


def _client(tmp_path_factory, embedder, plan):
    return serving_files(tmp_path_factory, embedder, {"pna-varlande.md": plan, "norland-energy.md": UNRELATED_PLAN})


QUESTION = "Quelle institution sera désignée pour l'accréditation au Fonds Vert pour le Climat ?"


@pytest.fixture(scope="module")
def generic(tmp_path_factory, embedder):
    with _client(tmp_path_factory, embedder, GENERIC) as c:
        yield c


@pytest.fixture(scope="module")
def named(tmp_path_factory, embedder):
    with _client(tmp_path_factory, embedder, NAMED) as c:
        yield c


def test_a_sentence_naming_only_the_kind_asked_for_is_no_answer(generic):
    body = ask(generic, QUESTION)
    assert body["abstained"], body["answer"]


def test_a_sentence_naming_the_body_answers(named):
    body = ask(named, QUESTION)
    assert not body["abstained"], body["answer"]
    assert "Caisse de Dépôts de Varlande" in body["answer"], body["answer"]


TASK_FORCES = """# Harbourland Port Resilience Strategy 2022

## Steering

Once the goals of a resilience effort have been defined by the steering board, a dedicated Port Resilience task force
will be set up for each port on an ad hoc basis. This group will be chaired by the Harbour Master or by another
officer with expertise in the issue at hand.

## Funding

The strategy is funded from the port dues of the five ports.
"""


@pytest.fixture(scope="module")
def task_forces(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"port-resilience.md": TASK_FORCES,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_sentence_after_that_names_who_does_it(task_forces):
    # the sentence that best matches the question sets the task force up; the next one says who chairs it
    body = ask(task_forces, "Who chairs a dedicated Port Resilience task force?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Master" in body["answer"], body["answer"]


RIGHTS = """# Harbourland Business and Human Rights Action Plan 2024-2027

## Political commitment

After the unanimous adoption of the Ocean Charter on Business and Human Rights by the Maritime Council in May 2012,
the Harbourland government and the port cities decided to draw up a National Action Plan to implement these standards.

## Follow-up of the action plan

The action plan's implementation will be assessed annually within the Harbour Sustainability Working Group. A
progress report will be written on the basis of this assessment and published on the website of the port authority.

## Public procurement

Contracting authorities will check that suppliers respect the fundamental labour conventions.
"""

RIGHTS_ELSEWHERE = """# Norland report on fishing communities 2023

## Human rights

The human rights of fishers are protected by the coastal inspectorate. Human rights training reaches every harbour.

## Business

Small business owners in the fishing villages received grants. Business advice is given by the chambers of commerce.
Business networks meet twice a year.
"""


@pytest.fixture(scope="module")
def rights(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-bhr-plan.md": RIGHTS,
                                                    "norland-fishing.md": RIGHTS_ELSEWHERE,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_capitalised_name_before_by_is_no_agent_of_the_question_verb(rights):
    """"… on Business and Human Rights by the Maritime Council" does not say who assesses
    the plan: "Rights" is part of a name, not the participle of a verb the question asks for."""
    body = ask(rights, "Which body assesses the implementation of the business and human rights action plan?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Sustainability Working Group" in body["answer"], body["answer"]
    assert "Maritime Council" not in body["answer"], body["answer"]
