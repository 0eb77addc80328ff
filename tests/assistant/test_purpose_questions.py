"""What a thing is for ("What is the X meant to do?", "À quoi sert X ?", "Waarvoor dient X?")
is asked of X, and a sentence that says what X was set up to do ("X was established to help
…", "X vise à …") answers it before sentences that only mention X. A question that opens with
a statement naming X ("The report mentions a Harbour Fund. What is it supposed to achieve?") asks it
of X. Through the HTTP API, over a report written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland Ports Quarterly Report, spring 2032

## Building capacity

The Ministry of the Sea reported that in this quarter the regional Harbour Fund approved 8 applications. The national Harbour Fund has also approved 2 applications so far this year. The Harbour Fund was established to help port towns repair quays where storms have closed them to fishing boats. The ministry also ran a dredging contest for small ports.

## Publication

The ports published their fees for 2032 on the ministry's site.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ports-report.md": REPORT}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What is the Harbour Fund meant to do, in Norland's spring 2032 ports report?",
    "Norland's spring 2032 ports report mentions a Harbour Fund. What is it supposed to achieve?",
])
def test_what_a_fund_is_for(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "established to help port towns repair quays" in body["answer"], body["answer"]
