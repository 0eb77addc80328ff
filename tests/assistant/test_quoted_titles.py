"""A question that quotes a plan's title ("what is 'Six chances for the harbour' about?")
names that plan, even when its other words (the province both plans come from) name
another one as well."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

KANSEN = """# Zes kansen voor de haven

Deze verkenning van de provincie Havenland beschrijft zes kansen voor een schonere haven, met
voorbeelden uit andere havens.

## Kansen

1. Walstroom voor de binnenvaart.
2. Elektrische sleepboten.
3. Een bundeling van de vrachtstromen.
"""

SNELSTUDIE = """# Snelstudie deelboten provincie Havenland 2029

Deze publicatie van de provincie Havenland gaat over de kansen die deelboten bieden voor de
haven van Havenland: zes kansen voor de haven en voor de kanalen van de provincie Havenland.

## Conclusie

De conclusie van deze snelstudie is dat deelboten in de haven van Havenland een goede aanvulling
zijn op de veerboten, vooral voor korte ritten naar de kades van de haven.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"havenland-zes-kansen.md": KANSEN, "havenland-snelstudie-deelboten-2029.md": SNELSTUDIE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_quoted_title_names_its_plan(client):
    body = ask(client, "Waar gaat de publicatie 'Zes kansen voor de haven' van de provincie Havenland over?")
    assert not body["abstained"], body["answer"]
    assert {c["document"] for c in body["citations"]} == {"havenland-zes-kansen.md"}, body["answer"]
