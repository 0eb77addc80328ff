"""A term a sentence defines with "defined as" ("… berth tenancy – defined as the right …",
"… défini comme …", "… gedefinieerd als …") answers "how does the plan define X?", and so it
does when the question adds whose X it is ("the berth tenancy of a shipowner") and the plan
defines X alone (through the HTTP API, over a plan written here)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Plan 2031-2035

## Berths

The Norland harbour plan sets new rules for the berth tenancy of every shipowner and for the fees of the harbour boards from 2032 on, in every port of the country.

The harbour boards will keep a public register of each berth tenancy – defined as the right of one ship to moor at the same quay for a whole season. The register is open to every shipowner.

## Fees

The fees of the harbour boards rise by two per cent each year until 2035.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan.md": PLAN}) as c:
        yield c


def test_defined_as_answers_how_the_plan_defines_a_term(client):
    body = ask(client, "How does the Norland harbour plan define the berth tenancy of a shipowner?")
    assert "moor at the same quay for a whole season" in body["answer"], body["answer"]
