"""A time budget per file: reading, table recovery and chunking of one file must finish
within it, or that file fails with one line and the other files go on.

The work is cooperative: long loops call `check()`, which raises `ReadError` once the
budget of the file being prepared is spent (a contextvar, so concurrent uploads each
have their own).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from plans.errors import ReadError


@dataclass(frozen=True)
class _Budget:
    path: Path
    seconds: float
    deadline: float


_current: ContextVar[_Budget | None] = ContextVar("ingest_budget", default=None)


@contextmanager
def file_budget(path: Path, seconds: float | None) -> Iterator[None]:
    """Give the work inside the block `seconds` (None or 0: no limit)."""
    token = _current.set(_Budget(Path(path), seconds, time.monotonic() + seconds) if seconds else None)
    try:
        yield
    finally:
        _current.reset(token)


def check() -> None:
    """Raise `ReadError` when the current file's budget is spent."""
    budget = _current.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise ReadError(
            budget.path,
            f"reading took longer than {budget.seconds:g} s and was stopped; split the file or raise PLANS_FILE_TIMEOUT",
        )
