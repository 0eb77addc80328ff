"""A sentence that points back to a name with a demonstrative ("when working out this
Harbour Plan") is given with the sentence before it that writes the name in full ("… fit
the Harbour Plan North"): the name is what the question asks for. Through the HTTP API, over
a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Short study of boat sharing in Havenland

## Letter to the provincial council

With this letter I present our short study of boat sharing in Havenland. The study looks at the ferries, the marinas and the quays of the province, and at what residents expect of them.

The findings of the short study fit the Harbour Plan North in every respect. We will take up the next steps when working out this Harbour Plan, and will inform you about them in the coming months.

## Findings

Shared boats can add to the ferries in summer. The province is talking with the towns about moorings.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"quick-study-boats.md": STUDY}) as c:
        yield c


def test_the_sentence_naming_what_this_points_back_to(client):
    body = ask(client, "In which plan will the province take up the next steps?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Plan North" in body["answer"]
    assert "Harbour Plan North" in body["citations"][0]["quote"]
