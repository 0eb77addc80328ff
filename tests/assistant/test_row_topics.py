"""A question that names a numbered action and asks for something its own sentence does not
write ("under action 3, which permits …?") is answered from the passages that describe the
action; "what does action 3 aim at?" still gets the action's sentence. Through the HTTP API,
over a plan written here whose actions are numbered in prose."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland national action plan on ports and the environment

## Harbour dredging

Action nr. 3 of Norland's plan aims to reduce the harm dredging does to the estuary. The Harbour Board will report on the dredged volumes every year.

Description of the port authority's action:

The port authority will have to obtain two permits before any dredging: a water discharge permit from the Estuary Agency and a nature permit from the Ministry of the Environment. Monitoring will pay attention to the turbidity of the water near the oyster beds.

## Shore power

Action nr. 4 of Norland's plan aims to connect ferries to shore power at every quay by 2033. The Energy Office will pay half of the cost of the connections.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ports.md": PLAN}) as c:
        yield c


def test_what_the_action_sentence_does_not_write_comes_from_its_description(client):
    body = ask(client, "Under action 3 on harbour dredging, which permits does the port authority need to get first?")
    assert not body["abstained"], body["answer"]
    assert "water discharge permit" in body["answer"] and "nature permit" in body["answer"]


@pytest.mark.parametrize("question, expected", [
    ("What does action 3 aim at?", "reduce the harm dredging does"),
    ("What does action 4 say?", "connect ferries to shore power"),
])
def test_what_an_action_is_about_is_its_own_sentence(client, question, expected):
    # (controls: the action's sentence writes what these ask)
    body = ask(client, question)
    assert expected in body["answer"], body["answer"]
    assert body["citations"][0]["ref"] in ("action 3", "action 4")
