"""A line that is only a web address is no evidence for a date or a number, even when its
path writes a month and a year ("…-november -2031/…", split by a PDF's spacing): the
answer comes from the plan's sentences. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland harbour cooperation report

## Conferences

Norland hosted the regional harbour conferences in 2027, 2029 and 2031, each time in a different port.

See: https://example.org/events/harbour-conferences-regional-november -2031/summary-and-decisions/Final

## Training

The harbour board trains new pilots every spring.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-cooperation.md": PLAN}) as c:
        yield c


def test_an_address_is_not_quoted_for_a_date(client):
    body = ask(client, "When were the summary and decisions of the regional harbour conferences made final?")
    assert "example.org" not in body["answer"], body["answer"]
    assert all("example.org" not in c["quote"] for c in body["citations"])
