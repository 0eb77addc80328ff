"""Request bodies are bounded while they stream in, before anything parses or spools them.

A body whose Content-Length is over its limit is answered 413 without reading a byte of it;
a body without one (chunked) is counted as it arrives and answered 413 as soon as the count
passes the limit. Uploads (multipart) are bounded by the upload limit, every other body by
the JSON body limit.
"""

from __future__ import annotations

import json

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from plans.settings import Settings

MIB = 1 << 20
KIB = 1 << 10
ENVELOPE = 64 * KIB  # multipart boundaries and part headers around the file


class _TooLarge(Exception):
    """Raised into the app when the counted body passes its limit."""


class BodyLimit:
    """ASGI middleware: 413 `{"detail": "<one line>"}` for bodies over their limit."""

    def __init__(self, app: ASGIApp, settings: Settings):
        self.app = app
        self.settings = settings

    def limit(self, headers: Headers) -> tuple[int, str]:
        """The byte limit of a request and the line that says it was passed."""
        if headers.get("content-type", "").lower().startswith("multipart/"):
            mb = self.settings.max_upload_mb
            return mb * MIB + ENVELOPE, f"file: larger than the {mb} MB upload limit"
        kb = self.settings.max_body_kb
        return kb * KIB, f"body: larger than the {kb} KiB request limit"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit, message = self.limit(headers)
        declared = _content_length(headers)
        if declared is not None and declared > limit:
            await _reject(send, message)
            return
        received = 0
        exceeded = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise _TooLarge
            return msg

        async def guarded_send(msg: Message) -> None:
            if not exceeded:  # the app's answer to a cut-off body is replaced by the 413
                await send(msg)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded:
            await _reject(send, message)


def _content_length(headers: Headers) -> int | None:
    value = headers.get("content-length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


async def _reject(send: Send, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
