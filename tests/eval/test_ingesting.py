"""The evaluation's ingestion: one index of several folders, where a file that cannot be read
(corrupt, unsupported, too slow) is a reported result and never stops the run."""

from __future__ import annotations

from eval import ingesting
from tests.conftest import NAP_PDF, make_service

PLAN = "# Coastal plan\n\n## Actions\n\nThe Ministry of Water leads the dune restoration programme from 2024.\n"


def test_folders_are_collected_without_readmes_and_with_named_unsupported_files(tmp_path):
    a, b = tmp_path / "plans", tmp_path / "more"
    a.mkdir(), b.mkdir()
    (a / "coastal-plan.md").write_text(PLAN)
    (a / "README.md").write_text("# About these plans\n")
    (b / "strategy.xyz").write_text("not a format the readers know")
    (b / "notes.xyz").write_text("named by no item")
    found = ingesting.collect([a, b], named={"strategy"})
    assert [f.name for f in found.files] == ["coastal-plan.md", "strategy.xyz"]
    assert found.homes == {"coastal-plan": "plans", "strategy": "more"}


def test_bad_and_slow_files_are_reported_and_the_others_indexed(tmp_path, embedder):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "coastal-plan.md").write_text(PLAN)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    (folder / "strategy.xyz").write_text("unknown format")
    service = make_service(tmp_path / "index", embedder)
    try:
        files = ingesting.collect([folder], named={"strategy"}).files
        seen = []
        summary = ingesting.ingest(service.ingestor, files, on_file=seen.append)
        status = {r.document: r.status for r in summary.results}
        assert status == {"broken.pdf": "failed", "coastal-plan.md": "added", "strategy.xyz": "failed"}
        assert [r.document for r in seen] == [r.document for r in summary.results]
        errors = {r.document: r.error for r in summary.failed}
        assert errors["broken.pdf"].startswith("broken.pdf:") and "not supported" in errors["strategy.xyz"]
        assert list(service.index.snapshot.documents) == ["coastal-plan.md"]

        hurried = make_service(tmp_path / "hurried", embedder, file_timeout=0.001)
        try:
            slow = ingesting.ingest_one(hurried.ingestor, NAP_PDF)
            assert slow.status == "failed" and "longer than" in slow.error
            assert not hurried.index.snapshot.documents
        finally:
            hurried.index.close()

        items = [{"id": "a", "doc": "coastal-plan"}, {"id": "b", "doc": "broken"}, {"id": "c", "answerable": False}]
        missing = ingesting.missing_documents(items, service.index.snapshot.documents, {"broken": errors["broken.pdf"]})
        assert missing == {"broken": errors["broken.pdf"]}
        again = ingesting.ingest_one(service.ingestor, folder / "coastal-plan.md")
        assert again.status == "unchanged"
    finally:
        service.index.close()
