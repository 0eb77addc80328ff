"""The index of every plan in data/plans and data/real-plans, behind the HTTP API.

`make test` runs the evaluation first and hands its index of those folders here through
PLANS_TEST_REAL_INDEX, so the real plans are read once per run; without it (or when that
index lacks one of the documents) the index is built here, once per session (minutes).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eval import ingesting
from tests.conftest import ROOT, make_service

FOLDERS = [ROOT / "data" / "plans", ROOT / "data" / "real-plans"]


@pytest.fixture(scope="session")
def real_plans(tmp_path_factory, embedder):
    """An API client over the index of every plan of FOLDERS, and the documents that failed
    to ingest (stem -> error)."""
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    found = ingesting.collect(FOLDERS)
    named = {f.stem for f in found.files}
    service, failed = _shared_index(embedder, named), {}
    if service is None:
        service = make_service(tmp_path_factory.mktemp("real-plans-index"), embedder)
        summary = ingesting.ingest(service.ingestor, list(found.files))
        failed = {Path(r.document).stem: r.error for r in summary.failed}
    with TestClient(create_app(service.settings, service)) as client:
        yield client, failed
    service.index.close()


def _shared_index(embedder, named: set[str]):
    """The service over the evaluation's index named by PLANS_TEST_REAL_INDEX, when it holds
    every document of `named`; else None."""
    folder = os.environ.get("PLANS_TEST_REAL_INDEX")
    if not folder or not Path(folder).is_dir():
        return None
    service = make_service(Path(folder), embedder)
    if named <= {Path(d).stem for d in service.index.snapshot.documents}:
        return service
    service.index.close()
    return None
