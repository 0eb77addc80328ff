"""A plan's name as a question writes it:

- a name that holds a conjunction ("the Trade and Fisheries National Action Plan") is one
  subject when a plan writes it so ("Trade and Fisheries"), not two to be asked apart;
- a name spelled out that the plan's title abbreviates ("National Action Plan" of a plan
  called "... NAP ...") names the plan, in the question and in the plan's sentence that says
  who drafted it.

Through the HTTP API over a plan written here (its title taken from its file name), and
`split_subjects` on its own."""

from __future__ import annotations

import pytest

from assistant.decompose import split_subjects
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """Varland is committed to fair trade and sustainable fisheries at home and abroad.

The priorities on Trade and Fisheries were agreed with the coastal regions in 2030.

The National Action Plan was drafted by the Fisheries Working Group of the Varland Council for Sustainable Development, which brings together the federal administrations and the regions.

The National Action Plan was adopted by the Varland cabinet on 12 March 2031.

Action 4: the fishing fleet reports its catches every month to the Coastal Office.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"trade-fisheries-nap-varland.txt": PLAN}) as c:
        yield c


def test_a_name_a_plan_writes_with_its_conjunction_is_one_subject():
    question = "When was the Trade and Fisheries National Action Plan adopted?"
    assert split_subjects(question, "en", lambda phrase: phrase == "Trade and Fisheries") == [question]
    assert len(split_subjects(question, "en", lambda phrase: False)) == 2
    assert len(split_subjects(question, "en")) == 2


def test_a_phrase_is_written_when_a_plan_has_its_words_in_a_row(client):
    snapshot = client.app.state.service.index.snapshot
    assert snapshot.writes_phrase("Trade and Fisheries")
    assert snapshot.writes_phrase("trade  AND fisheries")
    assert not snapshot.writes_phrase("Fisheries and Trade")
    assert not snapshot.writes_phrase("Trade and Harbours")


def test_the_name_with_a_conjunction_is_asked_whole(client):
    body = ask(client, "When was the Trade and Fisheries National Action Plan adopted?")
    assert not body["abstained"], body["answer"]
    assert "12 March 2031" in body["answer"], body["answer"]
    assert "do not say" not in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "Which body drafted the Trade and Fisheries National Action Plan?",
    "Which body drafted the Trade and Fisheries NAP?",
])
def test_the_drafting_body_of_a_plan_named_by_its_initials(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"].startswith("The National Action Plan was drafted by"), body["answer"]
    assert "do not say" not in body["answer"], body["answer"]
