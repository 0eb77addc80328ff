""""What date does the X report carry?", "de quand date le plan ?": the date line of the
plan's cover answers, not a sentence that dates something the plan speaks of; a plan is
named by its whole title written out, even when no word of it is its own."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PANEL = """Paper (2) 04032031
HARBOUR DATA PANEL – ACTIONS REPORT
4 MARCH 2031

Ongoing actions and those arising from the last panel meeting on 2nd February 2031.

## Actions

The panel will publish the harbour data catalogue in the summer of 2031.
"""

REPORT = """# Harbour data report for Norland

## Data

The harbour data of Norland were first published by the port authority on 12 May 2029, and the
panel of data users met again on 3 June 2030 to review the public data of the harbour.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-data-panel-actions.md": PANEL, "norland-harbour-data-report.md": REPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What date does the Harbour Data Panel actions report carry?",
    "When was the Harbour Data Panel actions report published?",
])
def test_the_cover_date(client, question):
    body = ask(client, question)
    assert "4 MARCH 2031" in body["answer"], body["answer"]
