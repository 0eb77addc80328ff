"""A who-question asked in another language than the plan's ("qui préside le groupe … ?" of
an English report) is answered by the sentence that states the act asked ("… will be chaired
by …"), not by a sentence near it that only names the body, nor by one about the report the
question gives as its source: the act, read in each language, is what the two share."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Harbour Governance Survey 2031 – Norland Country Report

This report is part of the Kestria Foundation's Harbour Governance Survey (HGS) 2031 of twelve coastal states.

Please cite as follows: Kestria Foundation, HGS 2031 Country Report – Norland.

## Steering

Once adopted, Norland's Integrated Harbour Approach will be steered by two bodies: a steering group and a harbour task force.

Once the aims of a specific Integrated Harbour Approach effort have been set by the steering group, a dedicated Integrated Harbour Approach task force will be set up for each port. This task force will be chaired by the director of the Coastal Directorate of the Ministry of the Sea or by another director with expertise in the port concerned. The task force reports to the steering group every quarter.

As regards Norland's Integrated Harbour Approach, it is crucial for a task force to assess the opportunities offered by the regional harbour guidelines.

## Outlook

The survey finds that Norland's harbour bodies cooperate well but lack a joint budget.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"hgs-2031-norland-country-report.md": REPORT}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "D'après le rapport HGS 2031 (Kestria) sur Norland, qui est à la tête, comme président, du groupe de travail de l'approche portuaire intégrée ?",
    "Volgens het landenrapport Norland 2031 van de HGS (Kestria), wie zit de taskforce voor de geïntegreerde havenaanpak voor?",
])
def test_the_sentence_stating_the_chairing_answers(client, question):
    body = ask(client, question)
    assert "director of the Coastal Directorate" in body["answer"], body["answer"]
