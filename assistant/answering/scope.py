"""What a composer may know of one request beyond its question: the conversation so far, and
where to send text as it is written (the streaming endpoint). The service sets it for the
duration of one `ask`; it lives in a context variable, so requests answered at the same time
in other threads never see each other's."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from assistant.models import Turn


@dataclass(frozen=True)
class AskScope:
    history: tuple[Turn, ...] = ()
    on_text: Callable[[str], None] | None = None

    def emit(self, text: str) -> None:
        if text and self.on_text is not None:
            self.on_text(text)


_SCOPE: ContextVar[AskScope] = ContextVar("plans_ask_scope", default=AskScope())


@contextmanager
def asking(history: Sequence[Turn] = (), on_text: Callable[[str], None] | None = None) -> Iterator[AskScope]:
    scope = AskScope(tuple(history), on_text)
    token = _SCOPE.set(scope)
    try:
        yield scope
    finally:
        _SCOPE.reset(token)


def current() -> AskScope:
    return _SCOPE.get()
