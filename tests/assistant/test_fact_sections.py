"""A figure question is not answered by joining a sentence that names what is asked but holds
no figure ("the cycle paths receive 300 lamps") to a sentence under another heading that holds
a figure of another thing ("on the ring motorway the maximum speed is 90 km/h"): the plan
does not give the figure, and the question is said not covered. Through the HTTP API, over a
plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

ROADS = """# Norland Roads Plan 2031-2036

## Motorways

On the ring motorway the maximum speed is lowered to 90 km/h between 22:00 and 06:00. The plan adds secure truck parkings along the motorways.

## Cycle paths

The cycle paths along the canals receive 300 new solar lamps in 2033. Cycle paths are swept twice a week in autumn.

## Climate

Over 2001-2030 the mean yearly rainfall of Norland varies between 900 and 1,200 mm across the country, and the mean yearly temperature lies between 26.5 °C and 27 °C there.

## Tolls

The toll for the harbour tunnel rises to 4 euros per car in 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-roads-plan.md": ROADS}) as c:
        yield c


def test_a_figure_under_another_heading_does_not_answer(client):
    body = ask(client, "Which maximum speed does the Norland roads plan set on the cycle paths along the canals?")
    assert body["abstained"], body["answer"]


def test_the_figure_under_its_own_heading_answers(client):
    body = ask(client, "Which maximum speed does the Norland roads plan set on the ring motorway at night?")
    assert not body["abstained"], body["answer"]
    assert "90 km/h" in body["answer"], body["answer"]
