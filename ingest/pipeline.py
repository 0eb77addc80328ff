"""The ingestion job: files -> documents -> chunks -> vectors -> the index.

Reading and chunking are done for every file first, so one progress bar can cover the
embedding of all chunks. A file that fails is reported and skipped; nothing of it is
written. A file whose bytes did not change since it was indexed is left alone.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.budget import check, file_budget
from ingest.chunking import Chunk, Chunker
from ingest.commitments import commitments, is_commitment
from ingest.document import ParsedDocument
from ingest.reading import read_document, supported
from plans.contents import is_contents_row
from plans.errors import PlansError, ReadError
from plans.language import detect, primary
from plans.index import PlanIndex, StoredChunk
from plans.index.snapshot import DocumentRecord
from plans.records import DocumentInfo


@dataclass
class Prepared:
    """A file read and chunked, ready to embed."""

    path: Path
    doc: ParsedDocument
    record: DocumentRecord
    chunks: list[StoredChunk]


@dataclass
class FileResult:
    document: str
    status: str  # added | updated | unchanged | failed
    pages: int | None = None
    chunks: int = 0
    commitments: int = 0
    seconds: float = 0.0
    error: str | None = None
    id: str | None = None
    warnings: list[str] = field(default_factory=list)  # what the reader could not read


@dataclass
class IngestSummary:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Files named directly or found (recursively) in folders; missing paths are failures. A
    folder's README (what the folder holds, not a plan) and hidden files are left out of it;
    a README named directly is read."""
    files: list[Path] = []
    problems: list[FileResult] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")
                                and f.stem.upper() != "README" and supported(f)))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(FileResult(p.name or str(p), "failed", error=f"{p}: no such file or folder"))
    return files, problems


# Changed whenever reading or chunking changes what a file gives, so that an index an older
# release built is read again on the next ingest (an unchanged file is otherwise skipped).
READER_VERSION = "2026-12-15"


def file_version(path: Path) -> str:
    """The file's content hash, with the reader's version."""
    return hashlib.sha256(f"{READER_VERSION}\0".encode() + path.read_bytes()).hexdigest()


def chunk_language(text: str, document_language: str) -> str:
    """A chunk's own language when it says enough to tell (documents mix languages:
    an English summary in a French plan), else its document's."""
    return detect(text, default=document_language) if len(text) >= 200 else document_language


def unique(chunks: list[StoredChunk]) -> list[StoredChunk]:
    """Chunks with distinct ids: a unit repeated at the same place with the same text (a
    table pasted twice into one file gives the same row twice) is stored once."""
    return list({c.id: c for c in chunks}.values())


def chunk_id(doc_id: str, version: str, chunk: Chunk) -> str:
    key = "\0".join([doc_id, version, chunk.kind, str(chunk.start), str(chunk.end), chunk.search_text])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


class Ingestor:
    def __init__(self, index: PlanIndex, chunker: Chunker | None = None, file_timeout: float | None = None):
        self.index = index
        self.embedder = index.embedder
        self.file_timeout = index.settings.file_timeout if file_timeout is None else file_timeout
        self.chunker = chunker or Chunker(self.embedder.count_tokens, self.embedder.max_tokens,
                                          token_spans=self.embedder.token_spans,
                                          special_tokens=self.embedder.special_tokens)

    def prepare(self, path: Path, display_name: str | None = None) -> Prepared | None:
        """Read and chunk one file; None when it is already indexed unchanged."""
        path = Path(path)
        name = display_name or path.name
        if not path.is_file():
            raise ReadError(path, "no such file")
        version = file_version(path)
        current = self.index.snapshot.documents.get(name)
        if current is not None and current.info.version == version:
            return None
        with file_budget(path if display_name is None else Path(name), self.file_timeout):
            doc = read_document(path, display_name=name)
            doc.language = primary(doc.language) or detect(doc.text)  # a page's "nl-NL" is Dutch
            check()
            rows = [r for r in commitments(doc) if not is_contents_row(r)]  # (a page of contents is text)
            check()
            chunks = self.chunker.run(doc, rows)
        stored = unique([
            StoredChunk(
                id=chunk_id(name, version, c),
                doc_id=name,
                kind=c.kind,
                text=doc.text[c.start : c.end] if c.kind != "row" else c.search_text.split("\n", 1)[-1],
                search_text=c.search_text,
                section=c.section,
                page=c.page,
                start=c.start,
                end=c.end,
                ref=c.ref,
                commitment=c.commitment,
                lang=chunk_language(c.search_text, doc.language),
                heading=doc.text[c.heading[0] : c.heading[1]] if c.heading else "",
                heading_start=c.heading[0] if c.heading else -1,
            )
            for c in chunks
        ])
        info = DocumentInfo(
            id=name,
            document=name,
            title=doc.title,
            author=doc.author,
            pages=len(doc.pages) or None,
            chunks=len(stored),
            commitments=sum(1 for r in rows if is_commitment(r)),
            version=version,
            size=path.stat().st_size,
            kind=doc.kind,
            language=doc.language,
        )
        record = DocumentRecord(info, tuple(p.start for p in doc.pages), doc.page_labels)
        return Prepared(path, doc, record, stored)

    def store(self, prepared: Prepared, progress: Callable[[int], None] | None = None) -> None:
        vectors = self.embedder.embed_documents([c.search_text for c in prepared.chunks], progress)
        self.index.add(prepared.record, prepared.chunks, vectors)

    def ingest_file(self, path: Path, display_name: str | None = None) -> FileResult:
        """Ingest one file (used by uploads); raises PlansError on a bad file."""
        t0 = time.perf_counter()
        name = display_name or Path(path).name
        existed = name in self.index.snapshot.documents
        prepared = self.prepare(path, display_name)
        if prepared is None:
            info = self.index.snapshot.documents[name].info
            return FileResult(name, "unchanged", info.pages, info.chunks, info.commitments, 0.0, id=name)
        self.store(prepared)
        info = prepared.record.info
        return FileResult(name, "updated" if existed else "added", info.pages, info.chunks,
                          info.commitments, time.perf_counter() - t0, id=info.id, warnings=prepared.doc.warnings)

    def ingest(
        self,
        paths: Iterable[Path],
        on_total: Callable[[int], None] | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestSummary:
        t0 = time.perf_counter()
        files, problems = expand(paths)
        summary = IngestSummary(results=list(problems))
        prepared: list[tuple[Prepared, float]] = []
        for f in files:
            t = time.perf_counter()
            try:
                p = self.prepare(f)
            except PlansError as exc:
                summary.results.append(FileResult(f.name, "failed", error=str(exc)))
                continue
            if p is None:
                info = self.index.snapshot.documents[f.name].info
                summary.results.append(FileResult(f.name, "unchanged", info.pages, info.chunks, info.commitments, id=info.id))
            else:
                prepared.append((p, time.perf_counter() - t))
        if on_total:
            on_total(sum(len(p.chunks) for p, _ in prepared))
        for p, read_seconds in prepared:
            t = time.perf_counter()
            existed = p.record.info.id in self.index.snapshot.documents
            try:
                self.store(p, progress)
            except PlansError as exc:
                summary.results.append(FileResult(p.path.name, "failed", error=str(exc)))
                continue
            info = p.record.info
            summary.results.append(FileResult(
                info.document, "updated" if existed else "added", info.pages, info.chunks,
                info.commitments, read_seconds + time.perf_counter() - t, id=info.id, warnings=p.doc.warnings))
        summary.seconds = time.perf_counter() - t0
        return summary
