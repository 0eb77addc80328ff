"""The chat with a language model behind the API (the stub model on loopback): the answer is
streamed, then shown checked, with its sources and a line saying a model wrote it; when the
model fails, the extractive answer comes with the API's note."""

from __future__ import annotations

import pytest

from tests.conftest import LiveServer, llm_service
from tests.support.stub_llm import best_cited
from tests.ui.conftest import start_app
from ui.client import Answer, PlansClient, TextChunk

Q_1325 = "When was UN Security Council resolution 1325 adopted?"


@pytest.fixture
def llm_api(stub_llm, plans_service):
    from assistant.api import create_app

    stub_llm.reset()
    service = llm_service(plans_service, llm_base_url=stub_llm.url)
    with LiveServer(create_app(service.settings, service)) as server:
        yield server.url


def test_the_client_streams_text_then_the_answer(llm_api, stub_llm):
    stub_llm.reply = lambda prompt: "{1} [{0}] {1} [{0}]".format(*best_cited(prompt))
    client = PlansClient(llm_api)
    assert client.health().llm == "reachable"
    events = list(client.ask_stream(Q_1325))
    assert [type(e) for e in events] == [TextChunk, TextChunk, Answer]
    assert "".join(e.text for e in events[:-1]) == events[-1].answer and events[-1].mode == "llm"


def test_the_chat_shows_a_model_answer_checked_with_its_sources(monkeypatch, llm_api, stub_llm):
    stub_llm.reply = lambda prompt: "{1} [{0}]".format(*best_cited(prompt))
    at = start_app(monkeypatch, llm_api)
    at.chat_input[0].set_value(Q_1325).run()
    assert not at.exception, [e.value for e in at.exception]
    reply = [m for m in at.chat_message if m.name == "assistant"][-1]
    text = " ".join(m.value for m in reply.markdown)
    assert "Security Council" in text and "\\[1\\]" in text
    assert any(c.value.startswith("Written by a language model") for c in reply.caption)
    assert len(reply.get("html")) == 1 and stub_llm.requests[-1]["stream"] is True


def test_the_chat_shows_the_note_when_the_model_fails(monkeypatch, llm_api, stub_llm):
    stub_llm.fail = "rate-limit"
    at = start_app(monkeypatch, llm_api)
    at.chat_input[0].set_value(Q_1325).run()
    assert not at.exception, [e.value for e in at.exception]
    reply = [m for m in at.chat_message if m.name == "assistant"][-1]
    captions = [c.value for c in reply.caption]
    assert any("rate-limited" in c and "extractive answer" in c for c in captions)
    assert not any(c.startswith("Written by a language model") for c in captions)
    assert "31 October 2000" in " ".join(m.value for m in reply.markdown)
