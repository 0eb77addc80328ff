"""Typed dependencies for the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from assistant.service import AssistantService


def get_service(request: Request) -> AssistantService:
    return request.app.state.service


ServiceDep = Annotated[AssistantService, Depends(get_service)]
