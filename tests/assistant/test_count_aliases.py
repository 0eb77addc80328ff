""""How many X ('Y') …?": the word in brackets is the plan's own word for what is counted, so
a sentence counting Y answers; one counting something else does not."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PORT = """# Norland Port Development Report 2023

## Quays

By the end of 2022 the port authority had added 14 moorings along the east quay of Saltby.
The authority also dredged 3 kilometres of the outer channel and repaired 2 cranes.

## Staff

The port authority employs 120 people, of whom 35 work on the quays.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-port-report-2023.md": PORT}) as c:
        yield c


def test_the_plans_word_in_brackets_is_counted(client):
    body = ask(client, "How many berths ('moorings') had the Norland port authority added by the end of 2022?")
    assert "14 moorings" in body["answer"], body["answer"]
    assert "14 moorings" in body["citations"][0]["quote"]
