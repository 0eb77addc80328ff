"""An abbreviation spelled out in a French list of acronyms whose words carry an elided
article ("Agence de l’Eau et de l’Assainissement"): the words are capitalised once the
article is set aside, so the row spells the abbreviation out. The list is found whatever
language the plan's passages are stemmed in."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de Havenland

## Liste des sigles

| Sigle | Signification |
|---|---|
| ADEA | Agence de l’Eau et de l’Assainissement |
| CRH | Comité Régional de l’Hydrologie |
| PAH | Plan d'adaptation de Havenland |

## Ressources en eau

L’ADEA intégrera dans ses activités la gestion des nappes côtières et le suivi des forages.
Le CRH publie chaque année un bilan des ressources en eau de Havenland.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-havenland.md": PLAN}) as c:
        yield c


def test_an_expansion_with_elided_articles(client):
    body = ask(client, "Dans le plan de Havenland, à quoi correspond le sigle ADEA ?")
    assert not body["abstained"], body["answer"]
    assert "Agence de l’Eau et de l’Assainissement" in body["answer"]
    assert body["citations"][0]["quote"] == "Agence de l’Eau et de l’Assainissement"


def test_an_expansion_of_capitalised_words_still_read(client):
    body = ask(client, "Que signifie CRH ?")
    assert not body["abstained"], body["answer"]
    assert "Comité Régional de l’Hydrologie" in body["answer"]
