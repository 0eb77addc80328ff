"""A row found by the meaning of a question must be about what the question asks about:
the question's rarest word (its subject), written by another plan but never by the row's,
rules out the rows that only share the question's frame ("climate resilience programme
for the ... sector")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

MEASURES = """# Varlande climate adaptation measures 2024-2028

## Measures

| No. | Measure | Performer | Deadline | Budget (thousand VRL) |
|---|---|---|---|---|
| 1.1 | Climate resilience programme for the farming sector | Ministry of Agriculture | 2025 | 4,000 |
| 1.2 | Climate resilience programme for the energy sector | Ministry of Energy | 2026 | 6,500 |
| 1.3 | Early warning system for floods | Rescue Service | 2027 | 12,000 |
| 1.4 | Heat action plan for cities | Ministry of Health | 2025 | 2,300 |

## Monitoring

The Ministry of Environment reviews the measures every year and reports to the Government.
"""


FISHERIES = """# Havenland fisheries strategy

## Boats

The fishing fleet of Havenland renews forty boats by 2029.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-adaptation-measures.md": MEASURES,
                                                     "havenland-fisheries-strategy.md": FISHERIES}) as c:
        yield c


def test_the_row_of_the_subject_asked_gives_its_cells(client):
    body = ask(client, "Which body runs the climate resilience programme for the farming sector, and what is its budget?")
    assert "Ministry of Agriculture" in body["answer"] and "4,000" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Which body runs the climate resilience programme for the fishing sector, and what is its budget?",
    "What is the budget of the climate resilience programme for the fishing sector?",
])
def test_a_subject_the_plan_never_writes_gets_no_other_row_s_cells(client, question):
    body = ask(client, question)
    for cell in ("Ministry of Agriculture", "Ministry of Energy", "4,000", "6,500"):
        assert cell not in body["answer"], body["answer"]
