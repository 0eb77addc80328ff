"""A table of figures by month with a total column: a question that names one month's column
and asks "how many" gets that month's figure alone; the total column (a count column by its
role) is not added beside it. Asked for the total, it gets the total."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """<html><head><title>Norland ferry report, third quarter 2031</title></head><body>
<h1>Norland ferry report, third quarter 2031</h1>
<h2>Busiest routes</h2>
<p>The table gives the passengers carried on the busiest routes of the quarter.</p>
<table>
<tr><th>Route</th><th>October</th><th>November</th><th>December</th><th>Total for Q3 2031</th></tr>
<tr><td>Harbour to Vell island</td><td>412</td><td>2960</td><td>388</td><td>3760</td></tr>
<tr><td>Varlande quay to the lighthouse</td><td>655</td><td>1904</td><td>702</td><td>3261</td></tr>
<tr><td>North pier shuttle</td><td>230</td><td>245</td><td>199</td><td>674</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ferry-report.html": REPORT}) as c:
        yield c


def test_the_named_months_figure_alone(client):
    body = ask(client, "How many passengers took the Harbour to Vell island route in November 2031?")
    assert not body["abstained"], body["answer"]
    assert "2960" in body["answer"], body["answer"]
    assert "3760" not in body["answer"], body["answer"]


def test_the_total_when_asked_for(client):
    body = ask(client, "How many passengers in total took the Varlande quay to the lighthouse route?")
    assert not body["abstained"], body["answer"]
    assert "3261" in body["answer"], body["answer"]
