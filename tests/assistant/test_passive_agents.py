""""Who did X?" asked in another language than the plan: the question's verb is not the
sentence's, so the sentence that names who did something in the passive ("was assessed
recently by Dr X") is the one that says who, ahead of one that only dates X."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Open Harbour Plan 2026-2028

## Background

Norland adopted its first open harbour plan in May 2024 and a progress report on it in June 2025. This first plan
was assessed recently by Mira Holm, head of the Port Audit Office, as part of the independent review of harbour
plans. Most of its commitments have been met.

## Next steps

The second plan will be assessed in 2028.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbour-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Wie heeft het eerste open havenplan van Norland beoordeeld in het kader van de onafhankelijke toetsing?",
    "Qui a évalué le premier plan portuaire ouvert du Norland dans le cadre de l'examen indépendant ?",
])
def test_the_passive_agent_answers_who_across_languages(client, question):
    body = ask(client, question)
    assert "Mira Holm" in body["answer"], body["answer"]
