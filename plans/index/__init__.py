"""The index: Chroma collections (chunks with our vectors, document records), the BM25
index and the commitments registry, behind one object (`PlanIndex`)."""

from plans.index.snapshot import Snapshot, StoredChunk
from plans.index.store import PlanIndex

__all__ = ["PlanIndex", "Snapshot", "StoredChunk"]
