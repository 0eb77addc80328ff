"""What a plan says of a topic: "what does the paper recommend on X?", "que dit le plan sur
X ?", "wat zegt de nota over X?" is answered by the plan's paragraph (or list item) on X from
its first sentence, as much of it as a short answer holds, not by its one best sentence. A
paragraph too long for that is given from the best sentence on. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PAPER = """# Kestria harbour recommendations 2031

## Recommendations

- 1. Share the berth data: Every harbour office should publish its berth data each week. Shipping lines plan
  their calls with it.
- 2. Prepare for storms early: Most of the effort on storm damage has gone into repairs after the event.
  Harbour boards should also invest ahead of time in tide gates and raised quays. Insurance schemes should
  reward the towns that do so. The fishing fleet has a role to play in reporting weak spots.
- 3. Train the pilots together: Pilots of the three harbours should train on one simulator.

## Dredging

The dredging office surveys the channel twice a year and reports to the harbour board. Its survey boat is
twenty years old and will be replaced in 2033, when the new channel opens to larger ships. The office also
trains the crews of the private dredgers that work for the harbour under contract, and it keeps a register of
every load of sediment taken out of the channel and where it was dumped. The register is open to the public and
to the environmental inspectors of the region. A new sediment basin north of the harbour will take the loads
from 2034 on, so that no sediment is dumped at sea any more.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-harbour-recommendations.md": PAPER, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_item_on_the_topic_from_its_first_sentence(client):
    body = ask(client, "What does the Kestria harbour paper recommend on storm damage?")
    assert not body["abstained"], body["answer"]
    for said in ("repairs after the event", "tide gates and raised quays", "reward the towns"):
        assert said in body["answer"], body["answer"]
    assert len(body["answer"]) <= 500, body["answer"]


def test_asked_in_dutch(client):
    body = ask(client, "Wat zegt het Kestriaanse havendocument over stormschade?")
    assert "tide gates and raised quays" in body["answer"], body["answer"]


def test_a_long_paragraph_from_the_best_sentence_on(client):
    body = ask(client, "What does the Kestria paper say about the sediment basin north of the harbour?")
    assert "sediment basin north of the harbour" in body["answer"], body["answer"]
    assert len(body["answer"]) <= 500, body["answer"]
