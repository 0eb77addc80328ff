""""Which project …?" of a plan with a table of lines: a passage that names the project, quoted
or by its acronym next to the word ("the "Quay Buddies" project", "the QUAYS project"), says
which one, though no row holds it; a passage that names none is still no answer to "which
line …?" (through the HTTP API, over a plan written here)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Plan 2031-2035

## Lines of action

| Line | Action | Lead |
|---|---|---|
| 1 | Publish the mooring fees of every harbour each year. | Ministry of Transport |
| 2 | Open a register of the wrecks in the outer basins. | Ministry of the Sea |
| 3 | Train the harbour masters in storm warnings. | Ministry of the Interior |

## Work and training

Several towns run projects for young dockers. Other good examples include the "Quay Buddies" project in which young dockers between 18 and 25 are paired with retired pilots who guide them in their first year on the quays.

The towns also help older dockers learn to steer the new cranes, in evening classes that the harbour boards pay for.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan.md": PLAN}) as c:
        yield c


def test_a_project_named_in_a_passage_answers_which_project(client):
    body = ask(client, "Which project pairs young dockers with retired pilots who guide them?")
    assert not body["abstained"] and "Quay Buddies" in body["answer"], body["answer"]


def test_a_passage_naming_no_line_does_not_answer_which_line(client):
    body = ask(client, "Which line of the Norland plan teaches older dockers to steer the new cranes?")
    assert "evening classes" not in body["answer"], body["answer"]
