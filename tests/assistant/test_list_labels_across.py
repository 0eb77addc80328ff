"""A list asked in another language than the plan's, whose label shares no word with the
question ("welke prioritaire doelen …?" of "The priority aims of this plan are:"), is found by
what its label means; a label of another kind in the same plan is not taken for it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Safety Plan 2027-2031

## Lessons and structure

The first harbour plan has enabled progress in the right direction, and the talks with the port users taught some lessons.
Thus, the second plan has opted for a new structure that reflects the current choices of the Norland government. The priority aims of this plan are:
1. Safer quays for dock workers;
2. Cleaner water in the inner harbours;
3. Faster rescue at sea;
4. Follow-up, reporting and review.

## Funding

The plan is funded by three sources:
- the harbour fund;
- the port dues;
- the regional grants.

## Annexes

The annexes are only available in the Norland language.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-safety-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Welke prioritaire doelen stelt het tweede havenveiligheidsplan van Norland?",
    "Quels sont les buts prioritaires du second plan de sécurité portuaire de Norland ?",
])
def test_a_label_in_another_language_is_read_by_its_meaning(client, question):
    body = ask(client, question)
    for item in ("Safer quays for dock workers", "Cleaner water", "Faster rescue at sea"):
        assert item in body["answer"], body["answer"]
    assert "harbour fund" not in body["answer"], body["answer"]
