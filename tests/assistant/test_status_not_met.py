""""Which ministries failed to publish the X data?" of a matrix whose cells read "Met"
and "Not Met": the question says the thing was not done, so it names the "Not Met" cells,
in any of the three languages; of two rows with the same label, the one with those cells."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Report on the Havenland quay data commitments, third quarter 2031

## Departmental returns

| Release | Ports | Fisheries | Transport | Finance | Customs |
|---|---|---|---|---|---|
| Berth data | Met | Not Met | Met | Not Met | Met |
| Dredging data | Not Met | Met | Met | Met | Met |
| Tide tables | Met | Met | Met | Met | Met |

## Commitments of the whole government

| Release | Commitment |
|---|---|
| Berth data | Every department publishes the berth use of its ports each quarter |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-quay-data-report.md": REPORT}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which ministries failed to publish the berth data?",
    "Quels ministères n'ont pas respecté l'engagement sur les berth data ?",
    "Welke departementen haalden de berth data-verbintenis niet?",
])
def test_the_cells_not_met(client, question):
    body = ask(client, question)
    answer = body["answer"]
    assert "Fisheries" in answer and "Finance" in answer, answer
    assert not any(name in answer for name in ("Ports", "Transport", "Customs")), answer


def test_the_cells_met(client):
    body = ask(client, "Which ministries met the berth data commitment?")
    assert "Ports" in body["answer"] and "Customs" in body["answer"], body["answer"]
    assert "Fisheries" not in body["answer"], body["answer"]
