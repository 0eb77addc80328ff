"""An immutable view of the index that queries read: documents, chunks, BM25, registry.

A write builds a new snapshot and swaps it in one assignment, so a query sees either the
old or the new state, never a half-ingested document.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import cached_property

from llama_index.core.schema import NodeWithScore, TextNode

from plans.index.lexical import TOKEN_PATTERN, TermStats
from plans.records import Commitment, DocumentInfo


@dataclass(frozen=True)
class StoredChunk:
    id: str
    doc_id: str
    kind: str  # passage | row | about
    text: str  # verbatim text (passages), the rendered row (rows)
    search_text: str
    section: str
    page: int | None
    start: int
    end: int
    ref: str | None = None
    commitment: Commitment | None = None

    def metadata(self, version: str) -> dict:
        """Flat metadata for Chroma (no None values, no lists)."""
        return {
            "doc_id": self.doc_id,
            "version": version,
            "kind": self.kind,
            "text": self.text,
            "section": self.section,
            "page": self.page if self.page is not None else -1,
            "start": self.start,
            "end": self.end,
            "ref": self.ref or "",
            "commitment": self.commitment.model_dump_json() if self.commitment else "",
        }

    @classmethod
    def from_metadata(cls, chunk_id: str, search_text: str, meta: dict) -> "StoredChunk":
        page = meta.get("page", -1)
        raw = meta.get("commitment") or ""
        return cls(
            id=chunk_id,
            doc_id=meta["doc_id"],
            kind=meta.get("kind", "passage"),
            text=meta.get("text", search_text),
            search_text=search_text,
            section=meta.get("section", ""),
            page=None if page in (-1, None) else int(page),
            start=int(meta.get("start", 0)),
            end=int(meta.get("end", 0)),
            ref=meta.get("ref") or None,
            commitment=Commitment.model_validate_json(raw) if raw else None,
        )


@dataclass(frozen=True)
class DocumentRecord:
    info: DocumentInfo
    page_starts: tuple[int, ...] = ()
    page_labels: tuple[str | None, ...] = ()  # the number printed on each page, when known

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def label_at(self, offset: int) -> str | None:
        """The printed label of the page holding `offset` ("iv", "12"), or None."""
        page = self.page_at(offset)
        return self.label_of(page) if page is not None else None

    def label_of(self, page: int | None) -> str | None:
        if page is None or not 1 <= page <= len(self.page_labels):
            return None
        return self.page_labels[page - 1]

    def metadata(self) -> dict:
        return {"info": self.info.model_dump_json(), "page_starts": json.dumps(list(self.page_starts)),
                "page_labels": json.dumps(list(self.page_labels))}

    @classmethod
    def from_metadata(cls, meta: dict) -> "DocumentRecord":
        return cls(DocumentInfo.model_validate_json(meta["info"]), tuple(json.loads(meta.get("page_starts") or "[]")),
                   tuple(json.loads(meta.get("page_labels") or "[]")))


@dataclass(frozen=True)
class Snapshot:
    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    chunks: dict[str, StoredChunk] = field(default_factory=dict)

    @cached_property
    def commitments(self) -> list[Commitment]:
        return [c.commitment for c in self.chunks.values() if c.commitment is not None]

    @cached_property
    def term_stats(self) -> TermStats:
        return TermStats(c.search_text for c in self.chunks.values())

    @cached_property
    def bm25(self):
        """A llama-index BM25 retriever over every chunk (None for an empty index)."""
        if not self.chunks:
            return None
        from llama_index.retrievers.bm25 import BM25Retriever

        nodes = [TextNode(id_=c.id, text=c.search_text) for c in self.chunks.values()]
        return BM25Retriever(nodes=nodes, similarity_top_k=min(50, len(nodes)), token_pattern=TOKEN_PATTERN)

    @cached_property
    def naming_words(self) -> dict[str, set[str]]:
        """For each document, the words of its title or file name that mostly occur in it:
        a question using one of them names that document ("the adaptation plan")."""
        from plans.index.lexical import tokenize

        per_doc: dict[str, dict[str, int]] = {}
        total: dict[str, int] = {}
        for c in self.chunks.values():
            for t in set(tokenize(c.search_text)):
                per_doc.setdefault(c.doc_id, {})[t] = per_doc.setdefault(c.doc_id, {}).get(t, 0) + 1
                total[t] = total.get(t, 0) + 1
        out: dict[str, set[str]] = {}
        for doc_id, record in self.documents.items():
            stem = doc_id.rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
            words = set(tokenize(f"{record.info.title} {stem}"))
            counts = per_doc.get(doc_id, {})
            out[doc_id] = {w for w in words if counts.get(w) and counts[w] >= 0.7 * total[w]}
        return out

    def bm25_search(self, query: str, k: int) -> list[tuple[str, float]]:
        if self.bm25 is None:
            return []
        hits: list[NodeWithScore] = self.bm25.retrieve(query)
        return [(h.node.node_id, float(h.score or 0.0)) for h in hits[:k] if (h.score or 0) > 0]

    def warm(self) -> "Snapshot":
        """Build the lazy parts now, before the snapshot is swapped in."""
        _ = self.commitments, self.term_stats, self.bm25, self.naming_words
        return self
