"""ui.client against the real API over HTTP, its one-line errors (unreachable, timeout, HTTP
errors with and without a JSON detail), and the UI importing nothing from the backend."""

from __future__ import annotations

import ast
import csv
import io
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.ui.conftest import ROOT, SMALL_PLAN
from ui.client import ApiError, PlansClient, Turn, api_url

NAP = "wps-nap-1325-2013-2016.txt"


@pytest.fixture
def client(live_api) -> PlansClient:
    return PlansClient(live_api)


def test_the_address_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("PLANS_API_URL", raising=False)
    assert api_url() == "http://127.0.0.1:8000"
    monkeypatch.setenv("PLANS_API_URL", "http://127.0.0.1:9999/ ")
    assert api_url() == "http://127.0.0.1:9999" and PlansClient().base_url == "http://127.0.0.1:9999"


def test_health_and_documents(client):
    health = client.health()
    assert health.status == "ok" and health.documents == 5 and health.commitments >= 100
    docs = {d.document: d for d in client.documents()}
    assert len(docs) == 5 and NAP in docs
    assert docs[NAP].title.startswith("WOMEN, PEACE AND SECURITY") and docs[NAP].chunks > docs[NAP].commitments >= 100


def test_ask_returns_a_typed_answer_with_verbatim_citations(client):
    answer = client.ask("Which department monitors line 17.b?")
    assert not answer.abstained and answer.mode
    for department in ("Foreign Affairs", "Development", "Justice"):
        assert department in answer.answer
    [cite] = answer.citations
    assert (cite.id, cite.document, cite.ref) == (1, NAP, "17.b")
    assert cite.quote and cite.quote in cite.passage and "[1]" in answer.answer


def test_ask_sends_the_history(client):
    first = "Which department monitors line 17.b?"
    earlier = [Turn(role="user", content=first), {"role": "assistant", "content": client.ask(first).answer}]
    follow = client.ask("And for line 17.c?", earlier)
    assert "17.c" in follow.query and follow.query != "And for line 17.c?"
    assert follow.citations[0].ref == "17.c"


def test_a_blank_question_is_a_422_with_one_line(client):
    with pytest.raises(ApiError) as err:
        client.ask("   ")
    assert err.value.status == 422 and str(err.value).startswith("question") and "\n" not in str(err.value)


def test_commitments_as_rows_and_as_csv(client):
    rows = client.commitments(role="lead", value="Justice")
    refs = {c.ref for c in rows}
    assert "17.b" in refs and "17.c" not in refs
    assert all(any("justice" in d.lower() for d in c.values("lead")) for c in rows)
    row = next(c for c in rows if c.ref == "17.b")
    assert row.document == NAP and row.goal.number == "17"
    text = client.commitments_csv(role="lead", value="Justice")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0][:2] == ["document", "section"] and "ref" in table[0] and "lead" in table[0]
    assert len(table) == len(rows) + 1 and "17.b" in [r[table[0].index("ref")] for r in table[1:]]
    assert {c.ref for c in client.commitments(ref="17.b")} == {"17.b"}


def test_removing_an_unknown_document_is_a_404(client):
    with pytest.raises(ApiError) as err:
        client.remove("no-such-plan.md")
    assert err.value.status == 404 and "no-such-plan.md" in str(err.value)


def test_upload_then_remove_on_a_fresh_index(fresh_api):
    client = PlansClient(fresh_api)
    assert client.documents() == []
    result = client.upload("clean-rivers-plan.md", SMALL_PLAN.encode(), "text/markdown")
    assert (result.document, result.status) == ("clean-rivers-plan.md", "added") and result.chunks >= 1
    assert [d.document for d in client.documents()] == ["clean-rivers-plan.md"]
    with pytest.raises(ApiError) as err:
        client.upload("broken.pdf", b"not a pdf")
    assert err.value.status == 422 and str(err.value) == "broken.pdf: not a valid PDF"
    with pytest.raises(ApiError) as err:
        client.upload("notes.exe", b"MZ")
    assert str(err.value).startswith("notes.exe: unsupported file type '.exe'")
    assert client.remove(result.id).document == "clean-rivers-plan.md"
    assert client.documents() == []


def test_an_unreachable_api_is_one_actionable_line(dead_url):
    with pytest.raises(ApiError) as err:
        PlansClient(dead_url).documents()
    assert str(err.value) == f"Cannot reach the plans API at {dead_url} — is `plans serve` running?"
    assert err.value.status is None


def test_a_silent_server_times_out_with_one_line():
    with socket.socket() as listener:  # accepts connections, never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        url = f"http://127.0.0.1:{listener.getsockname()[1]}"
        with pytest.raises(ApiError) as err:
            PlansClient(url, timeout=0.5).ask("anything?")
    assert str(err.value) == f"The plans API at {url} did not answer within 0.5 s (POST /v1/ask)."


class _Proxy(BaseHTTPRequestHandler):
    """Stands for a proxy in front of the API: an HTML 502 on every path, or garbage JSON."""

    def do_GET(self):  # noqa: N802
        if self.path == "/v1/documents":
            body, kind, code = b'{"items": [{"no_id": 1}]}', "application/json", 200
        else:
            body, kind, code = b"<html>bad gateway</html>", "text/html", 502
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_errors_without_a_detail_and_unexpected_bodies_are_one_line():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = PlansClient(f"http://127.0.0.1:{server.server_port}")
        with pytest.raises(ApiError) as err:
            client.health()
        assert str(err.value) == "HTTP 502 Bad Gateway from the plans API (GET /healthz)" and err.value.status == 502
        with pytest.raises(ApiError) as err:
            client.documents()
        assert str(err.value).startswith("Unexpected response from the plans API: DocumentInfo.id: ")
    finally:
        server.shutdown()
        server.server_close()


BACKEND = {"assistant", "ingest", "plans", "eval", "tests"}


def test_the_ui_imports_nothing_from_the_backend():
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not {n.split(".")[0] for n in names} & BACKEND, f"{path.relative_to(ROOT)} imports {names}"
    code = ("import sys, ui.client, ui.render, ui.components, ui.sidebar; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in %r))" % BACKEND)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
