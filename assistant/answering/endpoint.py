"""The language model behind the LLM composer: a llama-index LLM built from the settings
(`OpenAILike` for any OpenAI-compatible server, `Ollama`), passed everything explicitly (the
global llama-index `Settings` are never touched), streamed under a deadline, and probed
quickly for /healthz. Every failure becomes one `ModelUnavailable` saying why (a key of
`plans.vocabulary.messages`, so the note reads in the question's language)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Literal

import httpx

from plans.settings import Settings

log = logging.getLogger("plans.llm")

MAX_TOKENS = 300  # a short answer: a few sentences
CONTEXT_WINDOW = 8192
State = Literal["off", "reachable", "unreachable"]


class ModelUnavailable(Exception):
    """The model gave no usable answer: `why` is one of unreachable, timeout, rate_limited,
    http, unreadable, empty; `values` fill its message."""

    def __init__(self, why: str, **values: object):
        super().__init__(why)
        self.why = why
        self.values = values


class LLMEndpoint:
    def __init__(self, settings: Settings, probe_timeout: float = 2.0, probe_ttl: float = 15.0):
        self.settings = settings
        self.probe_timeout = probe_timeout
        self.probe_ttl = probe_ttl
        self._llm = None
        self._lock = threading.Lock()
        self._probed: tuple[float, State] | None = None

    @property
    def model(self) -> str:
        return self.settings.llm_model or ""

    def client(self):
        """The llama-index LLM (built on first use)."""
        with self._lock:
            if self._llm is None:
                self._llm = self._build()
            return self._llm

    def _build(self):
        s = self.settings
        key = s.llm_api_key.get_secret_value() if s.llm_api_key else None
        if s.llm_provider == "ollama":
            from llama_index.llms.ollama import Ollama

            return Ollama(model=self.model, base_url=s.llm_base_url, request_timeout=s.llm_timeout, temperature=0.0,
                          context_window=CONTEXT_WINDOW, additional_kwargs={"num_predict": MAX_TOKENS},
                          headers={"Authorization": f"Bearer {key}"} if key else None)
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(model=self.model, api_base=s.llm_base_url, api_key=key or "none", is_chat_model=True,
                          temperature=0.0, max_tokens=MAX_TOKENS, timeout=s.llm_timeout, max_retries=0,
                          context_window=CONTEXT_WINDOW)

    def stream(self, messages: Sequence) -> Iterator[str]:
        """The reply's text as it arrives; raises `ModelUnavailable` on any failure or when the
        whole reply takes longer than PLANS_LLM_TIMEOUT."""
        timeout = self.settings.llm_timeout
        deadline = time.monotonic() + timeout
        chunks = None
        try:
            chunks = self.client().stream_chat(list(messages))
            for chunk in chunks:
                if chunk.delta:
                    yield chunk.delta
                if time.monotonic() > deadline:
                    raise ModelUnavailable("timeout", seconds=timeout)
        except ModelUnavailable:
            raise
        except Exception as exc:  # the model's client raises its own families; all mean "no answer"
            failure = describe(exc, timeout)
            log.warning("language model failed: %s (%s: %s)", failure.why, type(exc).__name__, str(exc)[:200])
            raise failure from exc
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def status(self) -> State:
        """reachable / unreachable, probed at most every `probe_ttl` seconds, within `probe_timeout`."""
        now = time.monotonic()
        if self._probed and now - self._probed[0] < self.probe_ttl:
            return self._probed[1]
        s = self.settings
        path = "/api/tags" if s.llm_provider == "ollama" else "/models"
        headers = {"Authorization": f"Bearer {s.llm_api_key.get_secret_value()}"} if s.llm_api_key else {}
        try:
            r = httpx.get(f"{s.llm_base_url}{path}", headers=headers, timeout=self.probe_timeout)
            state: State = "reachable" if r.is_success else "unreachable"
        except httpx.HTTPError:
            state = "unreachable"
        self._probed = (time.monotonic(), state)
        return state


def describe(exc: Exception, timeout: float) -> ModelUnavailable:
    """Why the model gave no answer, from the exception its client raised."""
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    name = type(exc).__name__
    if status == 429 or "RateLimit" in name:
        return ModelUnavailable("rate_limited")
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return ModelUnavailable("timeout", seconds=timeout)
    if "Connect" in name or isinstance(exc, ConnectionError):
        return ModelUnavailable("unreachable")
    if isinstance(status, int):
        return ModelUnavailable("http", status=status)
    return ModelUnavailable("unreadable")
