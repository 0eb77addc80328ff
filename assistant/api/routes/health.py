"""GET /healthz: is the service up, and what does it hold."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from assistant.api.deps import ServiceDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    documents: int
    chunks: int
    commitments: int
    embedded: bool


@router.get("/healthz", response_model=Health)
def healthz(service: ServiceDep) -> Health:
    snap = service.index.snapshot
    return Health(status="ok", documents=len(snap.documents), chunks=len(snap.chunks),
                  commitments=len(snap.commitments), embedded=service.settings.embedded)
