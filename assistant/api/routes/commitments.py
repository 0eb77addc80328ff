"""/v1/commitments: the registry of lines of action, filterable, as JSON or CSV."""

from __future__ import annotations

import csv
import io
from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from assistant.api.deps import ServiceDep
from assistant.api.errors import responses
from assistant.models import CommitmentList
from plans.records import Commitment

router = APIRouter(prefix="/v1", tags=["commitments"])

CSV_FIELDS = ["document", "objective", "goal_number", "goal", "ref", "action", "monitoring", "departments",
              "coordination", "page"]


@router.get("/commitments", response_model=CommitmentList, summary="Lines of action and who owns them",
            responses={**responses(422), 200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                                                "description": "JSON, or CSV with `format=csv`."}})
def commitments(
    service: ServiceDep,
    document: str | None = Query(None, description="File name or stem of a plan"),
    department: str | None = Query(None, description="Department name (case-insensitive, part of a name matches)"),
    ref: str | None = Query(None, description='Line id, e.g. "3.b"'),
    q: str | None = Query(None, description="Text to search in the rows"),
    format: Literal["json", "csv"] = Query("json"),
):
    items = service.commitments(document=document, department=department, ref=ref, q=q)
    if format == "csv":
        return Response(to_csv(items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="commitments.csv"'})
    return CommitmentList(items=items)


def to_csv(items: list[Commitment]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for c in items:
        writer.writerow([c.document, c.objective or "", c.goal.number or "", c.goal.text or "", c.ref, c.action,
                         "; ".join(c.monitoring), "; ".join(c.departments), "; ".join(c.coordination),
                         c.page if c.page is not None else ""])
    return buf.getvalue()
