"""A bulleted item that opens in lower case and ends without a full stop ("• extending the
levy – … by the end of March 2033") is a sentence of its list, not a piece of a table line
read as prose: it answers what it says. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Open Harbours Plan 2031-2034

## Transparency in the harbours

The Harbour Agency will publish more of what it knows about the ports:

• berth information – new information about the berths of each port will be made available as open data (Winter 2031)

• pilot transparency – information about around 300 pilots collected by the Pilots' Guild will be made available in the Summer of 2032

• extending the shipping survey – the survey that asks captains whether they would recommend a port will be extended to cover ferries and fishing boats in December 2032 and all other ships by the end of March 2033

## Funding

The Harbour Agency pays for the work from its own budget.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbours.md": PLAN}) as c:
        yield c


def test_a_bulleted_item_without_a_full_stop_answers(client):
    body = ask(client, "In the Norland Open Harbours Plan, when is the shipping survey to cover ferries and "
                       "fishing boats?")
    assert not body["abstained"], body["answer"]
    assert "December 2032" in body["answer"], body["answer"]
