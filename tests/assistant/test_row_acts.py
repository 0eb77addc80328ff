"""A row's lead cell says who carries out the row's action, not who chairs, signs or approves
something the action names: a question asking such an act is answered by the sentence stating
it, unless the row itself states the act."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Varlande Open Harbour Data Action Plan 2026-2028

## Commitments

| No. | Commitment | Lead department | Timeline |
|---|---|---|---|
| 1 | The Varlande government will make sure that the HarbourData portal of the Quay Data Panel keeps releasing the quay statistics of all ports | Ministry of Ports and Waterways | 2026-2027 |
| 2 | Publish the dredging contracts of the port authorities as open data | Ministry of Finance | 2027 |
| 3 | Open the ferry timetables to app builders | Ferry Office | 2026 |
| 4 | The Quay Data Panel approves the yearly list of harbour datasets to release | Quay Data Panel | 2028 |
| 5 | Preparation of the draft government decree on the reuse of lock and bridge data | Ministry of Inland Shipping | 2027, 2nd quarter |

## What users say

The portal is used by shipping firms, researchers and journalists. Dr Ana Verlinde, Chair of the Quay Data
Panel, said that the HarbourData portal is a fine example of how open data can serve the ports.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-harbour-data-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Who chairs the Quay Data Panel that praised the HarbourData portal?",
    "Qui préside le Quay Data Panel qui a salué le portail HarbourData ?",
])
def test_the_chair_is_not_the_lead_of_a_row_naming_the_body(client, question):
    body = ask(client, question)
    assert "Ana Verlinde" in body["answer"], body["answer"]
    assert "Ministry of Ports" not in body["answer"], body["answer"]


def test_a_row_stating_the_act_still_answers_with_its_lead(client):
    body = ask(client, "Who approves the yearly list of harbour datasets to release?")
    assert "Quay Data Panel" in body["answer"], body["answer"]
    assert body["citations"] and body["citations"][0]["ref"] == "4", body["citations"]

