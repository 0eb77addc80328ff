"""The LLM composer through the HTTP API, against a deterministic OpenAI-compatible stub server
on loopback: what is kept, what is dropped, every failure falling back to the extractive
answer with a note, streaming, the health probe. The index is the real one over data/plans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import free_port, llm_service
from tests.support.stub_llm import best_cited, best_sentence, passage

ROOT = Path(__file__).resolve().parents[2]
Q_1325 = "When was UN Security Council resolution 1325 adopted?"


@pytest.fixture
def stub(stub_llm):
    stub_llm.reset()
    return stub_llm


@pytest.fixture
def llm_client(stub, plans_service):
    """The API over the shared index, its answers written by the stub model."""
    with client_for(plans_service, llm_base_url=stub.url, llm_model="stub") as client:
        yield client


def client_for(plans_service, **llm):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    service = llm_service(plans_service, **llm)
    return TestClient(create_app(service.settings, service))


def ask(client, question: str, history: list[dict] | None = None) -> dict:
    r = client.post("/v1/ask", json={"question": question, "history": history or []})
    assert r.status_code == 200, r.text
    return r.json()


def document_text(name: str) -> str:
    return (ROOT / "data" / "plans" / name).read_text(encoding="utf-8")


def assert_verbatim(body: dict) -> None:
    for c in body["citations"]:
        assert c["quote"] and document_text(c["document"])[c["start"]:c["end"]] == c["quote"]


def test_a_verbatim_sentence_citing_passage_1_is_kept_with_a_quote_from_passage_1(llm_client, stub):
    seen = {}

    def reply(prompt: str) -> str:
        seen["passage"] = passage(prompt, 1)
        seen["sentence"] = best_sentence(prompt, 1)
        return f"{seen['sentence']} [1]"

    stub.reply = reply
    body = ask(llm_client, Q_1325)
    assert body["mode"] == "llm" and not body["abstained"] and body["note"] is None
    assert body["answer"] == f"{seen['sentence']} [1]"
    [citation] = body["citations"]
    assert citation["quote"] in seen["passage"] or " ".join(citation["quote"].split()) in seen["passage"]
    assert_verbatim(body)
    sent = stub.requests[-1]
    assert sent["model"] == "stub" and sent["temperature"] == 0.0 and sent["stream"] is True


def test_an_invented_figure_is_dropped_and_said(llm_client, stub):
    seen = {}

    def reply(prompt: str) -> str:
        n, true = best_cited(prompt)
        invented = re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group(0)) + 3), true)
        assert invented != true
        seen.update(true=true, invented=invented)
        return f"{true} [{n}] {invented} [{n}]"

    stub.reply = reply
    body = ask(llm_client, Q_1325)
    assert body["mode"] == "llm"
    assert body["answer"] == f"{seen['true']} [1]"  # the sentence with the changed year is gone
    assert body["note"].startswith("1 sentence(s)")
    assert_verbatim(body)


def test_a_citation_of_a_passage_that_does_not_exist_is_dropped(llm_client, stub):
    stub.reply = lambda prompt: f"{best_sentence(prompt, 1)} [1] {best_sentence(prompt, 2)} [42]"
    body = ask(llm_client, Q_1325)
    assert body["mode"] == "llm" and body["answer"].endswith("[1]") and len(body["citations"]) == 1
    assert body["note"].startswith("1 sentence(s)")


def test_an_answer_the_passages_do_not_support_falls_back_to_the_extractive_answer(llm_client, stub):
    stub.reply = lambda prompt: ("The resolution was adopted by the European Parliament in Strasbourg [1]. "
                                 "It banned nuclear weapons worldwide [2].")
    body = ask(llm_client, Q_1325)
    assert body["mode"] == "extractive" and "not supported" in body["note"]
    assert "31 October 2000" in body["answer"] and "Strasbourg" not in body["answer"]


def test_the_model_saying_the_plans_do_not_cover_it_is_an_abstention(llm_client, stub):
    stub.reply = lambda prompt: "NOT COVERED"
    body = ask(llm_client, "What does the plan say about the budget of the space programme?")
    assert body["abstained"] is True and body["mode"] == "llm" and body["citations"] == []


@pytest.mark.parametrize("fail, words", [
    ("malformed", "could not be read"), ("empty", "empty reply"), ("rate-limit", "rate-limited")])
def test_a_misbehaving_model_gives_the_extractive_answer_with_a_note(llm_client, stub, fail, words):
    stub.fail = fail
    body = ask(llm_client, Q_1325)
    assert body["mode"] == "extractive" and words in body["note"] and "extractive answer" in body["note"]
    assert "31 October 2000" in body["answer"]


def test_a_slow_model_times_out_into_the_extractive_answer(stub, plans_service):
    stub.fail, stub.delay = "slow", 5.0
    with client_for(plans_service, llm_base_url=stub.url, llm_timeout=1) as client:
        body = ask(client, Q_1325)
    assert body["mode"] == "extractive" and "within 1 s" in body["note"]


def test_with_the_endpoint_down_answers_are_extractive_and_health_says_so(plans_service):
    with client_for(plans_service, llm_base_url=f"http://127.0.0.1:{free_port()}/v1") as client:
        body = ask(client, Q_1325)
        assert body["mode"] == "extractive" and "could not be reached" in body["note"]
        assert "31 October 2000" in body["answer"]
        health = client.get("/healthz").json()
        assert health["status"] == "ok" and health["llm"] == "unreachable"
        events = stream(client, Q_1325)
        assert [e for e, _ in events] == ["answer"] and events[-1][1]["mode"] == "extractive"


def test_health_reports_the_model(llm_client, plans_client):
    assert llm_client.get("/healthz").json()["llm"] == "reachable"
    assert llm_client.get("/healthz").json()["llm_model"] == "stub"
    assert plans_client.get("/healthz").json()["llm"] == "off"


def test_line_questions_stay_with_the_registry(llm_client, stub):
    body = ask(llm_client, "Which department monitors line 17.b?")
    assert body["mode"] == "registry" and not stub.requests


def test_the_model_sees_the_conversation(llm_client, stub):
    stub.reply = lambda prompt: "{1} [{0}]".format(*best_cited(prompt))
    history = [{"role": "user", "content": "Tell me about resolution 1325."},
               {"role": "assistant", "content": "It concerns women, peace and security. [1]"}]
    ask(llm_client, "When was it adopted?", history)
    roles = [(m["role"], m["content"]) for m in stub.requests[-1]["messages"]]
    assert roles[0] == ("user", "Tell me about resolution 1325.")
    assert roles[1] == ("assistant", "It concerns women, peace and security.")  # our markers left out
    assert roles[2][0] == "user" and "adopted?" in roles[2][1].rsplit("Question: ", 1)[1]


def stream(client, question: str) -> list[tuple[str, dict]]:
    events = []
    with client.stream("POST", "/v1/ask/stream", json={"question": question}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        for block in r.read().decode().split("\n\n"):
            lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
            if "event" in lines:
                events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_streaming_sends_the_checked_sentences_then_the_verified_answer(llm_client, stub):
    def reply(prompt: str) -> str:
        n, true = best_cited(prompt)
        return f"{true} [{n}] The resolution was drafted on Mars in 1850 [{n}]. {true} [{n}]"

    stub.reply = reply
    events = stream(llm_client, Q_1325)
    kinds = [e for e, _ in events]
    assert kinds[-1] == "answer" and kinds.count("text") == 2  # the invented sentence never went out
    final = events[-1][1]
    assert final["mode"] == "llm" and "Mars" not in final["answer"]
    assert "".join(d["text"] for e, d in events if e == "text") == final["answer"]
    assert final == ask(llm_client, Q_1325) | {"query": final["query"]}


def test_streaming_without_a_model_sends_the_answer_alone(plans_client):
    events = stream(plans_client, Q_1325)
    assert [e for e, _ in events] == ["answer"] and "31 October 2000" in events[0][1]["answer"]
    r = plans_client.post("/v1/ask/stream", json={"question": "  "})
    assert r.status_code == 422 and r.json()["detail"].startswith("question")
