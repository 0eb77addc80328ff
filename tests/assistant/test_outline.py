""""Which parts is the plan made of?": every main part of the plan, in reading order, each cited
by its first sentence (an overview gives only the first few, after the plan's purpose); the
table of contents and the cover are no parts."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PARTS = ("Westerland schittert", "Westerland is sociaal en rechtvaardig", "Westerland werkt",
         "Westerland koestert zijn natuur", "Westerland bestuurt en investeert")
SENTENCE = ("De regering versterkt de gemeenten, de havens en de scholen van de provincie en volgt "
            "elk jaar op wat daarvan terechtkomt. ")


def _agreement() -> str:
    parts = "".join(f"## {p}\n\n{SENTENCE * 5}\n\n" for p in PARTS)
    return ("# Regeerakkoord van Westerland 2024-2029\n\n## Inhoudstafel\n\n"
            + "".join(f"{p} .......... {i + 3}\n" for i, p in enumerate(PARTS)) + "\n" + parts)


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"regeerakkoord-westerland.md": _agreement()}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "In welke grote delen is het regeerakkoord van Westerland opgebouwd?",
    "What are the main parts of the Westerland coalition agreement?",
    "Quelles sont les grandes parties de l'accord de gouvernement de Westerland ?",
])
def test_every_main_part_in_reading_order(client, question):
    assert analyse(question).expects == "outline"
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    positions = [body["answer"].find(p) for p in PARTS]
    assert -1 not in positions and positions == sorted(positions), body["answer"]
    assert "Inhoudstafel" not in body["answer"] and len(body["citations"]) == len(PARTS)


@pytest.mark.parametrize("question, expects", [
    ("How is the Westerland agreement structured?", "outline"),
    ("Hoe is het regeerakkoord van Westerland opgebouwd?", "outline"),
    ("Comment l'accord de Westerland est-il structuré ?", "outline"),
    ("How is the fight against smuggling organised in Westerland?", None),
    ("Which sections of society does the Westerland agreement reach?", None),
    ("Welke onderdelen heeft een deelfiets in Westerland?", "list"),  # the parts of a bike, not of the document
    # the parties to a consultation ("parties prenantes": stakeholders), not the document's parts
    ("Combien d'associations ont répondu à la consultation des parties prenantes du plan portuaire de Varlande ?",
     "number"),
])
def test_how_a_document_is_built_is_its_outline_not_how_a_policy_is(question, expects):
    assert analyse(question).expects == expects
