"""POST /v1/ask: a question (with the conversation so far) -> a cited answer; and
POST /v1/ask/stream: the same answer as server-sent events while a language model writes it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.sse import EventSourceResponse, ServerSentEvent

from assistant.api.deps import ServiceDep
from assistant.api.errors import responses
from assistant.api.streaming import answer_events
from assistant.models import Answer, AskRequest, check_history

router = APIRouter(prefix="/v1", tags=["ask"])


def checked(request: AskRequest, service: ServiceDep) -> AskRequest:
    """The request, its history within the configured limits (checked before any answer,
    so that a stream never starts for a request that is refused)."""
    check_history(request.history, service.settings)
    return request


CheckedRequest = Annotated[AskRequest, Depends(checked)]


def json_errors(*codes: int) -> dict[int | str, dict]:
    """`responses(...)` for a streaming route: its errors are JSON bodies, not events (the
    app-wide 500 and 503 entries too, which would otherwise take the route's media type)."""
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    return {code: {"description": entry["description"], "content": body} for code, entry in responses(*codes).items()}


@router.post("/ask", response_model=Answer, summary="Answer a question with verbatim citations",
             responses=responses(400, 413, 422))
def ask(request: CheckedRequest, service: ServiceDep) -> Answer:
    """The answer quotes the plans and says where; `abstained` is true when they do not say.
    `query` is the self-contained question that was searched (follow-ups are rewritten
    from `history`)."""
    return service.ask(request)


@router.post("/ask/stream", response_class=EventSourceResponse, summary="The same answer, streamed",
             responses=json_errors(400, 413, 422, 500, 503))
def ask_stream(request: CheckedRequest, service: ServiceDep) -> Iterator[ServerSentEvent]:
    """Events: `text` ({"text"}: the next checked sentences, as a language model writes them;
    none without one), then `answer` (the `/v1/ask` response) or `error` ({"detail"})."""
    yield from answer_events(service, request)
