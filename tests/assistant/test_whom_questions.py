""""To whom / with whom …?" asks who, like "who …?"; and the answer is the sentence that says
who, without the next sentence that only adds something ("Moreover, …"): an addition widens a
list or an overview, not a name (through the HTTP API, over a plan written here)."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Plan 2031-2035

## Reporting

Every year the Harbour Agency writes a progress report on the plan. The yearly harbour report is sent to the Norland parliament and to the boards of the port towns. Moreover, the port towns discuss the progress of the plan in their own councils, which meet four times a year and invite the shipowners of the town.

## Funding

The Harbour Fund pays for the quays.
"""


@pytest.mark.parametrize("question", ["To whom is the yearly report sent?", "With whom does the agency write it?"])
def test_whom_asks_who(question):
    assert analyse(question).expects == "agent", question


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan.md": PLAN}) as c:
        yield c


def test_the_sentence_that_says_who_without_an_addition(client):
    body = ask(client, "To whom is the yearly harbour report of the Norland plan sent?")
    assert "Norland parliament" in body["answer"], body["answer"]
    assert "Moreover" not in body["answer"], body["answer"]
