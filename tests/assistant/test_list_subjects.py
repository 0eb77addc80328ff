""""Which maritime and port topics has Harbourwise run dialogue on?": a plural after its
modifiers, asked of a subject named without an article, asks for a list; and of two
sentences on the subject, the one whose next sentence lists the items ("These include A, B,
C and D.") answers, not the one that repeats more of the question's words; the listing
sentence follows even when the sentence before it lists things of its own ("by hosting,
recording, and publishing advice")."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland open port plan 2025-2027

## Harbourwise

Harbourwise has been running dialogues between the public and port experts in Norland for ten years. It has opened up port policy by funding, advising and training on over fifteen maritime and port topics that matter to Norland's trade. These include Offshore Wind, Dredging, Port Noise and Ballast Water.

Harbourwise will bring together civil society groups to better understand how to involve them in public dialogue on maritime and port policy.

## Quaywise

Quaywise has been holding talks between shippers and residents of Zeestad for six years. It has opened up quay planning by hosting, recording, and publishing advice and minutes, on over ten shipping subjects that matter to the town. These include Night Loading, Quay Lighting, Truck Routes and Shore Power.

## Timescales

The Harbourwise commitments start in early 2026.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-port-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which maritime and port topics has Harbourwise run public dialogue on?",
    "What science or technology subjects did Norland fund?",
    "Welke adviesraden voegt de regering van Havenland samen?",  # a plural, the verb of another subject
    "Welke havenrichtlijnen moet de regering omzetten?",
])
def test_a_plural_after_its_modifiers_asks_for_a_list(question):
    assert analyse(question).wants_list


@pytest.mark.parametrize("question", [
    "What progress has Harbourwise made?",
    "Welke gedeputeerde is verantwoordelijk voor de havens?",
    "Welke aanbieder verhuurt in Havenstad deelfietsen?",
])
def test_one_thing_asked_is_no_list(question):
    assert not analyse(question).wants_list


def test_the_sentence_whose_next_one_lists_the_items(client):
    body = ask(client, "Which maritime and port topics has Harbourwise run public dialogue on?")
    assert not body["abstained"], body["answer"]
    for topic in ("Offshore Wind", "Dredging", "Port Noise", "Ballast Water"):
        assert topic in body["answer"], body["answer"]


def test_the_items_follow_a_sentence_that_lists_other_things(client):
    body = ask(client, "Which shipping subjects has Quaywise held talks on?")
    assert not body["abstained"], body["answer"]
    for topic in ("Night Loading", "Quay Lighting", "Truck Routes", "Shore Power"):
        assert topic in body["answer"], body["answer"]
