"""A question that ends with a description of the name it asks about ("which body chairs the
HC, the council coordinating the port plan?"): the description says which HC is meant, so
it finds the passages, but the answer is the sentence that says what is asked (who chairs
it), not the one that repeats the description."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

PLAN = """# Port plan of Lindor 2024-2028

## Governance

The Harbour Council (HC), which coordinates the implementation of the port plan of Lindor, is one of the
four bodies to which the Port Law of 2011 entrusts the coordination of the national port policy of Lindor.

The HC brings together the port authority, the pilots, the shipping companies and the unions. It meets four
times a year and publishes its minutes.

## Dredging

The channel is dredged every spring. The costs are shared between the port authority and the state.

## Organisation of the council

The Maritime Institute of Lindor chairs the HC. The secretariat is kept by the port authority.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"lindor-port-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_answer_says_what_is_asked_not_the_description(client):
    body = ask(client, "Which body chairs the HC, the council coordinating the implementation of the port plan "
                       "of Lindor?")
    assert not body["abstained"], body["answer"]
    assert "Maritime Institute" in body["answer"], body["answer"]


def test_a_closing_description_is_told_apart_from_what_is_asked():
    q = analyse("Which body chairs the HC, the council coordinating the port plan of Lindor?")
    assert q.asked == "Which body chairs the HC?"
    assert {"council", "coordinating", "port", "lindor"} <= q.described and "chairs" not in q.described
    assert not analyse("Who chairs it, the minister or the secretary?").described
    assert analyse("Qui préside le CNCC, le comité national sur le climat ?").asked == "Qui préside le CNCC?"
