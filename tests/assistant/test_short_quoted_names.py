"""A quoted name of two words that only one plan's title or file name writes ("« Harbour
Compass »" for harbour-compass-recommendations-2030.md, whose cover title is another) names
that plan: a French question about the English plan is answered from it, not from the plan
in its own language that its other words match."""

from __future__ import annotations

import pytest

from assistant.answering.base import quoted_titles
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

COMPASS = """# RECOMMENDATIONS – for better cooperation between ports, customs and coastguard

## Widen the circle

Ports, customs and coastguard do not cover every task at sea: the fire brigade, the courts and
many civilian experts should also take part in the planning and in the operations.
"""

PLAN = """# Plan portuaire de la Varlande 2030

## Acteurs

La planification portuaire associe les ports, les douanes et les garde-côtes de la Varlande,
qui se réunissent chaque trimestre pour préparer les opérations en mer. À part les ports, les
douanes et les garde-côtes, les autres acteurs à associer à la planification sont les communes.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-compass-recommendations-2030.md": COMPASS, "plan-portuaire-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, named", [
    ("Selon « Harbour Compass », qui d'autre doit participer ?", {"harbour-compass-recommendations-2030.md"}),
    ("What does the 'harbour plan' say?", set()),  # written by no title or file name whole
    ("Que disent les « recommandations 2030 » ?", set()),  # a year is no name
])
def test_a_quoted_two_word_name_of_one_plan_names_it(client, question, named):
    snapshot = client.app.state.service.index.snapshot
    assert quoted_titles(question, snapshot) == named


def test_the_named_plan_answers(client):
    body = ask(client, "Selon les recommandations « Harbour Compass », à part les ports, les douanes et les "
                       "garde-côtes, quels autres acteurs doivent prendre part à la planification ?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["document"] == "harbour-compass-recommendations-2030.md", body["answer"]
    assert "fire brigade" in body["answer"], body["answer"]
