""""Who <verb>s …?" asks who does that act. The sentence best matching the rest of the
question may say nobody does it ("… committed to speeding up the implementation of …");
one scored nearly as well that says the act, as a verb or as its noun ("under the overall
supervision of X"), answers instead (of an abstention, or of both sentences). Through the HTTP API over plans
written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PORTS = """# Havenland port plan 2030

## Implementation

Havenland is committed to speeding up the implementation of the port plan with its
neighbours. The ports of the region share their data each month.

## Dredging

The channel is dredged every two years to keep a depth of fourteen metres.

## Governance

The plan will be carried out by several Havenland agencies, under the overall supervision
of the Harbour Master's Office. Progress is reported to parliament each spring.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-ports.md": PORTS, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_sentence_that_says_the_act_answers(client):
    body = ask(client, "Who supervises the implementation of the Havenland port plan?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Master's Office" in body["answer"], body["answer"]
    assert "speeding up" not in body["answer"], body["answer"]  # (says nobody supervises)


def test_no_sentence_says_the_act(client):
    body = ask(client, "Who audits the implementation of the Havenland port plan?")
    assert "Harbour Master's Office" not in body["answer"], body["answer"]
