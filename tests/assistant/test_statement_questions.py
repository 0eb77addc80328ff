"""A question that opens with a statement ("The plan copies a body like the HSA. What is the
HSA?", "The plan rests its planning on a handful of values. Which values …?") asks what its question
sentence asks: the statement sets the scene and helps find the passage, but neither hides
the kind of answer wanted nor has to be written by a list's label. The sentence that leads
into the list is one long line, as a plan not wrapped into lines writes it. Through the HTTP
API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Plan 2031-2035

## 1. Why a harbour plan

The ports of Norland handle most of the country's trade. Storms and silting have closed quays in six towns since 2025.

## 2. Norland's approach to harbour planning

The plan serves as a roadmap for harbour planning in the towns of Norland:

- it sets the order of the works on quays and channels;
- it names the boards that carry out each work.

The plan aligns the harbour budgets of the towns with the national budget cycle.

The plan does not replace the towns' own planning, but gives guidance on good practice and is driven by three important values:

1) Openness - every harbour board publishes its decisions and accounts;
2) Thrift - works are paid from harbour dues before any state grant;
3) Care - quays and slipways are kept safe for the fishermen who use them.

These values form the basis of the approach to harbour planning in Norland and apply to every harbour board.

## 3. Bodies

The Harbour Safety Authority (HSA) inspects quays, slipways and lights twice a year and may close a quay that is unsafe.
Each coastal town should set up a body modelled on the HSA for its smaller landing stages.
The Norland Port Council meets once a year to review the plan.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan.md": PLAN}) as c:
        yield c


def test_a_list_question_after_a_statement_gets_the_list_its_kind_names(client):
    body = ask(client, "The Norland harbour plan rests its approach to harbour planning on a handful of "
                       "important values. Which values are these?")
    assert not body["abstained"], body["answer"]
    for value in ("Openness", "Thrift", "Care"):
        assert value in body["answer"], body["answer"]
    assert "roadmap" not in body["answer"] and "order of the works" not in body["answer"], body["answer"]


def test_a_definition_question_after_a_statement(client):
    body = ask(client, "The Norland plan wants every coastal town to copy a body like the HSA. What is the HSA?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Safety Authority" in body["answer"], body["answer"]
