"""A row whose action dates another act than its date columns do ("Survey of skippers. …
The survey closes on 12/06/31." under "Start" and "Finish"): "when does the survey close?"
is answered by that sentence of the action, not by the start column; a question for the
start or the finish still gets its column. Through the HTTP API, over a table written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

ROWS = [
    ("A", "Survey of skippers<br/>Ana to put the questions online for members. The survey closes on 12/06/31.",
     "03/05/31", "20/06/31 COMPLETED", "Ana Moss"),
    ("B", "Open up the register of moorings.", "15/03/31", "Winter 2031 ONGOING", "Piet Vos"),
]


def _plan() -> str:
    cells = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in ROWS)
    return f"""<html><head><title>Norland Harbour Data Panel: actions, July 2031</title></head><body>
<h1>Norland Harbour Data Panel: actions, July 2031</h1>
<h2>Outputs</h2>
<table><tr><th>Ref</th><th>Action</th><th>Start</th><th>Finish &amp; status</th><th>Task owner</th></tr>{cells}</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-panel.html": _plan()}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "When did the skippers' survey close?",
    "Who owned the survey of skippers, and when did it close?",
])
def test_the_act_asked_is_dated_by_the_action(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "12/06/31" in body["answer"], body["answer"]
    assert "03/05/31" not in body["answer"], body["answer"]


def test_the_start_asked_is_still_the_start_column(client):
    body = ask(client, "When does the survey of skippers start?")
    assert not body["abstained"], body["answer"]
    assert "03/05/31" in body["answer"], body["answer"]
