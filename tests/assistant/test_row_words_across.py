"""A row asked for in French or Dutch by the unit word of its own language ("verbintenis 2",
"l'engagement 2") of a plan written in English, and the cells asked with the verbs of
support of each language ("welke organisaties steunen die?", "qui le soutiennent ?")."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Open Harbour Government Plan 2030-2032

## Annex A: Commitments overview

| Commitment | Description | Lead department(s) | Supporting civil society organisations |
|---|---|---|---|
| 1 | The government will publish the harbour dues of every port as open data | Harbour Office | Open Quay Foundation |
| 2 | The government will keep an inventory of all the datasets held by port authorities | Cabinet Office | Dock Data Group, Open Berth Network |
| 3 | Ferry operators will report their delays each month | Ferry Board | Not applicable |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-harbour-government.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Welk departement leidt verbintenis 2 van het Norlandse havenplan, en welke burgergroepen steunen die?",
    "Quel département pilote l'engagement 2 du plan portuaire de Norland, et quels groupes citoyens le soutiennent ?",
])
def test_the_row_and_its_supporters(client, question):
    body = ask(client, question)
    answer = body["answer"]
    assert "Cabinet Office" in answer, answer
    assert "Dock Data Group" in answer and "Open Berth Network" in answer, answer
    assert all(c["ref"] == "2" for c in body["citations"]), body["citations"]
