""""What is the X that the plan talks about?", "qu'est-ce que le X dont parle le plan de Y ?",
"wat is het X waarover het plan spreekt?": a closing clause that only says a plan writes X
is no part of what is asked; a clause that describes X ("… that the plan uses to pay for
dykes") stays. Through the HTTP API, an abbreviation so asked is spelled out."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de la Varlande 2031-2035

## Sigles

SNOVC : Système National d'Observation des Vents Côtiers

## Gouvernance

Le ministère renforce le SNOVC pour le suivi des tempêtes et des vents forts sur les côtes.
Les données du SNOVC alimentent le tableau de bord des communes littorales.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Qu'est-ce que le SNOVC dont parle le plan de la Varlande ?",
    "What is the SNOVC that the Varland plan talks about?",
    "Wat is het SNOVC waarover het plan van Varland spreekt?",
    "Wat is het SNOVC dat in het plan staat?",
    "Qu'est-ce que le SNOVC que cite la stratégie ?",
])
def test_a_clause_saying_the_plan_writes_it_is_not_the_focus(question):
    assert analyse(question).focus == "SNOVC"


@pytest.mark.parametrize("question, focus", [
    ("What is the fund that the plan uses to pay for dykes?", "fund that the plan uses to pay for dykes"),
    ("Qu'est-ce que le fonds que le plan mentionne pour les digues ?", "fonds que le plan mentionne pour les digues"),
])
def test_a_clause_describing_the_thing_stays(question, focus):
    assert analyse(question).focus == focus


def test_the_abbreviation_so_asked_is_spelled_out(client):
    body = ask(client, "Qu'est-ce que le SNOVC dont parle le plan de la Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "Système National d'Observation des Vents Côtiers" in body["answer"], body["answer"]



@pytest.mark.parametrize("question", [
    "What is the SNOVC, as described in the Varland adaptation plan?",
    "What is the SNOVC, as defined in the plan?",
    "Qu'est-ce que le SNOVC, tel que décrit dans le plan de la Varlande ?",
    "Qu'est-ce que le SNOVC, tel que défini dans le plan ?",
    "Wat is het SNOVC, zoals beschreven in het plan van Varland?",
])
def test_the_source_set_after_the_thing_is_not_the_focus(question):
    q = analyse(question)
    assert q.expects == "definition" and q.focus == "SNOVC", (q.expects, q.focus)


def test_a_thing_asked_with_its_source_after_it_is_spelled_out(client):
    body = ask(client, "What is the SNOVC, as described in the Varland adaptation plan?")
    assert not body["abstained"], body["answer"]
    assert "Système National d'Observation des Vents Côtiers" in body["answer"], body["answer"]
