"""A question of two parts whose first names a plan and whose second names none ("which years
does the Norland plan span, and when does the halfway evaluation take place?"), over plans written
here: the second part is asked of the plan the first names, not of another plan that says
the same thing in closer words. A later part that names a plan of its own is asked of that one."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NORLAND = """# Norland climate adaptation plan

## Period

The plan covers the five years from 2026 to 2030.

## Follow-up

Halfway through, in 2028, an evaluation will check progress in the regions.
"""

VARLAND = """# Varland harbour plan

## Review

The halfway evaluation of the harbour plan will take place in 2033.

## Period

The harbour plan runs from 2031 to 2036.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-adaptation.md": NORLAND,
                                                     "varland-harbour.md": VARLAND}) as c:
        yield c


def test_the_later_part_is_asked_of_the_plan_the_first_names(client):
    body = ask(client, "Which years does Norland's climate adaptation plan span, and when does the halfway evaluation "
                       "take place?")
    assert not body["abstained"], body["answer"]
    assert "2026 to 2030" in body["answer"] and "2028" in body["answer"], body["answer"]
    assert "2033" not in body["answer"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"norland-adaptation.md"}, body["citations"]


def test_a_later_part_that_names_its_own_plan(client):
    body = ask(client, "Which years does Norland's climate adaptation plan span, and when does the halfway "
                       "evaluation of Varland's harbour plan take place?")
    assert "2033" in body["answer"], body["answer"]
