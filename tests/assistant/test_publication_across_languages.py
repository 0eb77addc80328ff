"""A question asks for the date a paper appears in its own language's words ("quand … devait-il
paraître ?", "wanneer verschijnt …?") of a plan that writes "to be published": the act asked
carries the question across languages, so the sentence stating the publication answers, not
another dated sentence about a paper."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

REPORT = """# Westerland Quay Data Panel: progress report, autumn 2032

## Papers of the panel

14/01/32 – Ada Brun submitted the paper on the value of open quay data for a first reading.

22/02/32 – Piet Smal submitted a second paper on quay data and openness, based on Ada's paper.

The Quay Data Charter is to be published on Tuesday 9th October.

The panel will send a paper on quay data in tenders to the harbour procurement board.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"westerland-quay-panel-report.md": REPORT,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Selon le rapport d'automne 2032 du Westerland Quay Data Panel, quand la Quay Data Charter devait-elle paraître ?",
    "Wanneer zou de Quay Data Charter verschijnen, volgens het najaarsrapport 2032 van het Westerland Quay Data Panel?",
])
def test_the_sentence_stating_the_publication_answers(client, question):
    # (the Dutch question was answered so before "verschijnen" was a form of publishing, by
    # the meaning of its words; it stays as the guard of the Dutch forms)
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "9th October" in body["answer"], body["answer"]
    assert "14/01/32" not in body["answer"] and "22/02/32" not in body["answer"], body["answer"]
