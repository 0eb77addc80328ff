"""POST /v1/ask: a question (with the conversation so far) -> a cited answer."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import ServiceDep
from assistant.models import Answer, AskRequest

router = APIRouter(prefix="/v1", tags=["ask"])


@router.post("/ask", response_model=Answer, summary="Answer a question with verbatim citations")
def ask(request: AskRequest, service: ServiceDep) -> Answer:
    """The answer quotes the plans and says where; `abstained` is true when they do not say.
    `query` is the self-contained question that was searched (follow-ups are rewritten
    from `history`)."""
    return service.ask(request)
