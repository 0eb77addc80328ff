""""When …?" is answered by a day and a month the plan writes without a year ("On 12th
March …"), or by a season or quarter with its year ("Winter 2027"); "may" as a verb is no month."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland harbour strategy: progress report

## International cooperation

On 12th March Norland, with the support of Varlande and Harbourland, organised a meeting of harbour masters to share good practice in port safety. The harbour board also held its yearly meeting with the fishing cooperatives.

## Safety

Every port publishes its safety figures on the harbour board's website.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-progress.md": PLAN}) as c:
        yield c


def test_a_day_and_month_without_a_year_answers_when(client):
    body = ask(client, "When did Norland organise the meeting of harbour masters, and with whom?")
    assert not body["abstained"], body["answer"]
    assert "12th March" in body["answer"] and "Varlande" in body["answer"], body["answer"]


@pytest.mark.parametrize("text, is_date", [
    ("On 12th March the board met.", True),
    ("le 3 février, le comité s'est réuni", True),
    ("op 12 maart vergaderde de raad", True),
    ("from March 3 on, the port is closed", True),
    ("Article 1 may be amended by the board.", False),
    ("The board met 3 times.", False),
])
def test_day_and_month_as_a_date(text, is_date):
    assert mentions("date", text, "When?") is is_date


def test_a_web_address_holds_no_date():
    # a path that names a month and year, split by a PDF's spacing, dates nothing
    text = "See: https://example.org/meetings/harbour-conference-march -2031/summary-and-decisions/Final"
    assert not mentions("date", text)
    assert not mentions("number", text)
    assert mentions("date", "The harbour conference met in March 2031.")


@pytest.mark.parametrize("text, date", [
    ("The port will publish the revised quay code (Winter 2027).", "Winter 2027"),
    ("Le code révisé sera publié au printemps 2027.", "printemps 2027"),
    ("De herziene code verschijnt in het najaar van 2027.", "najaar van 2027"),
    ("The code is due in the third quarter of 2027.", "third quarter of 2027"),
])
def test_a_season_or_quarter_with_its_year_is_a_date(text, date):
    """Its year alone may be one the question writes to name the plan ("the 2027-2030 plan"):
    the season or quarter is what dates the thing."""
    from assistant.answering.entities import PATTERNS

    assert [m.group(0) for m in PATTERNS["date"].finditer(text)] == [date]
    assert mentions("date", text, "When will the Norland Quay Plan 2027-2030 publish the revised code?")
