"""Queries keep working while a document is being ingested, and see the old or the new
state of the index, never a half-ingested document."""

from __future__ import annotations

import threading

from assistant.models import AskRequest

SMALL = "# Harbour Plan\n\nThe harbour authority will inspect every quay twice a year.\n"


def big_plan(n: int = 160) -> str:
    paragraphs = [
        f"Measure {i} of the river plan funds the repair of {i + 3} sluices in district {i % 9}, "
        f"with works starting in spring and inspections by the waterways agency every autumn."
        for i in range(n)
    ]
    return "# River Plan\n\n## Measures\n\n" + "\n\n".join(paragraphs) + "\n\nThe river plan was adopted on 3 May 2024.\n"


def test_asking_during_an_ingestion_sees_old_or_new_state(empty_service, tmp_path):
    (tmp_path / "harbour.md").write_text(SMALL)
    empty_service.ingestor.ingest([tmp_path / "harbour.md"])
    (tmp_path / "river.md").write_text(big_plan())
    errors: list[BaseException] = []

    def ingest() -> None:
        try:
            empty_service.add_document(tmp_path / "river.md", "river.md")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=ingest)
    worker.start()
    seen_states = set()
    while worker.is_alive():
        docs = {d.document: d.chunks for d in empty_service.documents()}
        snapshot_chunks = {c.doc_id for c in empty_service.index.snapshot.chunks.values()}
        assert set(docs) == snapshot_chunks  # records and chunks always agree
        seen_states.add(tuple(sorted(docs)))
        harbour = empty_service.ask(AskRequest(question="How often will the harbour authority inspect the quays?"))
        assert not harbour.abstained and "twice a year" in harbour.answer
        river = empty_service.ask(AskRequest(question="When was the river plan adopted?"))
        assert river.abstained or "3 May 2024" in river.answer
    worker.join()
    assert not errors, errors
    assert ("harbour.md",) in seen_states  # we did ask while the new document was on its way
    final = empty_service.ask(AskRequest(question="When was the river plan adopted?"))
    assert not final.abstained and "3 May 2024" in final.answer
    assert {d.document for d in empty_service.documents()} == {"harbour.md", "river.md"}
