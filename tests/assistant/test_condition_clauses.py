"""A question that opens with a clause of condition or time ("When a body is closed, what
must …?", "Quand un organisme …, que doivent …?", "Wanneer een orgaan …, wat moeten …?")
asks what its question word asks, not a date: it is answered by the sentence that says it."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Public Bodies Reform Note 2031

## Reform of public bodies

The reform merges nine public bodies into four agencies between 2031 and 2033.
Ministries must prepare a handover plan for records and knowledge, so that no key files of a closed body are lost.
The national archive keeps the records of every closed body for twenty years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-public-bodies-reform.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_question_after_a_clause_of_time_is_answered(client):
    body = ask(client, "When a Norland public body is closed, what must the ministries prepare to keep its knowledge?")
    assert not body["abstained"], body["answer"]
    assert "handover plan" in body["answer"], body["answer"]
