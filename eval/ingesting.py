"""Ingestion for the evaluation: every plan of the data folders into one index, where a file
that cannot be read is reported and skipped, never a crash.

Each file is read and chunked in a forked child with a time limit, so a file the reader
cannot finish costs at most `timeout` seconds instead of the whole run; the parent embeds and
stores what came back. A file the readers do not support is reported when an item names it;
folder `README` files (documentation of the folder, not plans) are left out.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.pipeline import FileResult, Ingestor, IngestSummary, Prepared
from ingest.reading import supported
from plans.errors import PlansError

READ_TIMEOUT = 300.0  # seconds to read and chunk one file


@dataclass
class Collection:
    """The plan files of the data folders: document stem -> file, and stem -> folder name."""

    files: list[Path] = field(default_factory=list)
    homes: dict[str, str] = field(default_factory=dict)


def collect(folders: Iterable[Path], named: Iterable[str] = ()) -> Collection:
    """Every plan file under the folders (recursively): the supported ones, and the others whose
    stem is in `named` (so that their items are reported, not silently lost). README files and
    hidden files are left out."""
    named = set(named)
    out = Collection()
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise PlansError(f"{folder}: no such data folder")
        for f in sorted(folder.rglob("*")):
            if f.is_file() and not f.name.startswith(".") and f.stem.upper() != "README" and (
                    supported(f) or f.stem in named):
                out.files.append(f)
                out.homes.setdefault(f.stem, folder.name)
    return out


def ingest(ingestor: Ingestor, files: list[Path], timeout: float = READ_TIMEOUT,
           on_file: Callable[[FileResult], None] | None = None) -> IngestSummary:
    """Ingest the files one by one; failures (unsupported, unreadable, too slow) are results."""
    t0 = time.perf_counter()
    summary = IngestSummary()
    for f in files:
        result = ingest_one(ingestor, f, timeout)
        summary.results.append(result)
        if on_file:
            on_file(result)
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_one(ingestor: Ingestor, path: Path, timeout: float = READ_TIMEOUT) -> FileResult:
    t0 = time.perf_counter()
    if not supported(path):
        return FileResult(path.name, "failed", error=f"{path.name}: {path.suffix} files are not supported")
    existed = path.name in ingestor.index.snapshot.documents
    try:
        prepared = prepare_with_limit(ingestor, path, timeout)
        if prepared is None:
            info = ingestor.index.snapshot.documents[path.name].info
            return FileResult(path.name, "unchanged", info.pages, info.chunks, info.commitments, id=info.id)
        ingestor.store(prepared)
    except PlansError as exc:
        return FileResult(path.name, "failed", error=str(exc))
    info = prepared.record.info
    return FileResult(info.document, "updated" if existed else "added", info.pages, info.chunks,
                      info.commitments, time.perf_counter() - t0, id=info.id)


def prepare_with_limit(ingestor: Ingestor, path: Path, timeout: float) -> Prepared | None:
    """`ingestor.prepare(path)` in a forked child; PlansError when it fails or runs too long."""
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_prepare_child, args=(ingestor, path, send), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise PlansError(f"{path.name}: not read within {timeout:.0f} s (skipped)")
        status, payload = receive.recv()
    except EOFError:
        raise PlansError(f"{path.name}: the reader stopped without an answer") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if status == "error":
        raise PlansError(payload)
    return payload


def _prepare_child(ingestor: Ingestor, path: Path, send) -> None:
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    try:
        send.send(("ok", ingestor.prepare(path)))
    except PlansError as exc:
        send.send(("error", str(exc)))
    except Exception as exc:  # a reader bug: reported as this file's failure, not a crash
        send.send(("error", f"{path.name}: {type(exc).__name__}: {exc}"))
    finally:
        send.close()


def missing_documents(items: list[dict], indexed: Iterable[str], failures: dict[str, str]) -> dict[str, str]:
    """Documents the items name that are not in the index, with the reason when known."""
    have = {Path(d).stem for d in indexed}
    named = sorted({d for i in items for d in [i.get("doc"), *i.get("docs", [])] if d})
    return {d: failures.get(d, "not in the data folders") for d in named if d not in have}
