"""Hybrid retrieval over a real index: a passage of a few words (a cover's date under the
title) is not matched by the vectors, whose match would be its section path (the plan's
title) and not anything it says, and it does not take a place among the vector results; the
words of BM25 still find it."""

from __future__ import annotations

from assistant.retrieval import MIN_VECTOR_WORDS

PLAN = """# Plan de gestion des crues de Varlande

Octobre 2023

## Digues

Le plan de gestion des crues de Varlande rehausse les digues du Varl sur douze kilomètres.
L'Office des eaux de Varlande entretient les digues et publie un bilan chaque printemps.

## Alerte

Le plan de gestion des crues de Varlande prévoit une alerte par message aux habitants des zones inondables.
"""


def test_a_bare_passage_is_left_to_the_words(service_factory, tmp_path):
    path = tmp_path / "plan-crues-varlande.md"
    path.write_text(PLAN, encoding="utf-8")
    service = service_factory()
    service.ingestor.ingest([path])
    bare = [c for c in service.index.snapshot.chunks.values() if c.text.strip() == "Octobre 2023"]
    assert bare and len(bare[0].text.split()) < MIN_VECTOR_WORDS
    by_vectors = service.retriever.retrieve("Que prévoit le plan de gestion des crues de Varlande ?", k=10, mode="vector")
    assert by_vectors and all(h.chunk.id != bare[0].id for h in by_vectors)
    by_words = service.retriever.retrieve("Octobre 2023", k=10, mode="bm25")
    assert by_words[0].chunk.id == bare[0].id
