"""A row found by the meaning of the question must be among the best evidence: the first
two retrieved chunks. One rank further, a row whose action states the act the question asks
("which ministry drafts X?" of "Development of the draft decree on X") is considered too.
The registry composer is given the retrieved chunks in a set order, over a real index."""

from __future__ import annotations

import pytest

from assistant.answering.registry import RegistryComposer
from assistant.question import analyse
from assistant.retrieval import Hit
from tests.conftest import make_service

PLAN = """# Norland Climate Adaptation Measures 2031-2035

## Introduction

The Ministry of Environment analyses how the adaptation programme is carried out, and every ministry reports to it once a year.

## Measures

| No. | Measure | Performer | Due date |
|---|---|---|---|
| 1.1 | Analysis of the implementation of the national adaptation programme and of the sector adaptation plans | Ministry of Environment | 2035, 3rd quarter |
| 1.2 | Development of the draft government decree on the adaptation plan for the fisheries sector | Ministry of Economy | 2032, 1st quarter |
| 1.3 | Training of the regional administrations in carrying out the fisheries sector adaptation plan | Ministry of Territorial Administration | 2034 |
"""


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    (folder / "norland-adaptation-measures.md").write_text(PLAN, encoding="utf-8")
    service = make_service(tmp_path_factory.mktemp("index"), embedder)
    assert not service.ingestor.ingest([folder]).failed
    yield service
    service.index.close()


def _hits(snapshot, order: list[str]) -> list[Hit]:
    """The index's chunks in the order given: a row by its id, "intro" for the passage."""
    def chunk(key: str):
        for c in snapshot.chunks.values():
            if key == "intro" and c.kind == "passage" and "analyses how" in c.text:
                return c
            if c.kind == "row" and c.commitment is not None and c.commitment.ref == key:
                return c
        raise AssertionError(f"no chunk {key}")
    return [Hit(chunk=chunk(k), score=1.0 / (i + 1), cosine=0.6) for i, k in enumerate(order)]


def _registry(service) -> RegistryComposer:
    return next(c for c in service.composers if isinstance(c, RegistryComposer))


QUESTION = "Which ministry performs the drafting of the fisheries sector adaptation plan, and when must it be done?"


def test_a_third_row_that_states_the_asked_act_is_considered(indexed):
    snapshot = indexed.index.snapshot
    answer = _registry(indexed).compose(analyse(QUESTION), _hits(snapshot, ["1.1", "intro", "1.2", "1.3"]), snapshot)
    assert answer is not None and "Ministry of Economy" in answer.answer, answer


def test_a_third_row_that_states_no_asked_act_is_not(indexed):
    snapshot = indexed.index.snapshot
    answer = _registry(indexed).compose(analyse(QUESTION), _hits(snapshot, ["1.1", "intro", "1.3", "1.2"]), snapshot)
    assert answer is None or "Territorial" not in answer.answer, answer.answer
