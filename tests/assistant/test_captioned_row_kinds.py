""""Which corporate commitment covers X?" over a table captioned "Corporate Commitments"
whose first column names each commitment and whose "Description" column says what it
requires: the row whose description writes what the question describes answers, by its
name and its description. Such a table is no action table (no lead, no deadline), so its
rows were not weighed as commitments; the caption naming the kind of row asked lets them
be. A description no row writes gets none of them (a control)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Report on the Harbour Data Commitments of Kestria, second quarter

## Summary

Kestria's ministries report each quarter on the data they publish about the harbours. This
report covers April to June and records which ministry met each commitment.

## Annex B: Corporate Commitments

| Commitment | Description |
|---|---|
| Berth register | Weekly publication of every berth lease signed, with the tenant and the yearly rent |
| Dredging spend | Monthly publication of all dredging payments over 5,000 crowns, two months in arrears |
| Pilot roster | Quarterly publication of the names and grades of harbour pilots on duty |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"kestria-harbour-data-report-q2.md": REPORT}) as c:
        yield c


def test_the_commitment_a_description_names(client):
    body = ask(client, "Which corporate commitment of Kestria's harbour data report covers publishing "
                       "the dredging payments each month?")
    assert not body["abstained"], body["answer"]
    assert "Dredging spend" in body["answer"], body["answer"]
    assert "Berth register" not in body["answer"] and "Pilot roster" not in body["answer"], body["answer"]


def test_another_commitment(client):
    body = ask(client, "Which corporate commitment of the Kestria harbour report deals with berth leases and their rent?")
    assert not body["abstained"], body["answer"]
    assert "Berth register" in body["answer"], body["answer"]


def test_a_description_no_row_writes(client):
    body = ask(client, "Which corporate commitment of the Kestria harbour report covers lighthouse repairs?")
    assert "Dredging spend" not in body["answer"] and "Berth register" not in body["answer"] \
        and "Pilot roster" not in body["answer"], body["answer"]
