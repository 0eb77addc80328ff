""""What falls under X?", "wat valt er allemaal onder X?", "que recouvre X ?" ask for the
things X takes in: a list. The words that only frame such a question ("allemaal", "naast",
"onder", "besides") are no topic, so a sentence that happens to write them ("not all modes
take the same space") does not outrank the one that enumerates."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Mobiliteitsvisie Varlande

## 1. Vier kansen

Varlande groeit, en daarmee groeit ook het verkeer. De provincie ziet vier kansen.

## 2. Gedeeld vervoer

Onder gedeeld vervoer verstaat de provincie elke rit die je maakt zonder eigen voertuig. Daartoe horen naast streekbus en veerpont ook deelfietsen, belbussen, meerijdiensten en buurtbussen. De provincie wil die samen laten werken.

## 3. Ruimte

Vervoerwijzen kosten niet allemaal evenveel ruimte: auto's rijden onder en naast elkaar door de gedeelde ruimte. Met de druk op de openbare ruimte moeten we slim kiezen.

## 4. Veiligheid

Alle reizigers moeten veilig aankomen, ook naast drukke wegen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"mobiliteitsvisie-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Wat valt er volgens de provincie allemaal onder deelmobiliteit?",
    "What falls under shared mobility in the Havenland study?",
    "Que recouvre la mobilité partagée selon la stratégie de Varlande ?",
])
def test_what_falls_under_x_asks_for_a_list(question):
    assert analyse(question).expects == "list"


def test_the_enumerating_sentence_answers(client):
    body = ask(client, "Wat valt er in Varlande allemaal onder gedeeld vervoer, behalve streekbus en veerpont?")
    assert not body["abstained"], body["answer"]
    assert "deelfietsen, belbussen, meerijdiensten en buurtbussen" in body["answer"], body["answer"]
    assert "naast elkaar" not in body["answer"], body["answer"]
