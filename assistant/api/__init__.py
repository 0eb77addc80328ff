"""The HTTP API (FastAPI): a thin assembly of routers over `AssistantService`."""

from assistant.api.app import create_app

__all__ = ["create_app"]
