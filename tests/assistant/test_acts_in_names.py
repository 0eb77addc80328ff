"""A who-question that asks for an act ("under whose coordination …?") is answered by the
sentence that states the act, not by one where the act's word only stands in a body's name
("the Coordination Group on Fisheries")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Action Plan 2027

## Cooperation

Norland is represented at numerous regional forums and formal consultation processes (Harbour Working Party, Coastal Forum, Coordination Group on Safety...).

Norland takes part in the regional dialogues on harbour safety and shares its data with its neighbours.

## Implementation

This Action Plan will be executed by the different Norland policy levels and actors, under the comprehensive coordination of the State Secretary for Harbours and Safety. The Harbour Council will discuss progress every year.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-action-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Under whose coordination will Norland's safety action plan be executed?",
    "Sous la coordination générale de qui le plan d'action portuaire de Norland sera-t-il mis en œuvre ?",
    "Onder wiens coördinatie wordt het actieplan van Norland uitgevoerd?",
])
def test_the_sentence_stating_the_coordination_names_who(client, question):
    body = ask(client, question)
    assert "State Secretary for Harbours" in body["answer"], body["answer"]
    assert "Coordination Group" not in body["answer"], body["answer"]
