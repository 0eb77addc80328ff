"""A name in the phrase that gives the plan as the source ("According to the Kestrel
Foundation's report on Ostravia, …": who published it, written once on its cover) says where
to look: no passage of the answer need write it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Ostravia country report 2031: reforming the harbours

Published by the Kestrel Foundation in its series on coastal governance.

## 1. The harbour reform

Ostravia decided in 2030 to reform how its four harbours are run. The reform moves the
harbour offices under one national port authority and merges the local dredging services.

## 2. Who will steer the reform

Once adopted, the harbour reform will be steered and monitored by three entities: a port
council for the chosen coast, a steering group, and a task force. The port council brings
together the mayors of the harbour towns and the fishermen's guilds.

## 3. Funding

The reform is paid for from the national port fund, which the harbour fees feed each year.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"ostravia-country-report-2031.md": PLAN}) as c:
        yield c


def test_the_publisher_named_with_the_source_is_no_topic(client):
    body = ask(client, "According to the Kestrel Foundation's 2031 country report on Ostravia, which three bodies "
                       "are to steer the harbour reform and monitor it once it is adopted?")
    assert not body["abstained"], body["answer"]
    for body_name in ("a port council", "a steering group", "a task force"):
        assert body_name in body["answer"], body["answer"]

