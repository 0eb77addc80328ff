""""How many X …?" is answered by a list only when X says what the list is a list of (its
label, heading or the text leading up to it), not when one item happens to be an "X of …";
and a long sentence that states the count is cut around it without parting a number from
its bracketed figure ("three (3) programmes")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Varland Climate Adaptation Plan 2029

## 4.1 Policy foundations of the plan

The plan builds on these national texts:

- Ten-year framework for the Sustainable Development Goals in Varland 2026-2035
- Programme of Government Action 2026-2030
- National Water Policy (2024)
- National Energy Efficiency Policy
- National Health Policy (2025-2035)

## 4.2 Place of the plan

The plan is one of the three (3) programmes of the National Climate Policy (NCP) and follows a participatory, iterative, continuous and inclusive approach, taking into account the scientific findings on the present climate and its likely course, the vulnerability studies, the identification of the main risks, the experience of the sector ministries and of other countries with adaptation measures, and the national circumstances of Varland, its regions and its municipalities.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varland-climate-adaptation.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "The Varland adaptation plan is part of how many programmes of the National Climate Policy (NCP)?",
    "Le plan de la Varlande appartient à combien de programmes de la National Climate Policy (NCP) ?",
])
def test_the_sentence_stating_the_count_answers(client, question):
    body = ask(client, question)
    answer = body["answer"]
    assert "three (3) programmes" in answer, answer
    assert "Programme of Government Action" not in answer, answer  # an item of another list
    assert "The plan is one of the three" in answer, answer  # the number stays with its words
