"""Errors become `{"detail": "<one line>"}` (`ErrorBody`) with the right status: never a
traceback. `responses(...)` documents them in the OpenAPI schema."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from assistant.models import ErrorBody
from plans.errors import PlansError

log = logging.getLogger("plans.api")

_MEANING = {
    400: "The body could not be parsed.",
    404: "No such document.",
    413: "The body or the uploaded file is larger than its limit.",
    422: "A field is missing, malformed or past its limit; the detail names it.",
    500: "An unexpected error; the server log has the details.",
    503: "The index is unavailable (locked by another process, or its server is down).",
}


def responses(*codes: int) -> dict[int | str, dict]:
    """OpenAPI entries for error statuses, all with the `ErrorBody` model."""
    return {code: {"model": ErrorBody, "description": _MEANING[code]} for code in codes}


def install(app: FastAPI) -> None:
    @app.exception_handler(PlansError)
    async def _plans_error(_: Request, exc: PlansError) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": describe(exc)}, status_code=422)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return JSONResponse({"detail": f"internal error ({type(exc).__name__}); see the server log"}, status_code=500)


def describe(exc: RequestValidationError) -> str:
    """The first validation problem in one line, naming the field."""
    errors = exc.errors()
    if not errors:
        return "invalid request"
    err = errors[0]
    loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
    field = ".".join(loc) or "body"
    msg = err.get("msg", "invalid value")
    if err.get("type") == "json_invalid":
        return "body: not valid JSON"
    return f"{field}: {msg[0].lower() + msg[1:] if msg else msg}"
