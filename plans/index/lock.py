"""One writer per embedded index: Chroma's embedded store is thread-safe, not process-safe."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from plans.errors import IndexUnavailable


class WriterLock:
    def __init__(self, directory: Path):
        self.path = Path(directory) / ".writer.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 200).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise IndexUnavailable(
                f"{self.path.parent}: the index is being written by {holder}; "
                "add documents through the running API (POST /v1/documents) or stop it first"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
