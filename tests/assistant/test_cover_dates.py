""""What date does the X note carry?", "de quand date le plan ?": the date line of the
plan's cover answers, not a sentence that dates something the plan speaks of; a plan is
named by its whole title written out, even when no word of it is its own."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PANEL = """Paper (2) 04032031
HARBOUR BERTHS BOARD – PROGRESS NOTE
4 MARCH 2031

Work still open, and the work agreed at the board's meeting of 2nd February 2031.

## Actions

The board will publish the berths catalogue in the summer of 2031.
"""

REPORT = """# Harbour berths report for Norland

## Berths

The harbour berths of Norland were first published by the port authority on 12 May 2029, and the
board of berth users met again on 3 June 2030 to review the progress of the harbour berths.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-berths-board-note.md": PANEL, "norland-harbour-berths-report.md": REPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "What date does the Harbour Berths Board progress note carry?",
    "When was the Harbour Berths Board progress note published?",
])
def test_the_cover_date(client, question):
    body = ask(client, question)
    assert "4 MARCH 2031" in body["answer"], body["answer"]
