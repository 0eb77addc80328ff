"""The same code against a Chroma server: two service processes share one index."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from assistant.models import AskRequest
from tests.conftest import free_port, make_service

CHROMA = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "chroma"


@pytest.fixture
def chroma_server(tmp_path):
    exe = shutil.which("chroma") or (str(CHROMA) if CHROMA.exists() else None)
    if exe is None:
        pytest.skip("the chroma server command is not installed")
    port = free_port()
    proc = subprocess.Popen([exe, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.time() + 30
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).raise_for_status()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("the Chroma server did not start")
            time.sleep(0.2)
    yield port
    proc.terminate()
    proc.wait(timeout=10)


def test_two_api_processes_share_a_chroma_server(chroma_server, tmp_path, embedder):
    a = make_service(tmp_path / "unused-a", embedder, chroma_host="127.0.0.1", chroma_port=chroma_server)
    b = make_service(tmp_path / "unused-b", embedder, chroma_host="127.0.0.1", chroma_port=chroma_server)
    assert not a.settings.embedded and not (tmp_path / "unused-a").exists()  # nothing written locally
    doc = tmp_path / "ferries.md"
    doc.write_text("# Ferry Plan\n\nThe ferry service to the islands will run every 30 minutes from 1 May 2025.\n")
    a.add_document(doc, "ferries.md")
    b.index._checked = 0.0  # skip the refresh interval in the test
    answer = b.ask(AskRequest(question="From when will the ferry service run every 30 minutes?"))
    assert not answer.abstained and "1 May 2025" in answer.answer
    assert [d.document for d in b.documents()] == ["ferries.md"]
    a.remove_document("ferries.md")
    b.index._checked = 0.0
    assert b.documents() == []
