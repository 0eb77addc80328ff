"""`PlanIndex`: the one object that owns where the plans are stored.

Chunks live in a Chroma collection with our own vectors (Chroma never embeds), document
records in a second collection. The embedded default is a `PersistentClient` on a folder;
`PLANS_CHROMA_HOST` points the same code at a Chroma server.

Writes are crash-consistent: a document's chunks are written before its record (the
commit), stale chunks of an older version are deleted after it, and a removal deletes
the chunks before the record. Whatever a crash leaves behind (chunks without a current
record, a record whose chunks are gone) is swept when a process next becomes the writer.
Readers use the current `Snapshot`, derived from the previous one after each write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from llama_index.core import VectorStoreIndex
from llama_index.core.vector_stores.types import VectorStoreQuery

from plans.embedding import Embedder
from plans.errors import IndexUnavailable, NotFound
from plans.index.health import check_folder, check_model, describe_open_error
from plans.index.lock import WriterLock
from plans.index.snapshot import DocumentRecord, Snapshot, StoredChunk, searched

_BATCH = 1000
# Candidates the vector index explores per search. Multilingual e5 puts every passage of the
# plans within a narrow band of similarity (0.78-0.91), where the graph's approximate search
# misses neighbours: at 256, over the 5,600 passages of the evaluation's plans, 0.3% of the
# 10 nearest passages of its questions were missed, and which ones depended on the build (the
# graph is built by several threads): the same question lost its answer in one build of the
# same chunks and not in another. At 4000 both builds gave the exact nearest passages for
# every question, in 2 ms (p50) a search (benchmarks/results/vector_search.md).
EF_SEARCH = 4000
_PAGE = 5000
# With a Chroma server, another process may be between writing a document's chunks and
# its record: only chunks older than this are swept as orphans.
SERVER_ORPHAN_AGE = 3600.0


class PlanIndex:
    def __init__(self, settings, embedder: Embedder):
        self.settings = settings
        self.embedder = embedder
        self._client = None
        self._chunks = None
        self._docs = None
        self._vector_store = None
        self._retriever_index = None
        self._snapshot = Snapshot()
        self._write_lock = threading.Lock()
        self._checked = 0.0
        self._swept = False
        self._orphans: list[str] = []
        self._half_deleted: list[str] = []
        self._writer = WriterLock(settings.index_dir) if settings.embedded else None

    # -- connection -----------------------------------------------------------------
    def open(self) -> "PlanIndex":
        if self._client is not None:
            return self
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        name = self.settings.collection
        where = self._where()
        try:
            if self.settings.embedded:
                check_folder(self.settings.index_dir, name)
                self.settings.index_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self.settings.index_dir), settings=chroma_settings)
            else:
                client = chromadb.HttpClient(
                    host=self.settings.chroma_host, port=self.settings.chroma_port, settings=chroma_settings
                )
            self._chunks = client.get_or_create_collection(
                name, embedding_function=None, metadata={"embed_model": self.embedder.name},
                configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
            )
            self._docs = client.get_or_create_collection(f"{name}_documents", embedding_function=None)
        except IndexUnavailable:
            raise
        except Exception as exc:
            raise IndexUnavailable(describe_open_error(where, exc)) from None
        check_model(where, self._chunks.metadata or {}, self.embedder.name)
        self._client = client
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._vector_store = ChromaVectorStore(chroma_collection=self._chunks)
        self._retriever_index = VectorStoreIndex.from_vector_store(
            self._vector_store, embed_model=self.embedder.as_llama_index()
        )
        self.reload()
        return self

    def _where(self) -> str:
        if self.settings.embedded:
            return str(self.settings.index_dir)
        return f"{self.settings.chroma_host}:{self.settings.chroma_port}"

    def close(self) -> None:
        if self._writer:
            self._writer.release()

    def reload(self) -> Snapshot:
        """Rebuild the snapshot from storage (at start), noting what a crash left behind."""
        documents = self._records()
        active = {i: d.info.version for i, d in documents.items()}
        chunks: list[StoredChunk] = []
        orphans: list[str] = []
        horizon = time.time() - (0 if self.settings.embedded else SERVER_ORPHAN_AGE)
        present: set[str] = set()
        for cid, text, meta in self._all_chunks():
            if active.get(meta.get("doc_id")) == meta.get("version"):
                chunks.append(StoredChunk.from_metadata(cid, text or "", meta))
                present.add(meta["doc_id"])
            elif float(meta.get("written", 0)) <= horizon:
                orphans.append(cid)
        self._orphans = orphans
        self._half_deleted = [d for d, r in documents.items() if d not in present and r.info.chunks > 0]
        documents = {d: r for d, r in documents.items() if d not in self._half_deleted}
        self._snapshot = Snapshot.build(documents, chunks).warm()
        return self._snapshot

    def _records(self) -> dict[str, DocumentRecord]:
        records = self._docs.get(include=["metadatas"])
        return {i: DocumentRecord.from_metadata(m) for i, m in zip(records["ids"], records["metadatas"])}

    def _all_chunks(self):
        offset = 0
        while True:
            got = self._chunks.get(include=["metadatas", "documents"], limit=_PAGE, offset=offset)
            yield from zip(got["ids"], got["documents"], got["metadatas"])
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def refresh(self, max_age: float = 2.0) -> None:
        """With a Chroma server, other API processes may have written: apply the documents
        whose records changed (checked at most every `max_age` seconds)."""
        if self.settings.embedded or self._docs is None:
            return
        now = time.monotonic()
        if now - self._checked < max_age:
            return
        self._checked = now
        current = self._records()
        snap = self._snapshot
        changed = [d for d, r in current.items() if d not in snap.documents or snap.documents[d].info.version != r.info.version]
        gone = [d for d in snap.documents if d not in current]
        if not changed and not gone:
            return
        with self._write_lock:
            snap = self._snapshot
            for d in gone:
                snap = snap.without_document(d)
            for d in changed:
                record = current[d]
                got = self._chunks.get(where={"doc_id": d}, include=["metadatas", "documents"])
                chunks = [StoredChunk.from_metadata(i, t or "", m) for i, t, m in zip(got["ids"], got["documents"], got["metadatas"])
                          if m.get("version") == record.info.version]
                snap = snap.with_document(record, chunks)
            self._snapshot = snap.warm()

    # -- writes -----------------------------------------------------------------------
    def acquire_writer(self) -> None:
        """Become the writer (embedded: take the folder's lock, or raise IndexUnavailable if
        another process has it); the first time, sweep what a crash left behind."""
        if self._writer:
            self._writer.acquire()
        if not self._swept and self._chunks is not None:
            with self._write_lock:
                self._sweep()
                self._search_exactly()

    def _search_exactly(self) -> None:
        """An index made before EF_SEARCH was set gets it from its first writer. A process
        reads the setting when it opens the collection, so it applies from the next start."""
        hnsw = (self._chunks.configuration or {}).get("hnsw") or {}
        if (hnsw.get("ef_search") or 0) < EF_SEARCH:
            self._chunks.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})

    def _sweep(self) -> None:
        """Delete what a crash left behind, checked again now that this process writes
        (another writer may have committed since the snapshot was read)."""
        records = self._records()
        for i in range(0, len(self._orphans), _BATCH):
            got = self._chunks.get(ids=self._orphans[i : i + _BATCH], include=["metadatas"])
            dead = [cid for cid, m in zip(got["ids"], got["metadatas"])
                    if m.get("doc_id") not in records or records[m["doc_id"]].info.version != m.get("version")]
            if dead:
                self._chunks.delete(ids=dead)
        for doc_id in self._half_deleted:
            record = records.get(doc_id)
            if record is not None and not self._chunks.get(where={"doc_id": doc_id}, limit=1, include=[])["ids"]:
                self._docs.delete(ids=[doc_id])
        self._orphans, self._half_deleted = [], []
        self._swept = True

    def add(self, record: DocumentRecord, chunks: Sequence[StoredChunk], vectors: Sequence[Sequence[float]]) -> None:
        """Store a document's chunks, then its record (the commit), then drop stale chunks."""
        self.open()
        self.acquire_writer()
        version = record.info.version
        with self._write_lock:
            for i in range(0, len(chunks), _BATCH):
                part = chunks[i : i + _BATCH]
                self._chunks.upsert(
                    ids=[c.id for c in part],
                    embeddings=[list(v) for v in vectors[i : i + _BATCH]],
                    documents=[c.search_text for c in part],
                    metadatas=[c.metadata(version) for c in part],
                )
            self._docs.upsert(ids=[record.info.id], embeddings=[[1.0]], metadatas=[record.metadata()])
            keep = {c.id for c in chunks}
            old = self._chunks.get(where={"doc_id": record.info.id}, include=[])["ids"]
            stale = [i for i in old if i not in keep]
            if stale:
                self._chunks.delete(ids=stale)
            self._snapshot = self._snapshot.with_document(record, chunks).warm()

    def remove(self, doc_id: str) -> DocumentRecord:
        """Delete a document: its chunks first, then its record (a crash in between leaves
        a record without chunks, which the next writer removes)."""
        self.open()
        self.acquire_writer()
        with self._write_lock:
            record = self._snapshot.documents.get(doc_id)
            if record is None:
                raise NotFound(f"no document '{doc_id}' in the index (see GET /v1/documents or `plans ingest --list`)")
            self._chunks.delete(where={"doc_id": doc_id})
            self._docs.delete(ids=[doc_id])
            self._snapshot = self._snapshot.without_document(doc_id).warm()
            return record

    # -- reads ------------------------------------------------------------------------
    def vector_search(self, query: str, k: int, documents: set[str] | None = None,
                      kind: str | None = None) -> list[tuple[str, float]]:
        """Chunk ids and similarity scores of the `k` nearest chunks in the snapshot
        (optionally only chunks of the given document ids, or of one kind: "row")."""
        snap = self._snapshot
        if not snap.chunks:
            return []
        embedding = self.embedder.embed_query(query)
        filters = ([{"doc_id": {"$in": sorted(documents)}}] if documents else []) + ([{"kind": kind}] if kind else [])
        where = filters[0] if len(filters) == 1 else {"$and": filters} if filters else None
        result = self._vector_store.query(
            VectorStoreQuery(query_embedding=embedding, similarity_top_k=min(k + 8, len(snap.chunks))),
            **({"where": where} if where else {}),
        )
        hits = [(i, float(s)) for i, s in zip(result.ids or [], result.similarities or [])
                if i in snap.chunks and searched(snap.chunks[i])]
        return hits[:k]

    def retriever(self, k: int):
        """The llama-index vector retriever over the same collection (used by the baselines)."""
        return self._retriever_index.as_retriever(similarity_top_k=k)

    def resolve_id(self, name: str) -> str:
        """A document id from its id, file name or stem."""
        docs = self._snapshot.documents
        if name in docs:
            return name
        matches = [i for i, d in docs.items() if name in (d.info.document, d.info.document.rsplit(".", 1)[0])]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFound(f"no document '{name}' in the index")
        raise NotFound(f"'{name}' matches several documents: {', '.join(sorted(matches))}; use the full id")
