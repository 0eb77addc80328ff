"""A question about the plan itself ("who drafted the … plan?"): its words, but for what is
asked, all name the plan, its initials spelled out however the question writes them ("the
national action plan" of a plan filed as a NAP, in lower case as much as in capitals)."""

from __future__ import annotations

import pytest

from assistant.answering.outline import about_itself
from assistant.question import analyse
from plans.index.snapshot import DocumentRecord, Snapshot, StoredChunk
from plans.records import DocumentInfo

DOC = "harbour-safety-nap-havenland.txt"


@pytest.fixture(scope="module")
def snapshot():
    info = DocumentInfo(id=DOC, document=DOC, title="Harbour safety nap havenland", pages=1, chunks=0,
                        commitments=0, version="v1", size=10, kind="txt")
    texts = ["The National Action Plan on harbour safety of Havenland sets out twelve measures.",
             "The harbour safety council of Havenland reviews the plan each year."]
    chunks = [StoredChunk(id=f"c{i}", doc_id=DOC, kind="passage", text=t, search_text=t, section="", page=None,
                          start=i * 100, end=i * 100 + len(t)) for i, t in enumerate(texts)]
    return Snapshot.build({DOC: DocumentRecord(info)}, chunks)


@pytest.mark.parametrize("question", [
    "Who drafted the Havenland National Action Plan on harbour safety?",
    "Who drafted the Havenland national action plan on harbour safety?",
])
def test_the_plan_spelled_out_in_any_case_names_it(snapshot, question):
    assert about_itself(analyse(question), ["drafted"], DOC, snapshot)


def test_a_question_about_something_the_plan_says_is_not_about_itself(snapshot):
    question = "Who drafted the rescue drills of the Havenland national action plan on harbour safety?"
    assert not about_itself(analyse(question), ["drafted"], DOC, snapshot)
