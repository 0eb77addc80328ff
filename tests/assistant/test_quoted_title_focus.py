"""A fact asked of a plan named by its title quoted in another language ("In Havenland's
'six chances for logistics' study, up to what distance …?" of "Zes kansen voor logistiek"):
the plan is searched without the quoted title, which only says which plan (its words match
the plan's introduction best, not the sentence with the figure). Other quoted words are what
is asked about and stay. Through the HTTP API over plans written here, and the search text
over a real index of one."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

STUDIE = """# Zes kansen voor logistiek

## Inleiding

Havenland staat voor grote opgaven in zijn havens. We beschrijven zes kansen voor logistiek in de haven met daarbij oplossingen en voorbeelden.
Deze studie over de zes kansen voor logistiek dient ter inspiratie voor de gemeenten en de provincie Havenland.

## Zes kansen

### 1. Nabije kades

Wonen en werken bij de kades verkort de ritten van de havenarbeiders.

### 2. Ruim baan voor de veerboot

De kracht van de veerboot is het bundelen van ritten tot collectieve stromen. Dat scheelt ruimte op de brug en is beter voor het milieu.
En zorgen dat de veerboot het gaat winnen van de auto over de brug voor ritten tot 40 km.

### 3. Schone schepen

Schepen zetten aan de kade hun motoren uit en gebruiken walstroom.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"zes-kansen-logistiek-havenland.md": STUDIE, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_figure_asked_of_a_plan_named_by_its_translated_title(client):
    # (a control: in a plan this short the search finds the sentence either way)
    body = ask(client, "In Havenland's 'six chances for logistics' study, up to what distance should the ferry "
                       "beat the car on the bridge?")
    assert not body["abstained"], body["answer"]
    assert "40 km" in body["answer"], body["answer"]


def test_only_the_named_plans_quoted_title_is_left_out(service_factory, tmp_path):
    from assistant.service import _without_quoted_title

    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "zes-kansen-logistiek-havenland.md").write_text(STUDIE, encoding="utf-8")
    service = service_factory()
    assert not service.ingestor.ingest([folder]).failed
    snapshot = service.index.snapshot
    doc = next(iter(snapshot.documents))
    text = "In Havenland's 'six chances for logistics' study, what do « ruim baan voor » ferries mean?"
    out = _without_quoted_title(text, {doc}, snapshot)
    assert "six chances" not in out and len(out) == len(text), out
    assert "« ruim baan voor »" in out, out  # quoted words that are no title of the plan stay
    assert _without_quoted_title(text, set(), snapshot) == text  # a plan not named: nothing left out
