"""A question that names something the plans write in a few passages only ("Velox", a
provider in an annex) is not answered by a passage that never writes it: the search may rank
a passage on the study's conclusions first, and its sentence would answer something else."""

from __future__ import annotations

from assistant.question import analyse
from assistant.retrieval import Hit

PLAN = """# Havenland study on shared bikes

## Conclusions

The conclusions of the study on shared bikes fit the regional transport plan of Havenland: shared bikes offer a way to reach the stations, and the annex of the study lists what each provider offers.

## Annex 1: providers

Velox rents electric cargo bikes from hubs in Delft and Leiden.
"""


def test_a_passage_that_never_writes_the_name_asked_about_is_no_answer(service_factory, tmp_path):
    service = service_factory()
    path = tmp_path / "havenland-shared-bikes-study.md"
    path.write_text(PLAN, encoding="utf-8")
    assert not service.ingestor.ingest([path]).failed
    snapshot = service.index.snapshot
    conclusions = next(c for c in snapshot.chunks.values() if c.kind == "passage" and "conclusions" in c.text)
    extractive = next(c for c in service.composers if c.name == "extractive")
    question = analyse("What does Velox offer according to the annex of the study on shared bikes?")
    answer = extractive.compose(question, [Hit(conclusions, 0.03, 0.6)], snapshot)
    assert answer.abstained, answer.answer
    annex = next(c for c in snapshot.chunks.values() if c.kind == "passage" and "Velox" in c.text)
    answer = extractive.compose(question, [Hit(annex, 0.03, 0.6)], snapshot)
    assert not answer.abstained and "cargo bikes" in answer.answer, answer.answer
