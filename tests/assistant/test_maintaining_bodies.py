""""Which agency keeps X?" is answered by the sentence saying who maintains X ("X is maintained by
Y"), ahead of sentences that only mention X beside other bodies. Through the HTTP API, over a
plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Open Harbour Plan 2031-2033

## Leadership

As chair of the harbour alliance in 2031, the Ministry of the Sea has called for a publicly accessible central register of boat licences under the open harbour plan, so that port towns and the coast guard know who owns each licence, and has pledged to help fishing towns manage their quotas.

## Licences

Licence information will be held in a central register of boat licences maintained by the Harbour Registry. The public was asked whether the register should be open to all.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbour-plan.md": PLAN}) as c:
        yield c


def test_the_body_that_maintains_it_answers(client):
    body = ask(client, "In the Norland open harbour plan, which agency is to keep the boat licence register at the centre?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Registry" in body["answer"], body["answer"]
    assert "Ministry of the Sea" not in body["answer"], body["answer"]
