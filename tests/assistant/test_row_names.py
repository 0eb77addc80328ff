""""Under which action does X fall?" answered by a sentence from a row's notes: the answer
names the row by its short name ("B: Benefits paper — …"), as the row's id alone does not say
what the action is; the name is not repeated when the quote writes it, and an id the name
opens with is not said twice. Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Ostravia open data panel: actions report

## Actions

| No. | Action | Owner | Notes |
|---|---|---|---|
| 1 | Terms of the panel | Secretariat | The secretariat drafted the terms in March. The panel will review them every year. |
| 2 | Harbour value paper | Mira Olsen | The paper was discussed at the April meeting. We agreed a first focus on ferry timetable data as a pilot and Mira will report back to the panel on it. |
| 3 | Procurement clauses | Ivo Brandt | Ivo proposed model clauses that oblige suppliers to publish the data they collect for the councils. |
| 4 | 4. Dashboard of council spending | Secretariat | It went live in June with the spending data of nine councils and a map of their offices. |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"ostravia-open-data-panel-actions.md": REPORT}) as c:
        yield c


@pytest.mark.parametrize("question, name, said", [
    ("The pilot on ferry timetable data comes under which action?", "Harbour value paper",
     "ferry timetable data"),
    ("Which action covers the model clauses that oblige suppliers to publish data?", "Procurement clauses",
     "model clauses"),
])
def test_the_row_named_when_its_notes_answer(client, question, name, said):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert f"{name} — " in body["answer"], body["answer"]
    assert said in body["citations"][0]["quote"], body["citations"]


def test_an_id_the_name_opens_with_is_said_once(client):
    body = ask(client, "The map of council offices is part of which action?")
    assert not body["abstained"], body["answer"]
    assert "Dashboard of council spending — " in body["answer"], body["answer"]
    assert "4. Dashboard" not in body["answer"], body["answer"]
