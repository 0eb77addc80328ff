"""Of a row's timeline columns ("Start", "Finish & status"), a question for its end ("what is
its target completion?", "by when …?", "pour quand est-ce prévu ?", "voor wanneer …?") is
answered with the finish, one for its start ("and when does it start?") with the start. "Where
does line B stand?", "où en est …?" ask for its status, not a place. Through the HTTP
API, over a table written here."""

from __future__ import annotations

import pytest

from assistant.answering.asked import asked_roles
from plans.vocabulary.roles import timeline_end
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

ROWS = [
    ("A", "Publish the harbour tide tables as open data.", "01/02/31", "Autumn 2031 ONGOING", "Ana Moss"),
    ("B", "Open up the register of moorings.", "15/03/31", "Winter 2031 COMPLETED", "Piet Vos"),
    ("C", "Write a guide on licences for reuse.", "01/05/31", "Spring 2032 ONGOING", "Lea Dunn"),
]


def _plan() -> str:
    cells = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in ROWS)
    return f"""<html><head><title>Norland Harbour Data Panel: actions, May 2031</title></head><body>
<h1>Norland Harbour Data Panel: actions, May 2031</h1>
<h2>Outputs</h2>
<table><tr><th>Ref</th><th>Action</th><th>Start</th><th>Finish &amp; status</th><th>Task owner</th></tr>{cells}</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-data-panel.html": _plan()}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Who is the named task owner for the register of moorings, and which target completion date does it have?",
    "Who leads the opening of the register of moorings, and what is the target date?",
    "Qui est chargé d'ouvrir le registre des mouillages (register of moorings), et pour quand est-ce prévu ?",
])
def test_the_end_asked_is_the_finish_column(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Piet Vos" in body["answer"] and "Winter 2031" in body["answer"], body["answer"]
    assert "15/03/31" not in body["answer"], body["answer"]


def test_the_start_asked_is_the_start_column(client):
    body = ask(client, "Who is the named task owner for the guide on licences, and when does it start?")
    assert not body["abstained"], body["answer"]
    assert "01/05/31" in body["answer"] and "Spring 2032" not in body["answer"], body["answer"]


def test_where_an_action_stands_is_its_status(client):
    body = ask(client, "Who leads the opening of the register of moorings, and where does this work stand?")
    assert not body["abstained"], body["answer"]
    assert "Piet Vos" in body["answer"] and "COMPLETED" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, end", [
    ("Et pour quand est-ce prévu ?", "end"),
    ("D'ici quand l'action B doit-elle aboutir ?", "end"),
    ("Voor wanneer is actie B gepland?", "end"),
    ("Depuis quand l'action B est-elle en cours ?", "start"),
])
def test_the_end_of_a_timeline_asked(question, end):
    assert timeline_end(question, "cues") == end


@pytest.mark.parametrize("question, roles", [
    ("Where does action B stand?", ["status"]),
    ("Où en est l'action B ?", ["status"]),
    ("Where is action B carried out?", ["place"]),
    ("Waar wordt actie B uitgevoerd?", ["place"]),
    ("Where does its funding come from?", ["funding"]),
])
def test_where_it_stands_is_no_place(question, roles):
    assert asked_roles(question) == roles
