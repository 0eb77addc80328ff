"""A question that opens with a statement naming a plan ("The Varlande water plan runs from
… . Who chairs X, and how often does X meet?") asks each of its parts of that plan: a part
without the plan's name is not answered from another plan that writes its words more
closely. Through the HTTP API, over two plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

WATER = """# Varlande Water Plan 2031-2035

## Governance

A steering committee of the ministries concerned follows the plan. The Secretary-General of the Water Ministry chairs the committee.
The committee meets twice a year, in spring and in autumn.

## Wells

Rural communes receive technical support from the basin agencies to maintain their wells.
"""

ROADS = """# Norland Roads Plan 2030-2034

## Governance

The steering committee is chaired by the Minister of Roads.
The steering committee meets every month at the Roads Agency.

## Bridges

The Roads Agency inspects every bridge once every three years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"varlande-water-plan.md": WATER, "norland-roads-plan.md": ROADS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_every_part_is_asked_of_the_plan_the_opening_names(client):
    body = ask(client, "The Varlande water plan runs from 2031 to 2035. Who chairs the steering committee, "
                       "and how often does the committee meet?")
    assert not body["abstained"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"varlande-water-plan.md"}
    assert "Secretary-General" in body["answer"] and "twice a year" in body["answer"]
    assert "Minister of Roads" not in body["answer"]


def test_an_opening_that_names_no_plan_leaves_the_parts_free(client):
    # (a control: without a plan named, the plan that writes the words answers)
    body = ask(client, "Our committee wants to compare notes. Who chairs the steering committee of the roads "
                       "plan, and how often does the committee meet?")
    assert "Minister of Roads" in body["answer"], body["answer"]


def test_a_part_that_names_another_plan_is_asked_of_that_plan(client):
    body = ask(client, "The Varlande water plan runs from 2031 to 2035. Who chairs the steering committee, "
                       "and how often does the steering committee of the Norland roads plan meet?")
    assert not body["abstained"], body["answer"]
    assert "Secretary-General" in body["answer"] and "every month" in body["answer"]


def test_the_evidence_of_each_part_comes_first_in_turn(client):
    body = ask(client, "The Varlande water plan runs from 2031 to 2035. Who chairs the steering committee, "
                       "and how often does the steering committee of the Norland roads plan meet?",
               include_evidence=True)
    assert {e["document"] for e in body["evidence"][:2]} == {"varlande-water-plan.md", "norland-roads-plan.md"}
