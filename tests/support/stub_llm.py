"""A deterministic OpenAI-compatible server for tests: `GET /v1/models` and
`POST /v1/chat/completions` (plain and streamed), served by uvicorn on a free loopback port.

What it replies is set by the test: `stub.reply` is a function of the prompt the model got
(its last user message), so a test can answer with a sentence of passage [1] as numbered in
that prompt. `stub.fail` makes it misbehave: "malformed" (200 with a body that is not a
completion), "empty" (a completion with no text), "rate-limit" (429), "slow" (waits `stub.delay` seconds first).
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse


class StubModel:
    def __init__(self) -> None:
        self.reply: Callable[[str], str] = lambda prompt: "NOT COVERED"
        self.fail: str | None = None
        self.delay = 0.0
        self.requests: list[dict] = []  # the JSON bodies received
        self.app = self._app()

    def reset(self) -> None:
        self.reply = lambda prompt: "NOT COVERED"
        self.fail = None
        self.delay = 0.0
        self.requests.clear()

    def _app(self) -> FastAPI:
        app = FastAPI()

        @app.get("/v1/models")
        def models() -> dict:
            return {"object": "list", "data": [{"id": "stub", "object": "model", "owned_by": "tests"}]}

        @app.post("/v1/chat/completions")
        async def complete(request: Request):
            body = await request.json()
            self.requests.append(body)
            if self.fail == "slow":
                await asyncio.sleep(self.delay)
            if self.fail == "rate-limit":
                return JSONResponse({"error": {"message": "slow down", "type": "rate_limit"}}, status_code=429)
            if self.fail == "malformed" and body.get("stream"):
                return StreamingResponse(iter(["data: {this is not json\n\n"]), media_type="text/event-stream")
            if self.fail == "malformed":
                return PlainTextResponse("<html>this is not a completion</html>", status_code=200,
                                         media_type="application/json")
            prompt = next(m["content"] for m in reversed(body["messages"]) if m["role"] == "user")
            text = "" if self.fail == "empty" else self.reply(prompt)
            if body.get("stream"):
                return StreamingResponse(_chunks(text), media_type="text/event-stream")
            return {"id": "stub-1", "object": "chat.completion", "created": 0, "model": "stub",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                 "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

        return app


def _chunks(text: str):
    """The reply as OpenAI stream chunks, a few words at a time."""
    pieces = re.findall(r"\S+\s*|\s+", text)
    for i in range(0, len(pieces), 3):
        delta = {"content": "".join(pieces[i : i + 3])}
        if i == 0:
            delta["role"] = "assistant"
        chunk = {"id": "stub-1", "object": "chat.completion.chunk", "created": 0, "model": "stub",
                 "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
        yield f"data: {json.dumps(chunk)}\n\n"
    end = {"id": "stub-1", "object": "chat.completion.chunk", "created": 0, "model": "stub",
           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
    yield f"data: {json.dumps(end)}\n\n"
    yield "data: [DONE]\n\n"


def passage(prompt: str, number: int) -> str:
    """The text of passage [number] as the prompt shows it (its heading line left out)."""
    m = re.search(rf"^\[{number}\] [^\n]*\n(.*?)(?=\n\n\[\d+\] |\n\nQuestion: )", prompt, re.S | re.M)
    assert m, f"no passage [{number}] in the prompt"
    return m.group(1)


def question(prompt: str) -> str:
    return prompt.rsplit("Question: ", 1)[-1].strip()


def best_sentence(prompt: str, number: int) -> str:
    """The sentence of passage [number] sharing the most words with the question."""
    return max(_sentences(passage(prompt, number)), key=lambda s: _shared(prompt, s))


def best_cited(prompt: str) -> tuple[int, str]:
    """(n, sentence): the sentence of any passage sharing the most words with the question."""
    count = len(re.findall(r"^\[\d+\] ", prompt, re.M))
    found = [(n, s) for n in range(1, count + 1) for s in _sentences(passage(prompt, n))]
    return max(found, key=lambda f: _shared(prompt, f[1]))


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)


def _shared(prompt: str, sentence: str) -> int:
    words = set(re.findall(r"\w{4,}", question(prompt).lower()))
    return len(words & set(re.findall(r"\w{4,}", sentence.lower())))
