"""Ingestion for the evaluation: every plan of the data folders into one index, where a file
that cannot be read (corrupt, unsupported, or not read within the per-file time budget,
`PLANS_FILE_TIMEOUT`) is reported and skipped, never a crash.

A file the readers do not support is reported when an item names it; folder `README` files
(documentation of the folder, not plans) are left out.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.pipeline import FileResult, Ingestor, IngestSummary
from ingest.reading import supported
from plans.errors import PlansError


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


def ingest(ingestor: Ingestor, files: list[Path], on_file: Callable[[FileResult], None] | None = None) -> IngestSummary:
    """Ingest the files one by one; a file that fails is a result, and the others go on."""
    t0 = time.perf_counter()
    summary = IngestSummary()
    for f in files:
        result = ingest_one(ingestor, f)
        summary.results.append(result)
        if on_file:
            on_file(result)
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_one(ingestor: Ingestor, path: Path) -> FileResult:
    if not supported(path):
        return FileResult(path.name, "failed", error=f"{path.name}: {path.suffix} files are not supported")
    try:
        return ingestor.ingest_file(path)
    except PlansError as exc:
        return FileResult(path.name, "failed", error=str(exc))


def missing_documents(items: list[dict], indexed: Iterable[str], failures: dict[str, str]) -> dict[str, str]:
    """Documents the items name that are not in the index, with the reason when known."""
    have = {Path(d).stem for d in indexed}
    named = sorted({d for i in items for d in [i.get("doc"), *i.get("docs", [])] if d})
    return {d: failures.get(d, "not in the data folders") for d in named if d not in have}
