"""Is an index folder usable? One line naming the folder and what to do, never a traceback.

A folder that does not exist (or is empty) is a new index. One whose database
(`chroma.sqlite3`) is missing, emptied or unreadable while vector data is still there
is damaged: Chroma would silently start an empty index on top of it. An index built
with another embedding model cannot be searched with this one.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from plans.errors import IndexUnavailable

_SEGMENT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
REBUILD = "move the folder away (or delete it) and run `plans ingest` to rebuild the index"


def check_folder(folder: Path, collection: str) -> None:
    """Raise IndexUnavailable when `folder` holds a damaged or unusable embedded index."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise IndexUnavailable(f"{folder}: the index path is a file, not a folder; set PLANS_INDEX_DIR to a folder")
    if not folder.exists():
        return
    db = folder / "chroma.sqlite3"
    segments = [p for p in folder.iterdir() if p.is_dir() and _SEGMENT.match(p.name)]
    if not os.access(folder, os.W_OK | os.X_OK) or (db.exists() and not os.access(db, os.W_OK)):
        raise IndexUnavailable(f"{folder}: the index folder is read-only; make it writable or set PLANS_INDEX_DIR to another folder")
    if not db.exists() or db.stat().st_size == 0:
        if segments:
            state = "missing" if not db.exists() else "empty"
            raise IndexUnavailable(f"{folder}: the index is damaged (chroma.sqlite3 is {state} but vector data is there); {REBUILD}")
        return
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            names = {r[0] for r in conn.execute("SELECT name FROM collections")} if "collections" in tables else set()
    except sqlite3.Error as exc:
        raise IndexUnavailable(f"{folder}: the index database is unreadable ({exc}); {REBUILD}") from None
    if "collections" not in tables:
        raise IndexUnavailable(f"{folder}: chroma.sqlite3 is not a Chroma index database; {REBUILD}")
    if collection not in names and segments:
        raise IndexUnavailable(f"{folder}: the index is damaged (its collections are gone but vector data is there); {REBUILD}")


def check_model(where: str, metadata: dict, model: str) -> None:
    """The index must have been built with the embedding model in use."""
    built = metadata.get("embed_model") or "all-MiniLM-L6-v2"  # indexes from before the model was recorded
    if built != model:
        raise IndexUnavailable(
            f"{where}: the index was built with the embedding model '{built}', not '{model}'; "
            f"set PLANS_EMBED_MODEL to '{built}', or rebuild it with `plans ingest --rebuild`"
        )


def describe_open_error(where: str, exc: Exception) -> str:
    """One line for a failure to open the index (server down, database locked, ...)."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"cannot open the index at {where}: {first[:300]}"
