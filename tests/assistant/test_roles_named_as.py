""""Who is mentioned as X?", "qui est désigné comme X ?", "wie wordt als X genoemd?" ask, like
"who is the X?", for whoever the plan names as X: a sentence that names someone as X answers;
one that only mentions the office, naming no one, is no answer, and the assistant says the
plans do not cover it. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria harbour governance plan 2031

## The harbour board

The harbour master, Anna Kovac, chairs the harbour board. The board meets every month and publishes its minutes.
"""

NOTA = """# Havenland havenbeheer 2031

## Het havenbestuur

Het havenbestuur vergadert elke maand met een vertegenwoordiging van de havenmeester of van de schepen van
Economie. Het bestuur publiceert zijn verslagen op de website van de haven.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-harbour-governance-plan.md": PLAN, "havenland-havenbeheer.md": NOTA}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_someone_named_as_the_office(client):
    body = ask(client, "Who is mentioned as harbour master in Kestria's harbour governance plan?")
    assert not body["abstained"], body["answer"]
    assert "Anna Kovac" in body["answer"], body["answer"]


def test_the_office_named_without_anyone_is_no_answer(client):
    body = ask(client, "Wie staat in de nota over het Havenlandse havenbeheer vermeld als havenmeester in het havenbestuur?")
    assert body["abstained"], body["answer"]
