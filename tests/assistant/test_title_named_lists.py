"""A plan whose title names the kind of thing it lists ("Vijf kansen voor de haven"): asked
for those things, the answer is the plan's sections, the title's word for them being the
kind asked. (The words a label shares with the plan's title otherwise name the plan, not a
list: see tests/eval/test_real_plan_lists.py.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Vijf kansen voor de haven van Norland

De provincie Norland ziet vijf kansen om de haven bereikbaar en schoon te houden.

## 1. Walstroom voor elk schip

Schepen aan de kade gebruiken stroom van de wal in plaats van hun motoren.

## 2. Goederen per binnenvaart

Meer containers gaan per schip naar het achterland.

## 3. Een fietsroute langs de kades

Werknemers fietsen veilig naar de terminals.

## 4. Slimme sluizen

De sluizen plannen de schepen vooraf in.

## 5. Schone sleepboten

De sleepboten varen in 2035 op waterstof.
"""

OTHER = """# Havenvisie Varlande

## Ligging

De haven van Varlande ligt aan de monding van de rivier.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-vijf-kansen.md": PLAN, "varlande-havenvisie.md": OTHER}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_sections_named_by_the_title(client):
    body = ask(client, "Wat zijn de vijf kansen voor de haven van de provincie Norland?")
    assert not body["abstained"], body["answer"]
    for item in ("Walstroom", "binnenvaart", "fietsroute", "sluizen", "sleepboten"):
        assert item in body["answer"], body["answer"]
