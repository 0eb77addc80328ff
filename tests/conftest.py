"""Shared fixtures: the real bundled model (loaded once), real Chroma indexes on temp dirs,
the service over the sample plans, and a live API over real HTTP."""

from __future__ import annotations

import os
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data" / "plans"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
NAP_PDF = FIXTURES / "wps-nap-1325-2013-2016.pdf"
# A second plan about something else, so that the words of a plan's title name it among others.
UNRELATED_PLAN = """# Norland energy strategy 2030

## Wind

Norland builds two offshore wind farms by 2028. The grid operator connects them to the coast.
"""


@pytest.fixture(scope="session")
def embedder():
    from plans.embedding import load_embedder
    from plans.settings import load_settings

    return load_embedder(load_settings().embed_model)


def make_service(index_dir: Path, embedder, **overrides):
    from assistant.service import AssistantService
    from plans.index import PlanIndex
    from plans.settings import load_settings

    settings = load_settings(index_dir=index_dir, **overrides)
    return AssistantService(settings, PlanIndex(settings, embedder).open())


@contextmanager
def serving(index_dir: Path, embedder, files: list[Path]):
    """An HTTP client of the app over a fresh index of `files` (every one ingested)."""
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    service = make_service(index_dir, embedder)
    summary = service.ingestor.ingest(files)
    assert not summary.failed, summary.failed
    with TestClient(create_app(service.settings, service)) as client:
        yield client
    service.index.close()


@contextmanager
def serving_files(tmp_path_factory, embedder, files: dict[str, str | list[str]]):
    """`serving` over plans written here: each name with its text, or a ".pdf" drawn from
    its lines (`lines_pdf`)."""
    from tests.support.synth_pdf import lines_pdf

    folder = tmp_path_factory.mktemp("plans")
    paths = []
    for name, content in files.items():
        path = folder / name
        if name.endswith(".pdf"):
            lines_pdf(path, content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    with serving(tmp_path_factory.mktemp("index"), embedder, paths) as client:
        yield client


def ask_http(client, question: str, **request) -> dict:
    """POST /v1/ask; the response body (the status must be 200)."""
    r = client.post("/v1/ask", json={"question": question, **request})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture
def service_factory(tmp_path, embedder):
    """Build services on fresh temp indexes: `service_factory()`; closed after the test."""
    made = []

    def factory(name: str = "index", **overrides):
        svc = make_service(tmp_path / name, embedder, **overrides)
        made.append(svc)
        return svc

    yield factory
    for svc in made:
        svc.index.close()


@pytest.fixture
def empty_service(service_factory):
    return service_factory()


@pytest.fixture(scope="session")
def plans_service(tmp_path_factory, embedder):
    """The service over a fresh index of data/plans (shared, read-only: do not change it)."""
    svc = make_service(tmp_path_factory.mktemp("plans-index"), embedder)
    summary = svc.ingestor.ingest([DATA_DIR])
    assert not summary.failed, summary.failed
    yield svc
    svc.index.close()


@pytest.fixture(scope="session")
def plans_client(plans_service):
    """An HTTP client on the app built by the factory over `plans_service`."""
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    with TestClient(create_app(plans_service.settings, plans_service)) as client:
        yield client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving an app in a background thread, on a free loopback port."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.time() + 30
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("the API did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_api(plans_service):
    """The real API over real HTTP (uvicorn on loopback) over the sample plans; yields its URL."""
    from assistant.api import create_app

    with LiveServer(create_app(plans_service.settings, plans_service)) as server:
        yield server.url


@pytest.fixture(scope="session")
def stub_llm():
    """A deterministic OpenAI-compatible server on loopback (tests/support/stub_llm.py); its
    `url` is what PLANS_LLM_BASE_URL would be. Call `reset()` before scripting it."""
    from tests.support.stub_llm import StubModel

    model = StubModel()
    with LiveServer(model.app) as server:
        model.url = f"{server.url}/v1"
        yield model


def llm_service(plans_service, **llm):
    """A service over the shared index of data/plans whose answers a language model writes."""
    from assistant.service import AssistantService
    from plans.settings import load_settings

    settings = load_settings(index_dir=plans_service.settings.index_dir, **llm)
    return AssistantService(settings, plans_service.index)
