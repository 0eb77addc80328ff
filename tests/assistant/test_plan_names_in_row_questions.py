""""Which action of Norland's plan is about X?", "... of the Norlandic plan ...": the name
(or its adjective) says which plan is asked about, not what its row is about; a row that
happens to write the name is not the answer for it, and the topic alone must be covered. Through
the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from assistant.answering.base import in_a_plan_name
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Harbour National Action Plan 2031-2034

## Introduction

The plan sets out what the ports will do over four years. Pilots guide ships into the port.

## Context

National cargo volumes grew by a fifth over the last decade; pilots now board twice as many ships.

## Financing

The ports raise their own revenue from berth fees; pilots are paid from a national levy.

## Environment

Dredged sediment is tested for pollutants; pilots report spills they see at sea.

## Governance

A national steering committee of the port authorities and the pilots meets twice a year.

## Actions

| No. | Action | Lead department |
|---|---|---|
| 1 | Train new harbour pilots in night navigation. | Pilotage Office |
| 2 | Publish the Norland harbour tide tables as open data. | Hydrographic Service |
| 3 | Present the Norland port brand at trade fairs abroad. | Trade Agency |
| 4 | Renew the mooring buoys of the inner basin. | Ports Authority |
"""

OTHER = """# Plan national de sécurité routière du Varland 2031

## Mesures

| N° | Mesure | Responsable | Lieu |
|---|---|---|---|
| 1 | Abaisser les limites de vitesse près des écoles. | Agence des routes | National |
| 2 | Peindre en rouge les pistes cyclables aux carrefours. | Agence des routes | Régional |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-action-plan-norland.md": PLAN, "plan-securite-routiere-varland.md": OTHER}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which action of Norland's plan is about pilots?",
    "Which action of the Norlandic plan is about pilots?",
    "Which action of the Norland plan is about pilots?",
])
def test_the_plan_name_is_not_the_topic(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "night navigation" in body["answer"], body["answer"]
    assert "trade fairs" not in body["answer"] and "tide tables" not in body["answer"], body["answer"]


@pytest.mark.parametrize("question, name", [
    ("Which action of Norland's plan is about pilots?", "norland"),
    ("Quelle action du plan de l'Ostravie concerne les pilotes ?", "ostrav"),
])
def test_a_possessive_or_elided_name_is_written_with_a_capital(question, name):
    assert any(s and s.startswith(name) for s in analyse(question).capitalised())


@pytest.mark.parametrize("value, question, named", [
    ("National", "Which action of the Norland National Action Plan is about pilots?", True),
    ("Ministry of Environment", "Which actions does the Ministry of Environment lead?", False),
    ("National", "Which actions are led at National level?", False),
])
def test_a_word_of_a_plan_s_name(value, question, named):
    assert in_a_plan_name(value, question) is named


@pytest.mark.parametrize("question", [
    "Which Norland harbour action concerns the mooring buoys?",
    "Which Norland national harbour plan action concerns the mooring buoys?",  # words of its title too
])
def test_the_plan_named_between_which_and_the_row_noun(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith("Line 4"), body["answer"]
