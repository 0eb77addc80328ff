"""A Dutch verb split around its clause ("wie stelt … samen?") is the verb it makes with its
particle ("samenstellen"): a sentence with "samengesteld door" answers it, one with
"stellen … op" ("opstellen", another verb) does not."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Regeerakkoord van Zeeland 2025-2029

## Onderwijs

We stellen in navolging van Friesland een Canon van Zeeland op. De scholen gebruiken de Canon van Zeeland in de
lessen geschiedenis vanaf het schooljaar 2026-2027.

## Erfgoed

De Canon van Zeeland wordt samengesteld door een commissie van historici en erfgoedkenners. Musea en archieven
stellen hun collecties open voor de lessen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"regeerakkoord-zeeland.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, answer", [
    ("Wie stelt de Canon van Zeeland samen?", "commissie van historici"),
    ("Wie stelt volgens het regeerakkoord de Canon van Zeeland samen?", "commissie van historici"),
    ("Wat stellen musea en archieven open?", "collecties"),
])
def test_the_verb_and_its_particle_are_one_verb(client, question, answer):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert answer in body["answer"], body["answer"]
