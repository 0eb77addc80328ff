""""Who / which <body> <light verb> <object>?" ("which minister held the welcome address?",
"quel service assure la formation ?", "wie geeft de opleiding?") asks about the act its object
names: a sentence that names a body but not the act is no answer, and the plan's sentence
that writes the act is. (The second test is a control.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Conference 2031

## Organisation

The Norland Ministry of Transport and the Harbour Institute are jointly responsible for the
programme and the venue of the conference.

## Sessions

The second day is devoted to the ports' data and to the pilots' training.

## Digital

The conference intended to create a Digital Council co-chaired by the Harbour Data Office and the Press Office.
The Harbour Data Office assessed the digital services of the conference and its digital strategy for the harbour.
The Harbour Records Office is responsible for the conference's archive and its digital strategy.

## Staff

The Harbour Pilots' Service will survey all its female pilots on the reasons why so few of them apply for the post of
harbour master.

## Press

When a session involves several ports, the organising committee will play the role of sole contact point
for journalists, helped by the press office of the Ministry of Transport.
"""

PLAN_FR = """# Plan de formation portuaire de Varlande

## Formation

La formation des pilotes est assurée par l'École Nationale de la Marine de Varlande.

## Organisation

Le Ministère de la Mer et l'Office des Ports sont conjointement responsables du plan.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-conference.md": PLAN, "plan-formation-varlande.md": PLAN_FR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_body_named_for_another_act_is_no_answer(client):
    body = ask(client, "Which Norland minister held the welcome address during the harbour conference?")
    assert body["abstained"], body["answer"]


def test_the_sentence_that_writes_the_act(client):
    body = ask(client, "Quel organisme assure la formation des pilotes à Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "École Nationale de la Marine" in body["answer"], body["answer"]


def test_a_role_verb_asks_about_its_complement(client):
    body = ask(client, "Who acts as sole contact point for journalists when a session involves several ports?")
    assert not body["abstained"], body["answer"]
    assert "organising committee" in body["answer"], body["answer"]


def test_a_light_verb_of_a_clause_the_question_goes_on_with_is_not_the_act_asked(client):
    """"… why they do not go for …": "do" is the verb of the why-clause, not the act asked."""
    body = ask(client, "Which Norland service plans to survey its women pilots on why they do not go for harbour master?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Pilots' Service" in body["answer"], body["answer"]


def test_the_object_of_a_light_verb_picks_the_sentence(client):
    """"Which office was given the responsibility …?": the sentence that writes it says who,
    before one that names an office and more of the question's other words."""
    body = ask(client, "Once the Digital Council was dropped, which office was given the responsibility for the "
                       "conference's digital strategy?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Records Office" in body["answer"], body["answer"]
