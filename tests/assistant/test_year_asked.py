"""A question for a figure by a year ("… by 2030?") is not answered by a sentence that
gives a figure for another year ("… 80% by 2050") when a sentence scored nearly as well
writes the year asked with a figure of the kind asked. Through the HTTP API over a plan
written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria climate agreement

## Climate

Kestria aims to cut its greenhouse gas emissions by at least 80% by 2050. A first review of
the climate path is due in 2030.

## Forests

The forest area grows by 5,000 hectares by 2030. Hunting rules are reviewed.

## Local councils

Like the region, local councils will be asked to cut the greenhouse gas emissions of their own buildings by
35% in 2030 compared with 2015, and to save energy in their buildings each year.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"kestria-climate.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_figure_for_the_year_asked(client):
    body = ask(client, "By what percentage must Kestria cut its greenhouse gas emissions by 2030?")
    assert not body["abstained"], body["answer"]
    assert "35%" in body["answer"], body["answer"]
    assert "80%" not in body["answer"], body["answer"]


def test_the_other_year_still_answers_for_itself(client):
    body = ask(client, "By what percentage must Kestria cut its greenhouse gas emissions by 2050?")
    assert "80%" in body["answer"], body["answer"]
