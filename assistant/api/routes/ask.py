"""POST /v1/ask: a question (with the conversation so far) -> a cited answer."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import ServiceDep
from assistant.api.errors import responses
from assistant.models import Answer, AskRequest, check_history

router = APIRouter(prefix="/v1", tags=["ask"])


@router.post("/ask", response_model=Answer, summary="Answer a question with verbatim citations",
             responses=responses(400, 413, 422))
def ask(request: AskRequest, service: ServiceDep) -> Answer:
    """The answer quotes the plans and says where; `abstained` is true when they do not say.
    `query` is the self-contained question that was searched (follow-ups are rewritten
    from `history`)."""
    check_history(request.history, service.settings)
    return service.ask(request)
