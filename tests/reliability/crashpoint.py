"""Run the `plans` command and kill it with SIGKILL right after its N-th write to Chroma
returns: a crash at a known point of an ingestion or an upload, for the crash tests.

    python tests/reliability/crashpoint.py N [plans arguments...]

Only the storage library is wrapped (each `add`, `upsert`, `update` or `delete` of a Chroma
collection counts one write); our own code runs unchanged. A write that returned is on
disk, so the process dies with the index exactly as a power cut at that point leaves it.
"""

from __future__ import annotations

import os
import signal
import sys
import threading


def install(after: int) -> None:
    from chromadb.api.models.Collection import Collection

    lock = threading.Lock()
    writes = 0

    def counted(original):
        def write(self, *args, **kwargs):
            nonlocal writes
            result = original(self, *args, **kwargs)
            with lock:
                writes += 1
                if writes >= after:
                    os.kill(os.getpid(), signal.SIGKILL)
            return result

        return write

    for name in ("add", "upsert", "update", "delete"):
        setattr(Collection, name, counted(getattr(Collection, name)))


if __name__ == "__main__":
    install(int(sys.argv[1]))
    from cli.main import main

    sys.exit(main(sys.argv[2:]))
