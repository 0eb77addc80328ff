"""Hybrid retrieval: BM25 and vector search over the same chunks, fused by reciprocal rank.

BM25 (our own, per-language analysis, identifiers kept whole; `plans.index.bm25`) finds "3.b", "action nr. 13"
and "resolution 1820" exactly; the vectors (our MiniLM embeddings in Chroma) find
paraphrases. Reciprocal-rank fusion needs no score calibration between the two. A passage
of a few words (a cover's date) is left to BM25: its vector would match its section path.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from plans.index import PlanIndex, StoredChunk

RRF_K = 60
# A passage of fewer words than this (a cover's date, a lone year range) is matched by the
# section path its vector carries, not by anything it says: it is left to the words of BM25.
MIN_VECTOR_WORDS = 4
_SPARE = 10


@dataclass
class Hit:
    chunk: StoredChunk
    score: float  # fused reciprocal-rank score
    cosine: float | None = None
    bm25: float | None = None


def rrf(rankings: list[list[str]], k: int = RRF_K, weights: list[float] | None = None) -> dict[str, float]:
    """Reciprocal-rank fusion: sum of w / (k + rank) over the rankings an id appears in."""
    fused: dict[str, float] = {}
    for r, ids in enumerate(rankings):
        w = weights[r] if weights else 1.0
        for rank, i in enumerate(ids, start=1):
            fused[i] = fused.get(i, 0.0) + w / (k + rank)
    return fused


class HybridRetriever:
    def __init__(self, index: PlanIndex, depth: int = 30, guaranteed: int = 3):
        self.index = index
        self.depth = depth
        self.guaranteed = guaranteed

    def retrieve(self, query: str, k: int = 10, mode: str = "hybrid", documents: set[str] | None = None) -> list[Hit]:
        """The `k` best chunks for `query`, optionally only from `documents` (ids)."""
        snap = self.index.snapshot
        lexical = snap.bm25_search(query, 50 if documents else self.depth) if mode in ("hybrid", "bm25") else []
        # (a few more than `depth`: the bare passages dropped below do not take a place)
        vector = self.index.vector_search(query, self.depth + _SPARE, documents) if mode in ("hybrid", "vector") else []
        if documents:
            lexical = [(i, s) for i, s in lexical if snap.chunks[i].doc_id in documents][: self.depth]
        vector = [(i, s) for i, s in vector if i in snap.chunks and not _bare(snap.chunks[i])][: self.depth]
        cos = {i: 1.0 + math.log(s) if s > 0 else 0.0 for i, s in vector}
        bm = dict(lexical)
        fused = rrf([[i for i, _ in lexical], [i for i, _ in vector]])
        ranked = [i for i, _ in sorted(fused.items(), key=lambda kv: -kv[1])]
        # RRF buries a chunk that only one retriever finds, however sure that one is (an
        # exact identifier, a rare word): each retriever's own top results always stay in.
        keep = [i for i, _ in lexical[: self.guaranteed]] + [i for i, _ in vector[: self.guaranteed]]
        top = list(dict.fromkeys(keep + ranked))[: max(k, len(set(keep)))]
        top.sort(key=lambda i: -fused[i])
        return [Hit(snap.chunks[i], fused[i], cos.get(i), bm.get(i)) for i in top if i in snap.chunks]


def _bare(chunk: StoredChunk) -> bool:
    return chunk.kind == "passage" and len(chunk.text.split()) < MIN_VECTOR_WORDS
