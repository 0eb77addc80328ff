"""A sentence too long to give whole, for a question with no type of fact to look for
("with the support of which initiative was the programme prepared?"), loses its leading clauses
that hold none of the question's words; where it is still too long, its trailing clauses
that hold none of them go too, rather than an answer longer than an answer may be (the
kept span stays verbatim). Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria coastal programme 2024-2028

## Introduction

In answer to the needs of the coastal towns and to the commitments made abroad, with the
support of the Blue Shores project "Coastal Resilience for the Small Harbours of Kestria",
this Kestria coastal programme 2024-2028 was prepared by the ministry, setting out the
framework of coastal protection and the efforts towards regional planning, the financing
of dykes and dunes, the training of municipal staff, the monitoring of erosion along the
northern and southern shores, and the yearly reporting to parliament on the state of the
coast and on the works done in each of the fourteen coastal municipalities.

## Works

The ministry raises the dykes of the northern shore by one metre before 2027.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"kestria-coast.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_long_sentence_is_cut_at_both_ends(client):
    body = ask(client, "With the support of which Blue Shores initiative was the Kestria coastal programme prepared?")
    assert not body["abstained"], body["answer"]
    assert "Coastal Resilience for the Small Harbours of Kestria" in body["answer"], body["answer"]
    assert len(body["answer"]) <= 500, body["answer"]
    assert "fourteen coastal municipalities" not in body["answer"], body["answer"]
    quote = body["citations"][0]["quote"]
    assert quote in PLAN.replace("\n", " ") or quote.replace("\n", " ") in PLAN.replace("\n", " "), quote
