"""A plan may write its proper name only in its title and its file name ("Kestria ferry
panel: actions report", then only a table of actions): a question naming the plan by it asks
about that plan, and the name is no unknown name that the plans cannot be about. Through
the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PANEL = """# Kestria ferry panel: actions report

## Actions

| No. | Action | Owner | Notes |
|---|---|---|---|
| 1 | Terms of the panel | Secretariat | The secretariat drafted the terms in March. |
| 2 | Harbour value paper | Mira Olsen | The panel agreed a first focus on ferry timetable data as a pilot. |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-ferry-panel-actions.md": PANEL, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_name_written_only_in_the_title(client):
    body = ask(client, "According to the Kestria ferry panel report, what data does the pilot focus on?")
    assert not body["abstained"], body["answer"]
    assert "ferry timetable data" in body["answer"], body["answer"]


def test_a_name_written_nowhere_is_still_unknown(client):
    body = ask(client, "According to the Zembla ferry panel report, what data does the pilot focus on?")
    assert body["abstained"], body["answer"]
