"""A question for a share ("what share of Norland's land is covered by forest?") is answered
by a sentence, or the one before it, that writes the rarest word of what the share is of: a
passage that gives the share of something else ("80% of Norland's land lies above 1,000 m")
and names the thing asked only further on ("… forest fires") does not answer it. Through the
HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Climate Adaptation Programme 2031-2035

## The country

Norland is a land-locked mountainous country. 80% of Norland's land lies above 1,000 m. Its valleys suffer droughts, floods, landslides and forest fires, which the programme addresses.

## Water

About 15% of the drinking water of the capital is lost in leaking pipes every year. Farm land in the valleys is irrigated from the rivers, and the land of the plateaus from wells.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-adaptation-programme.md": PLAN}) as c:
        yield c


def test_the_share_of_another_thing_is_no_answer(client):
    body = ask(client, "In Norland's adaptation programme, what share of the land is forest?")
    assert body["abstained"], body["answer"]


def test_the_share_asked_is_answered(client):
    body = ask(client, "What share of the capital's drinking water is lost in leaking pipes, according to the adaptation "
                       "programme?")
    assert not body["abstained"], body["answer"]
    assert "15%" in body["answer"], body["answer"]
