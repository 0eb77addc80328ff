"""The ingestion job against a real Chroma on a temp dir: content-hash ids, upserts,
replacement of changed files, removal, bad files, and a real PDF made in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from plans.errors import NotFound

PLAN = """# Harbour Safety Plan 2024

## Measures

The harbour authority will inspect every quay twice a year. The inspections were agreed on 4 April 2024.

Fire brigades will train with ship crews in spring.
"""


def chroma_ids(service) -> set[str]:
    return set(service.index._chunks.get(include=[])["ids"])


def test_reingesting_an_unchanged_file_changes_nothing(empty_service, tmp_path):
    path = tmp_path / "harbour.md"
    path.write_text(PLAN)
    first = empty_service.ingestor.ingest([path])
    assert [r.status for r in first.results] == ["added"]
    before = chroma_ids(empty_service)
    again = empty_service.ingestor.ingest([path])
    assert [r.status for r in again.results] == ["unchanged"]
    assert chroma_ids(empty_service) == before


def test_a_folders_readme_is_not_a_plan(tmp_path):
    from ingest.pipeline import expand

    (tmp_path / "harbour.md").write_text(PLAN)
    (tmp_path / "README.md").write_text("# Plans\n\nThe harbour plan of 2024, as published.\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "readme.txt").write_text("Notes on the plans of this folder.\n")
    files, problems = expand([tmp_path])
    assert [f.name for f in files] == ["harbour.md"] and not problems
    named, _ = expand([tmp_path / "README.md"])  # named directly, it is read
    assert [f.name for f in named] == ["README.md"]


def test_a_file_indexed_by_an_older_reader_is_read_again(empty_service, tmp_path, monkeypatch):
    path = tmp_path / "harbour.md"
    path.write_text(PLAN)
    assert [r.status for r in empty_service.ingestor.ingest([path]).results] == ["added"]
    monkeypatch.setattr("ingest.pipeline.READER_VERSION", "a later release")
    assert [r.status for r in empty_service.ingestor.ingest([path]).results] == ["updated"]
    assert [r.status for r in empty_service.ingestor.ingest([path]).results] == ["unchanged"]


def test_a_changed_file_replaces_its_chunks_without_duplicates_or_stale_ones(empty_service, tmp_path):
    path = tmp_path / "harbour.md"
    path.write_text(PLAN)
    empty_service.ingestor.ingest([path])
    old = chroma_ids(empty_service)
    path.write_text(PLAN.replace("twice a year", "four times a year"))
    result = empty_service.ingestor.ingest([path])
    assert [r.status for r in result.results] == ["updated"]
    new = chroma_ids(empty_service)
    assert new and not (new & old)  # every chunk of the old version is gone
    texts = " ".join(c.text for c in empty_service.index.snapshot.chunks.values())
    assert "four times a year" in texts and "twice a year" not in texts
    assert len(empty_service.documents()) == 1


def test_remove_deletes_a_document_and_its_chunks(empty_service, tmp_path):
    path = tmp_path / "harbour.md"
    path.write_text(PLAN)
    empty_service.ingestor.ingest([path])
    info = empty_service.remove_document("harbour")  # the stem works as well as the file name
    assert info.document == "harbour.md"
    assert chroma_ids(empty_service) == set() and empty_service.documents() == []
    with pytest.raises(NotFound):
        empty_service.remove_document("harbour.md")


def test_the_index_survives_a_restart(service_factory, tmp_path, embedder):
    from tests.conftest import make_service

    path = tmp_path / "harbour.md"
    path.write_text(PLAN)
    svc = service_factory("persist")
    svc.ingestor.ingest([path])
    n = len(svc.index.snapshot.chunks)
    svc.index.close()
    reopened = make_service(tmp_path / "persist", embedder)
    try:
        assert len(reopened.index.snapshot.chunks) == n
        assert reopened.documents()[0].document == "harbour.md"
    finally:
        reopened.index.close()


def test_bad_files_fail_alone_with_one_line_each(empty_service, tmp_path):
    from tests.support.synth_pdf import (render_plan, write_corrupt_pdf, write_encrypted_pdf, write_empty_file,
                                         write_random_bytes)

    good = tmp_path / "good"
    good.mkdir()
    (good / "harbour.md").write_text(PLAN)
    pdf = render_plan(good / "synthetic-plan.pdf").path
    bad = tmp_path / "bad"
    bad.mkdir()
    write_corrupt_pdf(bad / "corrupt.pdf", pdf)
    write_encrypted_pdf(bad / "locked.pdf", pdf)
    write_empty_file(bad / "empty.txt")
    write_random_bytes(bad / "random.pdf")
    (bad / "slides.pptx").write_bytes(b"PK\x03\x04 not supported")
    summary = empty_service.ingestor.ingest([good, bad, bad / "slides.pptx", tmp_path / "missing.txt"])
    failed = {r.document: r.error for r in summary.failed}
    assert set(failed) == {"corrupt.pdf", "locked.pdf", "empty.txt", "random.pdf", "slides.pptx", "missing.txt"}
    for name, error in failed.items():
        assert name in error and "\n" not in error and "Traceback" not in error
    assert "encrypted" in failed["locked.pdf"] and "empty" in failed["empty.txt"]
    added = sorted(r.document for r in summary.results if r.status == "added")
    assert added == ["harbour.md", "synthetic-plan.pdf"]
    stored = {c.doc_id for c in empty_service.index.snapshot.chunks.values()}
    assert stored == {"harbour.md", "synthetic-plan.pdf"}  # nothing of a failed file was written


def test_a_pdf_made_in_the_test_is_answerable_with_its_page(empty_service, tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ports.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 770, "Ports Strategy")
    c.drawString(72, 740, "The strategy covers the five sea ports of the country.")
    c.showPage()
    c.drawString(72, 770, "Funding")
    c.drawString(72, 740, "The ministry approved the dredging programme on 12 June 2022.")
    c.save()
    result = empty_service.ingestor.ingest([path])
    assert result.results[0].pages == 2
    from assistant.models import AskRequest

    answer = empty_service.ask(AskRequest(question="When was the dredging programme approved?"))
    assert not answer.abstained and "12 June 2022" in answer.answer
    assert answer.citations[0].document == "ports.pdf" and answer.citations[0].page == 2


def test_a_table_repeated_in_one_file_gives_distinct_chunk_ids(empty_service, tmp_path):
    nap = (Path(__file__).resolve().parents[2] / "data" / "plans" / "wps-nap-1325-2013-2016.txt").read_text()
    path = tmp_path / "nap-three-times.txt"
    path.write_text("\n\n".join([nap] * 3))
    prepared = empty_service.ingestor.prepare(path)
    ids = [c.id for c in prepared.chunks]
    assert len(ids) == len(set(ids)) > 300
    assert prepared.record.info.chunks == len(ids)


def test_a_file_over_its_time_budget_fails_alone_with_one_line(empty_service, tmp_path):
    from ingest.pipeline import Ingestor

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "harbour.md").write_text(PLAN)
    slow = Ingestor(empty_service.index, file_timeout=1e-9)
    summary = slow.ingest([tmp_path / "docs"])
    [result] = summary.results
    assert result.status == "failed"
    assert result.error.startswith("harbour.md: reading took longer than") and "\n" not in result.error
    assert "PLANS_FILE_TIMEOUT" in result.error
    assert empty_service.index.snapshot.documents == {}
    ok = empty_service.ingestor.ingest([tmp_path / "docs"])
    assert [r.status for r in ok.results] == ["added"]


def test_a_declared_language_tag_is_read_as_its_language(empty_service, tmp_path):
    """A page declared "nl-NL" is Dutch: its title words and short chunks are analysed as
    Dutch, so its title names it ("acht kansen") and its text is found by Dutch stems."""
    page = tmp_path / "acht-kansen-havenland.html"
    page.write_text('<html lang="nl-NL"><head><title>Acht kansen voor Havenland</title></head><body><main>'
                    "<h1>Acht kansen voor Havenland</h1><h2>Kansen</h2><p>De haven biedt kansen.</p>"
                    "<h2>Fietsen</h2><p>Meer fietsen in de haven. De acht kansen worden elk jaar herzien.</p>"
                    "</main></body></html>", encoding="utf-8")
    empty_service.ingestor.ingest([page])
    snapshot = empty_service.index.snapshot
    [record] = snapshot.documents.values()
    assert record.info.language == "nl"
    assert {c.lang for c in snapshot.chunks.values()} == {"nl"}
