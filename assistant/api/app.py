"""The app factory: receives its collaborators (settings, service) or builds them once."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from assistant.api import errors
from assistant.api.limits import BodyLimit
from assistant.api.routes import ask, commitments, documents, health
from assistant.service import AssistantService
from plans import __version__
from plans.settings import Settings, load_settings


def create_app(settings: Settings | None = None, service: AssistantService | None = None) -> FastAPI:
    """Build the API. Without a `service`, the model and index are loaded at start-up, and
    an embedded index is locked for writing by this process (the API owns it)."""
    settings = settings or (service.settings if service else load_settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = app.state.service is None
        if owned:
            app.state.service = AssistantService.build(settings)
        app.state.service.index.acquire_writer()
        try:
            yield
        finally:
            if owned:
                app.state.service.index.close()

    app = FastAPI(
        title="plans",
        version=__version__,
        summary="Answers questions about government policy plans with verbatim citations.",
        lifespan=lifespan,
        responses=errors.responses(500, 503),
    )
    app.add_middleware(BodyLimit, settings=settings)
    app.state.service = service
    errors.install(app)
    for router in (ask.router, documents.router, commitments.router, health.router):
        app.include_router(router)
    return app
