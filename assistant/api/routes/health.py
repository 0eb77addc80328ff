"""GET /healthz: is the service up, and what does it hold."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from assistant.api.deps import ServiceDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    documents: int
    chunks: int
    commitments: int
    embedded: bool
    llm: Literal["off", "reachable", "unreachable"] = Field(
        description="The language model: not configured, or whether its server answered a quick probe.")
    llm_model: str | None = None


@router.get("/healthz", response_model=Health)
def healthz(service: ServiceDep) -> Health:
    snap = service.index.snapshot
    llm = service.llm
    return Health(status="ok", documents=len(snap.documents), chunks=len(snap.chunks),
                  commitments=len(snap.commitments), embedded=service.settings.embedded,
                  llm=llm.status() if llm else "off", llm_model=llm.model if llm else None)
