"""/v1/commitments: the registry of commitments (action-table rows), filterable, as JSON or CSV.

Filters: `document`, a role and a value in its cell (`role=lead&value=Justice`; a value
without a role looks in every cell), `ref`, and `q` (text anywhere in the row). The CSV has
one column per role of the shared vocabulary, then every other cell as "header: text".
"""

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
from plans.vocabulary.roles import FIELD_ROLES

router = APIRouter(prefix="/v1", tags=["commitments"])

CSV_FIELDS = ["document", "section", "goal_number", "goal", "ref", "action", *FIELD_ROLES, "coordination",
              "other", "page"]


@router.get("/commitments", response_model=CommitmentList, summary="Commitments: who leads what, by when, ...",
            responses={**responses(422), 200: {"content": {"text/csv": {"schema": {"type": "string"}}},
                                                "description": "JSON, or CSV with `format=csv`."}})
def commitments(
    service: ServiceDep,
    document: str | None = Query(None, description="File name or stem of a plan"),
    role: Literal[FIELD_ROLES] | None = Query(None, description="A role of the rows' cells"),  # type: ignore[valid-type]
    value: str | None = Query(None, description="Text in the cell of `role` (case-insensitive, part of it matches)"),
    ref: str | None = Query(None, description='Row id, e.g. "3.b"'),
    q: str | None = Query(None, description="Text to search in the rows"),
    format: Literal["json", "csv"] = Query("json"),
):
    items = service.commitments(document=document, role=role, value=value, ref=ref, q=q)
    if format == "csv":
        return Response(to_csv(items), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="commitments.csv"'})
    return CommitmentList(items=items)


def to_csv(items: list[Commitment]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_FIELDS)
    for c in items:
        by_role = ["; ".join(c.values(role)) for role in FIELD_ROLES]
        other = "; ".join(f"{f.header}: {f.text}" for f in c.fields if not f.roles)
        writer.writerow([c.document, c.section or "", c.goal.number or "", c.goal.text or "", c.ref, c.action,
                         *by_role, "; ".join(c.coordination), other, c.page if c.page is not None else ""])
    return buf.getvalue()
