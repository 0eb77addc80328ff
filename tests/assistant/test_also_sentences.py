"""A sentence that adds to the one before ("… the Harbour Department was the first. The Customs
Department has also published its data.") is quoted with it when the one before writes
a word of the question it lacks ("which department … first?"): what "also" adds to is
there. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland open harbour data plan 2031

## Open data

Norland publishes the berth data of its ports in the open Harbour Data Standard. Some 40 bodies now
use the standard – the Harbour Department was the first. The Customs Department and the Coast Department
have also published their data using the Harbour Data Standard.

## Next steps

The ministry will train port staff in the standard in 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbour-data.md": PLAN}) as c:
        yield c


def test_what_also_adds_to_is_quoted(client):
    body = ask(client, "Which Norland department published its data using the Harbour Data Standard first?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Department was the first" in body["answer"], body["answer"]

