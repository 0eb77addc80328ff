""""How many vouchers have been granted?" is not answered by "vouchers of up to €4,000": a
count asked without its noun ("how many have been granted?") takes no sum, share, date or
length of time; and a later part whose count the earlier part's quote does not give is
answered from its own sentence. Through the HTTP API, over a report written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland open data report, second quarter 2031

## Start-ups

The ministry of the economy funds vouchers of up to €4,000 for harbour start-ups that build services on open data. To date this financial year, over 60 vouchers have been granted. The map agency held 5 workshops on its data in the same period.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-data-report.md": REPORT}) as c:
        yield c


def test_a_sum_and_then_a_count(client):
    body = ask(client, "What is one open data voucher for harbour start-ups worth at most, and how many have been handed out "
                       "so far this financial year?")
    assert not body["abstained"], body["answer"]
    assert "€4,000" in body["answer"] and "60 vouchers" in body["answer"], body["answer"]


def test_an_earlier_quote_with_a_sum_gives_no_count():
    from assistant.joined import gives
    from assistant.models import Answer, Citation

    quote = "The ministry of the economy funds vouchers of up to €4,000 for harbour start-ups."
    earlier = Answer(answer=f"{quote} [1]", citations=[Citation(id=1, document="report.md", title="Report", quote=quote)])
    before = "What is one voucher for harbour start-ups worth at most?"
    assert not gives(earlier, "How many have been awarded to date?", before)
    counted = "So far, 60 vouchers have been granted to harbour start-ups."
    later = Answer(answer=f"{counted} [1]", citations=[Citation(id=1, document="report.md", title="Report", quote=counted)])
    assert gives(later, "How many have been awarded to date?", before)
