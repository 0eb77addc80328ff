"""kill -9 in the middle of writing a document, then a restart: the index holds no orphan
chunks (chunks whose document record is missing or is of another version), every record's
chunk count is what Chroma holds, and the documents listed are answerable.

The processes are the real `plans ingest` and `plans serve`; `crashpoint.py` kills them with
SIGKILL right after a chosen write to Chroma returned (the write is on disk), so the crash
lands inside a document's write every time. The index is read with chromadb directly once
the process is gone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, free_port
from tests.reliability.consistency import read_index

pytestmark = pytest.mark.reliability


CRASHPOINT = Path(__file__).resolve().parent / "crashpoint.py"


def plan(edition: int, sections: int = 12) -> str:
    parts = [f"# Quay Works Plan (edition {edition})\n"]
    for i in range(sections):
        parts.append(f"## Quay {i}\n\nQuay {i} gets {i + edition} new bollards in district {i % 5}, "
                     f"edition {edition} of the works.\n")
    parts.append(f"## Adoption\n\nEdition {edition} of the plan was adopted on {edition} March 2024.\n")
    return "\n".join(parts)


def env() -> dict:
    return dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False")


def plans(*args: str, kill_after: int | None = None, **kwargs) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(CRASHPOINT), str(kill_after), *args] if kill_after else [
        sys.executable, "-m", "cli", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=600, **kwargs)


def assert_consistent(index: Path) -> dict:
    state = read_index(index)
    assert not state.orphans, state.summary()
    for doc_id, record in state.records.items():
        assert state.chunks_by_doc.get(doc_id, 0) == record["chunks"], (doc_id, state.summary())
    return state.records


def test_a_killed_ingestion_leaves_no_orphans_after_a_restart(tmp_path):
    index, docs = tmp_path / "index", tmp_path / "docs"
    docs.mkdir()
    (docs / "quays.md").write_text(plan(1))
    (docs / "other.md").write_text("# Lighthouse Note\n\nThe lighthouse was repainted on 2 May 2023.\n")
    # killed right after the first write of a new document: its chunks, no record yet
    out = plans("--index", str(index), "ingest", str(docs / "quays.md"), kill_after=1)
    assert out.returncode == -signal.SIGKILL, out.stderr
    # the restart becomes the writer, and writes another document only
    out = plans("--index", str(index), "ingest", str(docs / "other.md"))
    assert out.returncode == 0, out.stderr
    records = assert_consistent(index)
    assert [r["document"] for r in records.values()] == ["other.md"]


def test_a_server_killed_while_replacing_a_document_restarts_consistent(tmp_path):
    index = tmp_path / "index"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    args = ["--index", str(index), "serve", "--port", str(port)]
    # today a new document is two writes (chunks, record): the fourth write is the record of
    # the new edition, after which the old edition's chunks are still to be deleted
    server = subprocess.Popen([sys.executable, str(CRASHPOINT), "4", *args], cwd=ROOT, env=env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_healthy(port, server)
        first = httpx.post(f"{base}/v1/documents", timeout=300,
                           files={"file": ("quays.md", plan(1).encode(), "text/markdown")})
        assert first.status_code == 201, first.text
        with pytest.raises(httpx.TransportError):  # the server dies inside the second upload
            httpx.post(f"{base}/v1/documents", timeout=300,
                       files={"file": ("quays.md", plan(2).encode(), "text/markdown")})
        assert server.wait(timeout=60) == -signal.SIGKILL
    finally:
        stop(server)
    server = subprocess.Popen([sys.executable, "-m", "cli", *args], cwd=ROOT, env=env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:  # the restart: it lists one edition, whole, and answers from it
        wait_healthy(port, server)
        listed = {d["document"]: d for d in httpx.get(f"{base}/v1/documents").json()["items"]}
        assert list(listed) == ["quays.md"]
        edition = listed["quays.md"]["title"].rsplit(" ", 1)[-1].rstrip(")")
        answer = httpx.post(f"{base}/v1/ask", timeout=120, json={"question": "When was the plan adopted?"}).json()
        assert f"{edition} March 2024" in answer["answer"], answer
    finally:
        stop(server)
    records = assert_consistent(index)
    assert {r["document"]: r["chunks"] for r in records.values()} == {"quays.md": listed["quays.md"]["chunks"]}


def wait_healthy(port: int, process: subprocess.Popen, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}: {process.stderr.read()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError("the server did not start")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
