"""A fact said of the items of a list ("A residence of 8 years is required of whoever
claims:" over its items): a question about one item is answered by the sentence that opens
the list, with the item it names, not by a sentence with the same kind of fact about
something else."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Harbourland coalition agreement 2024-2029

## Integration and residence

A residence requirement of 3 years applies to whoever claims the reduced harbour fee or the parking allowance.

A residence requirement of 8 years, of which 4 years without interruption, applies to whoever claims:

- the housing grant for young families;
- the care allowance for older people with care needs;
- the study grant for adult learners.

The government evaluates these requirements in 2027.

## Ports

The port authority invests in new quays and in shore power for ships.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-agreement.md": PLAN}) as c:
        yield c


def test_the_sentence_opening_the_list_with_the_item_asked_about(client):
    body = ask(client, "How many years must someone have lived in Harbourland to claim the care allowance for older people?")
    assert not body["abstained"], body["answer"]
    assert "8 years" in body["answer"] and "3 years" not in body["answer"], body["answer"]
    assert "care allowance for older people" in body["answer"], body["answer"]
    assert "study grant" not in body["answer"], body["answer"]
