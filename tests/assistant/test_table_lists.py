"""A list introduced by a sentence that ends its passage with a colon, whose items are a
table ("… trois thèmes transversaux ont été ajoutés :" over a table): one item per row,
the cell under the header the question names, each quoted from its cell. A number the
question gives for something else ("aux 6 secteurs") does not count the items; a number
the label gives that matches the rows marks the list it introduces."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Stratégie d'adaptation du littoral de la Varlande

## 1. Contexte

La Varlande compte 300 kilomètres de côtes exposées à l'érosion et à la montée des eaux.
Les communes littorales ont demandé un cadre commun pour leurs plans locaux.

Thèmes transversaux et secteurs retenus
- les plans locaux d'urbanisme des communes
- les schémas de mise en valeur de la mer
- les contrats de rivière des bassins côtiers
- les plans de prévention des risques

## 3. La stratégie par secteur

La stratégie est déclinée par secteur et par thème. Les 6 secteurs de la partie 2 ont été
retenus, et trois thèmes transversaux ont été ajoutés :

| N° | Secteurs | Thèmes ajoutés |
|---|---|---|
| 1 | 1. Pêche et 2. Tourisme | 7. Genre et groupes vulnérables |
| 2 | 3. Ports et 4. Transports | 8. Recherche et formation |
| 3 | 5. Habitat et 6. Santé | 9. Télécommunications |

## 4. Mise en œuvre

Chaque ministère sectoriel désigne un point focal qui rend compte au comité de pilotage deux fois par an.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"strategie-littoral.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Quels thèmes transversaux sont ajoutés aux 6 secteurs ?",
    "Aux 6 secteurs, quels thèmes transversaux ont été ajoutés ?",
    "Quels sont les thèmes transversaux ajoutés dans la stratégie du littoral ?",
])
def test_the_rows_of_a_table_after_its_label_are_the_list(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    for theme in ("Genre et groupes vulnérables", "Recherche et formation", "Télécommunications"):
        assert theme in body["answer"], body["answer"]
    assert "Pêche" not in body["answer"], body["answer"]
    quotes = [c["quote"] for c in body["citations"]]
    assert "8. Recherche et formation" in quotes, quotes
