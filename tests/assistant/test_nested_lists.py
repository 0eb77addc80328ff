"""A list whose items are marked in two ways nests, in a plan written here: the numbered lines
under a heading are its items, the bullets under each are parts of them, not more items. And a
name the question writes that the section over the list's heading writes ("the NAP process" of
an annex on the steps of the NAP process) is the setting of the list, not something its items
must write; a name that nothing around the list writes still is ("the Zorbian council's
elements" are not this plan's list)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Adaptation in Havenland, 2025-2030

## 1. Water

Havenland sets adaptation goals for its rivers and reservoirs.

## 2. Farming

Farmers receive advice on drought-resistant crops.

## Annex 1: Chronology of the steps

The plan was drawn up in the steps of the NAP process set out in the national guidelines.

### Elements of the preparatory phase

1. Analysis of current climate scenarios and of how the climate may change
- Main national climate trends
- Projections of regional climate models
2. Assessment of climate vulnerabilities and identification of adaptation options
- Systems and regions that serve the main development goals
- Expected impacts of climate change
3. Review and costing of the adaptation options
- Costs and benefits of each option
- Conditions for success

### Implementation strategies

1. Ranking of adaptation activities in national planning
2. Capacity building for planning and implementation
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-adaptation-2030.md": PLAN}) as c:
        yield c


def test_the_numbered_items_are_the_list_and_the_bullets_parts_of_them(client):
    body = ask(client, "What are the elements of the preparatory phase of the NAP process, as the annex of "
                       "Havenland's NAP sets them out?")
    assert not body["abstained"], body["answer"]
    for item in ("Analysis of current climate scenarios", "Assessment of climate vulnerabilities",
                 "Review and costing of the adaptation options"):
        assert item in body["answer"], body["answer"]
    for part in ("Main national climate trends", "Expected impacts", "Conditions for success"):
        assert part not in body["answer"], body["answer"]
    assert "(3)" in body["answer"], body["answer"]
    assert "Ranking of adaptation activities" not in body["answer"], body["answer"]


def test_a_name_the_plans_do_not_write_is_not_answered_by_the_list(client):
    body = ask(client, "What are the elements of the preparatory phase of the Zorbian council?")
    assert "Analysis of current climate scenarios" not in body["answer"], body["answer"]


def test_nesting_without_a_name_in_the_question(client):
    body = ask(client, "Which elements make up the preparatory phase in Havenland's adaptation plan?")
    assert not body["abstained"], body["answer"]
    assert "Review and costing of the adaptation options" in body["answer"], body["answer"]
    assert "Costs and benefits of each option" not in body["answer"], body["answer"]
