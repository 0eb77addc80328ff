""""How is X funded?" is answered by the sentence on X's budget: words on paying for
something (funded, budget, financing, coût, begroting) match each other."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PROGRAMME = """# Norland harbour programme

## Steering

The Norland harbour programme will be steered by a task force of the ministries of Ports and Transport.

## Means

The programme has no joint budget of its own: the participating ministries will set aside a budget line for it in their annual budgets.

## Background

The Norland harbour programme was inspired by earlier reforms of the ports of Varlande.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-programme.md": PROGRAMME}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "How will the Norland harbour programme be funded?",
    "How is the Norland harbour programme financed?",
])
def test_how_it_is_funded_is_answered_by_its_budget(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "budget line" in body["answer"], body["answer"]
