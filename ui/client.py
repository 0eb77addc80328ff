"""A small typed HTTP client for the plans API (httpx), with its own response models.

Every failure (API unreachable, timeout, HTTP error, unexpected body) is raised as one
`ApiError` whose message is a single line a user can act on. Nothing here imports the
backend: the UI only knows the API's JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Literal
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

DEFAULT_URL = "http://127.0.0.1:8000"
ENV_URL = "PLANS_API_URL"


class ApiError(Exception):
    """A failed call to the API; `str(error)` is one line, `status` the HTTP status if any,
    `reason` what kind of failure when the API was not reached ("unreachable", "timeout"),
    so the UI can say it in the user's language."""

    def __init__(self, message: str, status: int | None = None, reason: str = "", url: str = "") -> None:
        self.message = " ".join(str(message).split()) or "request failed"
        self.status = status
        self.reason = reason
        self.url = url
        super().__init__(self.message)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Turn(_Model):
    role: Literal["user", "assistant"]
    content: str


class Citation(_Model):
    id: int
    document: str
    title: str = ""
    page: int | None = None
    page_label: str | None = None
    section: str | None = None
    ref: str | None = None
    quote: str = ""
    passage: str = ""
    start: int = 0
    end: int = 0


class Answer(_Model):
    answer: str
    abstained: bool = False
    citations: list[Citation] = Field(default_factory=list)
    mode: str = ""
    query: str = ""
    confidence: float = 0.0
    note: str | None = None


class TextChunk(_Model):
    """A piece of an answer as the language model writes it (already checked by the API)."""

    text: str


class DocumentInfo(_Model):
    id: str
    document: str
    title: str = ""
    author: str | None = None
    pages: int | None = None
    chunks: int = 0
    commitments: int = 0
    version: str = ""
    size: int = 0
    kind: str = ""


class UploadResult(_Model):
    id: str
    document: str
    status: str
    title: str = ""
    pages: int | None = None
    chunks: int = 0
    commitments: int = 0
    seconds: float = 0.0


class Goal(_Model):
    number: str | None = None
    text: str | None = None


class RowField(_Model):
    header: str
    roles: list[str] = Field(default_factory=list)
    text: str
    items: list[str] = Field(default_factory=list)

    @property
    def values(self) -> list[str]:
        return self.items or [self.text]


class Commitment(_Model):
    document: str
    title: str = ""
    section: str | None = None
    goal: Goal = Field(default_factory=Goal)
    ref: str
    action: str = ""
    fields: list[RowField] = Field(default_factory=list)
    coordination: list[str] = Field(default_factory=list)
    page: int | None = None

    def values(self, role: str) -> list[str]:
        return [v for f in self.fields if role in f.roles for v in f.values]


class Health(_Model):
    status: str
    documents: int = 0
    chunks: int = 0
    commitments: int = 0
    embedded: bool = False
    llm: str = "off"  # off | reachable | unreachable
    llm_model: str | None = None


class Limits(_Model):
    max_question_chars: int
    max_turn_chars: int
    max_history_turns: int
    max_history_chars: int


class _Items(_Model):
    items: list[dict[str, Any]]


def api_url() -> str:
    """The API's base URL: $PLANS_API_URL, else the default local address."""
    return (os.environ.get(ENV_URL) or DEFAULT_URL).strip().rstrip("/")


class PlansClient:
    """Calls the API at `base_url` (default: `api_url()`). Each call opens its own connection,
    so a client is cheap to make and safe to keep across Streamlit reruns."""

    def __init__(self, base_url: str | None = None, timeout: float = 120.0, upload_timeout: float = 600.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = (base_url or api_url()).rstrip("/")
        self.timeout = timeout
        self.upload_timeout = upload_timeout
        self._transport = transport

    # -- endpoints ------------------------------------------------------------------------------
    def health(self) -> Health:
        return self._parse(Health, self._request("GET", "/healthz", timeout=10.0).json())

    def ask(self, question: str, history: Iterable[Turn | dict] = ()) -> Answer:
        turns = [t if isinstance(t, Turn) else Turn(**t) for t in history]
        body = {"question": question, "history": [t.model_dump() for t in turns]}
        return self._parse(Answer, self._json("POST", "/v1/ask", json=body))

    def limits(self) -> Limits:
        """What one question may carry: its length and its history's turns and characters."""
        return self._parse(Limits, self._json("GET", "/v1/limits"))

    def ask_stream(self, question: str, history: Iterable[Turn | dict] = ()) -> Iterator[TextChunk | Answer]:
        """POST /v1/ask/stream: `TextChunk`s as the answer is written, then the `Answer`."""
        turns = [t if isinstance(t, Turn) else Turn(**t) for t in history]
        body = {"question": question, "history": [t.model_dump() for t in turns]}
        path = "/v1/ask/stream"
        with self._errors("POST", path, self.timeout), self._http(self.timeout) as http:
            with http.stream("POST", path, json=body) as response:
                if response.is_error:
                    response.read()
                    raise ApiError(_detail(response), response.status_code)
                for event, data in _events(response.iter_lines()):
                    try:
                        payload = json.loads(data)
                    except ValueError:
                        raise ApiError(f"The plans API sent an event that is not JSON ({path}).") from None
                    if event == "text":
                        yield self._parse(TextChunk, payload)
                    elif event == "answer":
                        yield self._parse(Answer, payload)
                        return
                    elif event == "error":
                        raise ApiError(str(payload.get("detail") or "the answer failed"))
        raise ApiError(f"The plans API ended the stream without an answer ({path}).")

    def documents(self) -> list[DocumentInfo]:
        return [self._parse(DocumentInfo, d) for d in self._items("GET", "/v1/documents")]

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> UploadResult:
        files = {"file": (filename, content, mime_type or "application/octet-stream")}
        data = self._json("POST", "/v1/documents", files=files, timeout=self.upload_timeout)
        return self._parse(UploadResult, data)

    def remove(self, doc_id: str) -> DocumentInfo:
        return self._parse(DocumentInfo, self._json("DELETE", f"/v1/documents/{_quote(doc_id)}"))

    def commitments(self, document: str | None = None, role: str | None = None, value: str | None = None,
                    ref: str | None = None, q: str | None = None) -> list[Commitment]:
        params = _params(document=document, role=role, value=value, ref=ref, q=q)
        return [self._parse(Commitment, c) for c in self._items("GET", "/v1/commitments", params=params)]

    def commitments_csv(self, document: str | None = None, role: str | None = None, value: str | None = None,
                        ref: str | None = None, q: str | None = None) -> str:
        params = _params(document=document, role=role, value=value, ref=ref, q=q, format="csv")
        return self._request("GET", "/v1/commitments", params=params).text

    # -- plumbing -------------------------------------------------------------------------------
    def _items(self, method: str, path: str, **kwargs) -> list[dict[str, Any]]:
        return self._parse(_Items, self._json(method, path, **kwargs)).items

    def _json(self, method: str, path: str, **kwargs) -> Any:
        response = self._request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise ApiError(f"The plans API sent a response that is not JSON ({method} {path}).",
                           response.status_code) from None

    def _request(self, method: str, path: str, timeout: float | None = None, **kwargs) -> httpx.Response:
        limit = timeout or self.timeout
        with self._errors(method, path, limit), self._http(limit) as http:
            response = http.request(method, path, **kwargs)
        if response.is_error:
            raise ApiError(_detail(response), response.status_code)
        return response

    def _http(self, limit: float) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=httpx.Timeout(limit, connect=5.0), transport=self._transport)

    @contextmanager
    def _errors(self, method: str, path: str, limit: float) -> Iterator[None]:
        """httpx's failures as one-line `ApiError`s."""
        try:
            yield
        except httpx.ConnectError:
            raise ApiError(f"Cannot reach the plans API at {self.base_url} — is `plans serve` running?",
                           reason="unreachable", url=self.base_url) from None
        except httpx.TimeoutException:
            raise ApiError(f"The plans API at {self.base_url} did not answer within {limit:g} s "
                           f"({method} {path}).", reason="timeout", url=self.base_url) from None
        except httpx.InvalidURL:
            raise ApiError(f"Not a valid API address: {self.base_url!r} (set {ENV_URL}).") from None
        except httpx.HTTPError as exc:
            raise ApiError(f"Request to the plans API at {self.base_url} failed: {type(exc).__name__}: {exc}") from None

    @staticmethod
    def _parse(model: type[_Model], data: Any):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0] if exc.errors() else {}
            where = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise ApiError(f"Unexpected response from the plans API: {model.__name__}.{where}: "
                           f"{first.get('msg', 'invalid')}") from None


def _detail(response: httpx.Response) -> str:
    """The API's one-line `detail`, else the status line."""
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, list):  # a plain FastAPI validation error, should one slip through
        detail = "; ".join(str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail)
    if detail:
        return str(detail)
    return f"HTTP {response.status_code} {response.reason_phrase} from the plans API ({response.request.method} " \
           f"{response.request.url.path})"


def _events(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(event, data) of a server-sent event stream; comments (keep-alive pings) skipped."""
    event, data = "message", []
    for line in lines:
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "message", []
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
    if data:
        yield event, "\n".join(data)


def _params(**values: str | None) -> dict[str, str]:
    return {k: v.strip() for k, v in values.items() if v and v.strip()}


def _quote(segment: str) -> str:
    return quote(segment, safe="")

