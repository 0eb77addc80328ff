"""Hostile inputs at the API's edges, generated here: questions past the model's 512 tokens,
file names past 255 bytes, bodies past their limits (with and without Content-Length, over
a real socket), the largest histories, and the error model the OpenAPI schema documents."""

from __future__ import annotations

import json
import socket

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app
from tests.conftest import LiveServer

PLAN = (b"# Harbour Safety Plan\n\n## Inspections\n\nThe harbour authority will inspect every quay twice a year.\n"
        b"The inspections were agreed on 4 April 2024.\n")


@pytest.fixture
def small_api(service_factory):
    """An app over a fresh index holding one small plan, with small limits to pass."""
    service = service_factory("edges", max_upload_mb=1, max_body_kb=64, max_history_turns=6,
                              max_history_chars=30_000)
    with TestClient(create_app(service.settings, service)) as client:
        r = client.post("/v1/documents", files={"file": ("harbour.md", PLAN, "text/markdown")})
        assert r.status_code == 201, r.text
        yield client


def one_line_detail(r) -> str:
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail and "\n" not in detail
    return detail


# -- 1. questions longer than the model's input ------------------------------------------------
@pytest.mark.parametrize("question", ["1 " * 999, "中" * 2000, "quay? " * 333],
                         ids=["numbers", "cjk", "words"])
def test_questions_past_512_tokens_are_answered_or_abstained_not_500(small_api, question):
    r = small_api.post("/v1/ask", json={"question": question})
    assert r.status_code == 200, r.text
    assert r.json()["answer"]


def test_a_follow_up_whose_history_makes_the_query_long_is_not_500(small_api):
    history = [{"role": "user", "content": "What will the harbour authority inspect? " + "quay " * 380},
               {"role": "assistant", "content": "Every quay, twice a year [1]."}]
    r = small_api.post("/v1/ask", json={"question": "And these ones?", "history": history})
    assert r.status_code == 200, r.text
    assert len(r.json()["query"]) > 1000  # the rewritten query did carry the long turn


# -- 2. file names past 255 bytes ----------------------------------------------------------------
def test_long_file_names_are_shortened_keeping_the_extension(small_api):
    long_ascii = "annual-" + "a" * 300 + ".md"
    long_cjk = "计划" * 60 + ".md"  # 120 characters, 360 bytes
    twin = "annual-" + "a" * 300 + "-bis.md"  # same first 200 bytes as long_ascii
    names = []
    for name, text in ((long_ascii, b"The quay fund was set at 3 million euro."),
                       (long_cjk, b"The lighthouse was repainted in 2021."),
                       (twin, b"The ferry timetable changes on 1 June.")):
        r = small_api.post("/v1/documents", files={"file": (name, b"# Plan\n\n" + text + b"\n", "text/markdown")})
        assert r.status_code == 201, r.text
        stored = r.json()["document"]
        assert len(stored.encode()) <= 200 and stored.endswith(".md")
        names.append(stored)
    assert len(set(names)) == 3  # two long names with one prefix stay two documents
    listed = {d["document"] for d in small_api.get("/v1/documents").json()["items"]}
    assert set(names) <= listed
    answer = small_api.post("/v1/ask", json={"question": "How much is the quay fund?"}).json()
    assert not answer["abstained"] and "3 million euro" in answer["answer"]
    assert small_api.delete(f"/v1/documents/{names[1]}").status_code == 200


def test_a_long_name_of_an_unsupported_type_is_one_line(small_api):
    r = small_api.post("/v1/documents", files={"file": ("x" * 400 + ".exe", b"MZ", "application/octet-stream")})
    assert r.status_code == 422
    detail = one_line_detail(r)
    assert "unsupported file type '.exe'" in detail and len(detail) < 400


# -- 3. size limits, enforced while the body streams ---------------------------------------------
def test_an_upload_over_the_limit_is_413(small_api):
    big = b"# Plan\n\n" + b"The quay is long. " * 70_000  # 1.2 MB > 1 MB
    r = small_api.post("/v1/documents", files={"file": ("big.md", big, "text/markdown")})
    assert r.status_code == 413 and one_line_detail(r).startswith("file: larger than the 1 MB upload limit")


def test_a_json_body_over_the_limit_is_413(small_api):
    r = small_api.post("/v1/ask", content=json.dumps({"question": "hi?", "pad": "x" * 100_000}),
                       headers={"content-type": "application/json"})
    assert r.status_code == 413 and one_line_detail(r).startswith("body: larger than the 64 KiB")
    assert small_api.post("/v1/ask", json={"question": "How often are the quays inspected?"}).status_code == 200


def _exchange(port: int, head: bytes, chunks) -> tuple[int, str, int]:
    """Send `head` then `chunks` until the server answers; (status, body, body bytes sent)."""
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(head)
        s.setblocking(False)
        for chunk in chunks:
            try:
                if s.recv(1, socket.MSG_PEEK):
                    break  # the server has answered: stop sending
            except BlockingIOError:
                pass
            try:
                s.setblocking(True)
                s.sendall(chunk)
                sent += len(chunk)
                s.setblocking(False)
            except (BrokenPipeError, ConnectionResetError):
                break
        s.setblocking(True)
        data = b""
        while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
            part = s.recv(65536)
            if not part:
                break
            data += part
    head_text, _, body = data.partition(b"\r\n\r\n")
    return int(head_text.split()[1]), body.decode(), sent


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return int(line.split(b":")[1])
    return 0


@pytest.fixture
def small_live(service_factory):
    service = service_factory("live-edges", max_upload_mb=1, max_body_kb=64)
    with LiveServer(create_app(service.settings, service)) as server:
        yield server.port


def test_a_declared_1gb_upload_is_refused_before_its_body_is_read(small_live):
    head = (b"POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            b"Content-Length: 1073741824\r\n\r\n")
    status, body, sent = _exchange(small_live, head, (b"x" * 65536 for _ in range(16384)))
    assert status == 413 and json.loads(body)["detail"].startswith("file: larger than the 1 MB upload limit")
    assert sent < 64 << 20  # answered long before the gigabyte was sent


def test_a_chunked_upload_is_cut_off_once_it_passes_the_limit(small_live):
    head = (b"POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    prefix = b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.md"\r\n\r\n'

    def chunks():
        yield b"%x\r\n%s\r\n" % (len(prefix), prefix)
        block = b"The quay is long. " * 3000
        for _ in range(20000):  # ~1 GB if nobody stops it
            yield b"%x\r\n%s\r\n" % (len(block), block)

    status, body, sent = _exchange(small_live, head, chunks())
    assert status == 413 and json.loads(body)["detail"].startswith("file: larger than the 1 MB")
    assert sent < 64 << 20


def test_a_declared_200mb_json_body_is_refused_at_once(small_live):
    head = (b"POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 209715200\r\n\r\n")
    status, body, sent = _exchange(small_live, head, (b" " * 65536 for _ in range(3200)))
    assert status == 413 and json.loads(body)["detail"].startswith("body: larger than the 64 KiB")
    assert sent < 64 << 20


# -- 4. the largest histories ---------------------------------------------------------------------
def test_history_past_its_limits_is_a_422_naming_the_field(small_api):
    turns = [{"role": ["user", "assistant"][i % 2], "content": "What about the quays?"} for i in range(7)]
    r = small_api.post("/v1/ask", json={"question": "And now?", "history": turns})
    assert r.status_code == 422 and one_line_detail(r).startswith("history: 7 turns, more than the 6 allowed")
    turns = [{"role": ["user", "assistant"][i % 2], "content": "quay " * 4000} for i in range(2)]  # 40,000 chars
    r = small_api.post("/v1/ask", json={"question": "And now?", "history": turns})
    assert r.status_code == 422 and one_line_detail(r).startswith("history: 40,000 characters in all")
    r = small_api.post("/v1/ask", json={"question": "And now?", "history": [{"role": "user", "content": "x" * 20001}]})
    assert r.status_code == 422 and one_line_detail(r).startswith("history.0.content")


def test_the_default_limits_let_the_largest_allowed_history_through(service_factory):
    """With the default settings, a history at the character limit, sent as escaped JSON (6
    bytes a character), fits under the body limit: the 413 never pre-empts the 422."""
    service = service_factory("default-limits")
    settings = service.settings
    per_turn = 20_000
    turns = settings.max_history_chars // per_turn
    history = [{"role": ["user", "assistant"][i % 2], "content": "中" * per_turn} for i in range(turns)]
    body = json.dumps({"question": "What about the quays?", "history": history})  # ensure_ascii: \uXXXX
    assert len(body) > settings.max_history_chars * 6
    with TestClient(create_app(settings, service)) as client:
        client.post("/v1/documents", files={"file": ("harbour.md", PLAN, "text/markdown")})
        r = client.post("/v1/ask", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 200, r.text
        history.append({"role": "user", "content": "中"})
        r = client.post("/v1/ask", content=json.dumps({"question": "And now?", "history": history}),
                        headers={"content-type": "application/json"})
        assert r.status_code == 422 and one_line_detail(r).startswith("history:")


def test_the_largest_allowed_history_is_answered(service_factory):
    """50 turns x 20,000 characters (the character limit raised to allow it) through the API."""
    service = service_factory("big-history", max_history_chars=1_000_000)
    with TestClient(create_app(service.settings, service)) as client:
        client.post("/v1/documents", files={"file": ("harbour.md", PLAN, "text/markdown")})
        for question in ("And these quays?", "How is it done?", "What about that authority?"):
            r = client.post("/v1/ask", json={"question": question, "history": largest_history()})
            assert r.status_code == 200, r.text
            assert len(r.json()["query"]) <= 4200


def largest_history() -> list[dict]:
    user = ("Which authority inspects these quays and that harbour line 17.b, and what did it say? " * 250)[:20000]
    answer = ("The Harbour Safety Authority said it inspects them. " * 400)[:20000]
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": user if i % 2 == 0 else answer}
            for i in range(50)]


@pytest.mark.parametrize("question", ["And these quays?", "How is it done?", "What about that authority?",
                                      "And for line 17.c?"])
def test_rewriting_reads_a_bounded_part_of_the_largest_history(question):
    """The rewrite reads a bounded part of each turn, so the searched query stays short however
    long the history is (it was the whole of it, 160,000 characters, rebuilt turn after turn)."""
    from assistant.conversation import rewrite
    from assistant.models import Turn

    query = rewrite(question, [Turn(**t) for t in largest_history()])
    assert query.text and len(query.search_text) <= 4100 and len(query.shown()) <= 4200


# -- 5. the error model in the OpenAPI schema -----------------------------------------------------
def test_every_error_response_documents_the_error_body(small_api):
    spec = small_api.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorBody"]["properties"]["detail"]["type"] == "string"
    assert "HTTPValidationError" not in schemas
    documented = set()
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            errors = {code for code in op["responses"] if code[0] in "45"}
            assert {"500", "503"} <= errors, (method, path)
            for code in errors:
                schema = op["responses"][code]["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, code)
            documented |= errors
    assert {"404", "413", "422", "500", "503"} <= documented
    ask = spec["paths"]["/v1/ask"]["post"]["responses"]
    assert {"413", "422"} <= set(ask)
    assert "404" in spec["paths"]["/v1/documents/{doc_id}"]["delete"]["responses"]
