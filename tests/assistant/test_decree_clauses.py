"""A sentence too long to quote whole keeps the clause that names the thing asked for: of
"… with the adoption of decree no. 2030-137 of 23 March 2030, setting the rules for the
coastal zones, a decree that gives a legal basis to the coastal policy …", the question
"which decree gave the coastal policy a legal basis?" needs the first clause, which writes
its words too. A later part that asks about that decree ("and when was it signed, according
to the plan?") is answered by the same quote, not by the plan's own date on its cover.
Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Coastal Adaptation Plan

December 2031

## Coastal management

The management of the coast of Norland has long been shared between the ports, the municipalities and the fishermen.

This work took a decisive step with the adoption by the Government of decree no. 2030-137 of 23 March 2030, setting the rules for the integrated management of the coastal zones of Norland, a decree that gives an official legal basis to the adoption of the National Policy for the Integrated Management of Coastal Zones and of its framework, the National Strategy for the Sustainable Development of Coastal and Marine Zones, which the regional councils now turn into local coastal plans.

## Monitoring

The Coastal Office reports on the plan every two years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-plan.md": PLAN}) as c:
        yield c


def test_the_clause_naming_the_decree_is_kept(client):
    body = ask(client, "Which decree gave a legal basis to Norland's policy for the integrated management of "
                       "coastal zones?")
    assert not body["abstained"], body["answer"]
    assert "2030-137" in body["answer"], body["answer"]


def test_a_later_part_about_the_decree_is_not_the_plan_s_own_date(client):
    body = ask(client, "Which decree gave a legal basis to Norland's policy for the integrated management of "
                       "coastal zones, and when was it signed, according to the Norland coastal plan?")
    assert "2030-137" in body["answer"] and "23 March 2030" in body["answer"], body["answer"]
    assert "December 2031" not in body["answer"], body["answer"]
