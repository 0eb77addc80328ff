"""A row with two columns of one role ("Start" and "Finish & status"): the question's other
words choose between them ("when was it completed?" is the finish, "when did it start?" the
start), through HTTP over a generated action log."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

LOG = """<html><head><title>Harbour Data Panel action log</title></head><body>
<h1>Harbour Data Panel action log</h1>
<table><tr><th>#</th><th>Issue</th><th>Sub tasks</th><th>Start</th><th>Finish &amp; status</th><th>Task owner</th></tr>
<tr><td>1</td><td>Quay register update</td><td>Publish the quay register as open data</td><td>03/02/14</td><td>21/03/14 COMPLETED</td><td>Ann Moss</td></tr>
<tr><td>2</td><td>Berth fees</td><td>Publish the berth fees of every harbour</td><td>10/02/14</td><td>30/06/14 ONGOING</td><td>Tom Reed</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"action-log.html": LOG}) as c:
        yield c


@pytest.mark.parametrize("question, date, other", [
    ("When was the quay register update completed?", "21/03/14", "03/02/14"),
    ("When did the quay register update start?", "03/02/14", "21/03/14"),
    ("Who owned the berth fees task and when will it finish?", "30/06/14", "10/02/14"),
])
def test_the_question_chooses_between_two_date_columns(client, question, date, other):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert date in body["answer"] and other not in body["answer"], body["answer"]
