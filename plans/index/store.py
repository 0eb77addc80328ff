"""`PlanIndex`: the one object that owns where the plans are stored.

Chunks live in a Chroma collection with our own vectors (Chroma never embeds), document
records in a second collection. The embedded default is a `PersistentClient` on a folder;
`PLANS_CHROMA_HOST` points the same code at a Chroma server. A document is committed by
writing its record after its chunks; stale chunks of an older version are then deleted.
Readers use the current `Snapshot`, rebuilt and swapped after each write.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from llama_index.core import VectorStoreIndex
from llama_index.core.vector_stores.types import VectorStoreQuery

from plans.embedding import Embedder
from plans.errors import IndexUnavailable, NotFound
from plans.index.lock import WriterLock
from plans.index.snapshot import DocumentRecord, Snapshot, StoredChunk
from plans.settings import Settings

_BATCH = 1000


class PlanIndex:
    def __init__(self, settings: Settings, embedder: Embedder):
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
        self._writer = WriterLock(settings.index_dir) if settings.embedded else None

    # -- connection -----------------------------------------------------------------
    def open(self) -> "PlanIndex":
        if self._client is not None:
            return self
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.settings.embedded:
                self.settings.index_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self.settings.index_dir), settings=chroma_settings)
            else:
                client = chromadb.HttpClient(
                    host=self.settings.chroma_host, port=self.settings.chroma_port, settings=chroma_settings
                )
            name = self.settings.collection
            self._chunks = client.get_or_create_collection(
                name, embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
            self._docs = client.get_or_create_collection(f"{name}_documents", embedding_function=None)
        except Exception as exc:
            where = self.settings.index_dir if self.settings.embedded else f"{self.settings.chroma_host}:{self.settings.chroma_port}"
            raise IndexUnavailable(f"cannot open the index at {where}: {exc}".splitlines()[0]) from exc
        self._client = client
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._vector_store = ChromaVectorStore(chroma_collection=self._chunks)
        self._retriever_index = VectorStoreIndex.from_vector_store(
            self._vector_store, embed_model=self.embedder.as_llama_index()
        )
        self.reload()
        return self

    def close(self) -> None:
        if self._writer:
            self._writer.release()

    def reload(self) -> Snapshot:
        """Rebuild the snapshot from storage (after another process wrote, or at start)."""
        records = self._docs.get(include=["metadatas"])
        documents = {i: DocumentRecord.from_metadata(m) for i, m in zip(records["ids"], records["metadatas"])}
        active = {i: d.info.version for i, d in documents.items()}
        chunks: dict[str, StoredChunk] = {}
        got = self._chunks.get(include=["metadatas", "documents"])
        for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
            if active.get(meta.get("doc_id")) == meta.get("version"):
                chunks[cid] = StoredChunk.from_metadata(cid, text or "", meta)
        self._snapshot = Snapshot(documents, chunks).warm()
        return self._snapshot

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def refresh(self, max_age: float = 2.0) -> None:
        """With a Chroma server, other API processes may have written: reload when the
        document records changed (checked at most every `max_age` seconds)."""
        if self.settings.embedded or self._docs is None:
            return
        now = time.monotonic()
        if now - self._checked < max_age:
            return
        self._checked = now
        records = self._docs.get(include=["metadatas"])
        current = {i: DocumentRecord.from_metadata(m).info.version for i, m in zip(records["ids"], records["metadatas"])}
        known = {i: d.info.version for i, d in self._snapshot.documents.items()}
        if current != known:
            with self._write_lock:
                self.reload()

    # -- writes -----------------------------------------------------------------------
    def acquire_writer(self) -> None:
        """Take the embedded index's writer lock (raises IndexUnavailable if another process has it)."""
        if self._writer:
            self._writer.acquire()

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
            old = self._chunks.get(where={"doc_id": record.info.id}, include=[])
            stale = [i for i in old["ids"] if i not in keep]
            if stale:
                self._chunks.delete(ids=stale)
            self.reload()

    def remove(self, doc_id: str) -> DocumentRecord:
        self.open()
        self.acquire_writer()
        with self._write_lock:
            record = self._snapshot.documents.get(doc_id)
            if record is None:
                raise NotFound(f"no document '{doc_id}' in the index (see GET /v1/documents or `plans ingest --list`)")
            self._docs.delete(ids=[doc_id])
            self._chunks.delete(where={"doc_id": doc_id})
            self.reload()
            return record

    # -- reads ------------------------------------------------------------------------
    def vector_search(self, query: str, k: int, documents: set[str] | None = None) -> list[tuple[str, float]]:
        """Chunk ids and similarity scores of the `k` nearest chunks in the snapshot
        (optionally only chunks of the given document ids)."""
        snap = self._snapshot
        if not snap.chunks:
            return []
        embedding = self.embedder.embed_query(query)
        where = {"doc_id": {"$in": sorted(documents)}} if documents else None
        result = self._vector_store.query(
            VectorStoreQuery(query_embedding=embedding, similarity_top_k=min(k + 8, len(snap.chunks))),
            **({"where": where} if where else {}),
        )
        hits = [(i, float(s)) for i, s in zip(result.ids or [], result.similarities or []) if i in snap.chunks]
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
