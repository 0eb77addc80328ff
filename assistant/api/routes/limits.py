"""GET /v1/limits: what one question may carry (its length, its history), so a client can
send the most recent turns that fit instead of being refused."""

from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import ServiceDep
from assistant.models import Limits

router = APIRouter(prefix="/v1", tags=["ask"])


@router.get("/limits", response_model=Limits, summary="The limits of a question and its history")
def limits(service: ServiceDep) -> Limits:
    return Limits.of(service.settings)
