"""The errors users see. Each carries a one-line message that names the file or field
and, where it can, says how to fix it. They are translated once at the edges: the CLI
prints `plans: <message>`, the API answers `{"detail": <message>}` with `status_code`.
"""

from __future__ import annotations


class PlansError(Exception):
    """Base of every error shown to a user."""

    status_code = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ReadError(PlansError):
    """A file could not be read as a document (corrupt, encrypted, empty, unsupported)."""

    status_code = 422

    def __init__(self, path: object, reason: str):
        name = getattr(path, "name", None) or str(path)
        super().__init__(f"{name}: {reason}")
        self.path = path
        self.reason = reason


class NotFound(PlansError):
    status_code = 404


class InvalidRequest(PlansError):
    """A request is well formed but outside a limit (too many turns, too long a history)."""

    status_code = 422


class TooLarge(PlansError):
    """A request body or an uploaded file is larger than its limit."""

    status_code = 413


class ConfigError(PlansError):
    """A setting has a bad value."""


class IndexUnavailable(PlansError):
    """The index cannot be opened (missing, locked by another writer, or a server is down)."""

    status_code = 503
