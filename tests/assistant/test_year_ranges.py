"""A period written short in the question ("the 2013-15 plan") names the years the plan
writes in full ("2013-2015"): the answer from that plan is not refused for a "15" it lacks."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

PLAN = """# Lindor open government plan 2013-2015

## Construction transparency

The ministry for development continues to give direct support to countries that publish construction
contracts. This includes £100,000 to the programme in Orvania and £50,000 to the programme in Belmar.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"lindor-ogp-plan-2013-2015.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_short_period_names_the_full_years(client):
    body = ask(client, "In the Lindor open government plan 2013-15, how much direct support goes to the programme "
                       "in Orvania?")
    assert not body["abstained"], body["answer"]
    assert "£100,000" in body["answer"], body["answer"]


def test_a_year_the_plan_does_not_write_is_still_refused(client):
    body = ask(client, "In the Lindor open government plan 2013-17, how much direct support goes to the programme "
                       "in Orvania?")
    assert body["abstained"], body["answer"]
