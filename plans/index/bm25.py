"""BM25 over the index's chunks, updated in place: adding or removing a document costs in
proportion to its own chunks, not to the size of the index.

Chunks live in segments: sparse term-frequency matrices (chunks x terms, compressed by
term, so a query reads one slice per term). A document added becomes a small segment of
its own; a document removed is masked out of its segment ("tombstones"). Once the small
segments hold a quarter of the base (or there are many of them) they are merged into one
base segment, dropping masked rows: a merge costs one pass over the matrices in C, and
happens once per growth of a quarter, so its cost per chunk stays constant. Document
frequencies are one array indexed by term id, updated with each change.

Every `LexicalIndex` is immutable: `add` and `remove` return a new one that shares what
did not change, so readers of the previous one are never disturbed.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

from plans.index.lexical import QueryTerm, idf

K1 = 1.5
B = 0.75
MAX_SMALL_SEGMENTS = 16


class Vocabulary:
    """Term -> id, append-only and shared by every version of the index."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._ids)

    def get(self, term: str) -> int | None:
        return self._ids.get(term)

    def terms(self) -> list[str]:
        with self._lock:
            return list(self._ids)

    def ids(self, terms: Sequence[str]) -> list[int]:
        with self._lock:
            out = []
            for t in terms:
                i = self._ids.get(t)
                if i is None:
                    i = self._ids[t] = len(self._ids)
                out.append(i)
            return out


@dataclass(frozen=True)
class Segment:
    ids: tuple[str, ...]
    matrix: sparse.csc_matrix  # rows: chunks, columns: term ids, values: term frequencies
    lengths: np.ndarray  # terms per chunk
    alive: np.ndarray  # False for removed chunks
    rows: dict[str, int] = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, vocab: Vocabulary, entries: Sequence[tuple[str, Sequence[str]]]) -> "Segment":
        r_idx: list[int] = []
        c_idx: list[int] = []
        data: list[float] = []
        lengths = np.zeros(len(entries), dtype=np.float32)
        for r, (_, terms) in enumerate(entries):
            counts = Counter(vocab.ids(terms))
            lengths[r] = len(terms)
            r_idx.extend([r] * len(counts))
            c_idx.extend(counts.keys())
            data.extend(counts.values())
        matrix = sparse.csc_matrix(
            (np.asarray(data, dtype=np.float32), (np.asarray(r_idx, dtype=np.int32), np.asarray(c_idx, dtype=np.int32))),
            shape=(len(entries), len(vocab)),
        )
        ids = tuple(cid for cid, _ in entries)
        return cls(ids, matrix, lengths, np.ones(len(entries), dtype=bool), {cid: i for i, cid in enumerate(ids)})

    def term_counts(self, mask: np.ndarray | None = None) -> np.ndarray:
        """For each term id, how many (selected, alive) chunks hold it."""
        keep = self.alive if mask is None else self.alive & mask
        m = self.matrix[keep] if not keep.all() else self.matrix
        return np.diff((m > 0).tocsc().indptr)

    def without(self, rows: np.ndarray) -> "Segment":
        alive = self.alive.copy()
        alive[rows] = False
        return Segment(self.ids, self.matrix, self.lengths, alive, self.rows)


def _merge(segments: Sequence[Segment], width: int) -> Segment:
    parts, ids, lengths = [], [], []
    for s in segments:
        m = s.matrix if s.alive.all() else s.matrix[s.alive]
        m = m.tocsr()
        m.resize((m.shape[0], width))
        parts.append(m)
        ids.extend(i for i, a in zip(s.ids, s.alive) if a)
        lengths.append(s.lengths[s.alive])
    matrix = sparse.vstack(parts, format="csc") if parts else sparse.csc_matrix((0, width), dtype=np.float32)
    ids_t = tuple(ids)
    return Segment(ids_t, matrix, np.concatenate(lengths) if lengths else np.zeros(0, np.float32),
                   np.ones(len(ids_t), dtype=bool), {cid: i for i, cid in enumerate(ids_t)})


@dataclass(frozen=True)
class LexicalIndex:
    vocab: Vocabulary = field(default_factory=Vocabulary)
    segments: tuple[Segment, ...] = ()
    df: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    n: int = 0
    total_length: float = 0.0

    # -- changes --------------------------------------------------------------------
    def add(self, entries: Sequence[tuple[str, Sequence[str]]]) -> "LexicalIndex":
        """A new index with these chunks (id, analysed terms) added."""
        if not entries:
            return self
        seg = Segment.build(self.vocab, entries)
        df = _widen(self.df, len(self.vocab)) + _widen(seg.term_counts(), len(self.vocab))
        segments = self.segments + (seg,)
        total = self.total_length + float(seg.lengths.sum())
        return LexicalIndex(self.vocab, _compact(segments, len(self.vocab)), df, self.n + seg.size, total)

    def remove(self, chunk_ids: Sequence[str]) -> "LexicalIndex":
        """A new index without these chunks."""
        wanted = set(chunk_ids)
        if not wanted:
            return self
        df = _widen(self.df, len(self.vocab)).copy()
        n, total = self.n, self.total_length
        segments: list[Segment] = []
        for s in self.segments:
            rows = np.fromiter((s.rows[c] for c in wanted if c in s.rows), dtype=np.int64)
            rows = rows[s.alive[rows]] if rows.size else rows
            if not rows.size:
                segments.append(s)
                continue
            mask = np.zeros(s.size, dtype=bool)
            mask[rows] = True
            counts = s.term_counts(mask)
            df[: counts.size] -= counts
            n -= rows.size
            total -= float(s.lengths[rows].sum())
            if rows.size < int(s.alive.sum()):
                segments.append(s.without(rows))
        return LexicalIndex(self.vocab, tuple(segments), df, n, total)

    # -- statistics -------------------------------------------------------------------
    def df_of(self, term: str) -> int:
        tid = self.vocab.get(term)
        return int(self.df[tid]) if tid is not None and tid < self.df.size else 0

    def idf(self, term: str) -> float:
        return idf(self.n, self.df_of(term))

    def weights(self, terms: Sequence[str]) -> dict[str, float]:
        return {t: self.idf(t) for t in dict.fromkeys(terms)}

    def chunks_with(self, term: str) -> list[str]:
        """The chunks that hold this stem (its postings)."""
        tid = self.vocab.get(term)
        out: list[str] = []
        for seg in self.segments if tid is not None else ():
            if tid >= seg.matrix.shape[1]:
                continue
            rows = seg.matrix.indices[seg.matrix.indptr[tid]:seg.matrix.indptr[tid + 1]]
            out.extend(seg.ids[r] for r in rows if seg.alive[r])
        return out

    # -- search -------------------------------------------------------------------------
    def search(self, terms: Sequence[QueryTerm], k: int) -> list[tuple[str, float]]:
        """The `k` best chunks for the query terms: BM25, each word scored by the best of
        its stems (one per language), so a word counts once whatever the language."""
        if not self.n or not terms:
            return []
        avgdl = self.total_length / self.n or 1.0
        weights = [[(tid, idf(self.n, int(self.df[tid]))) for tid in self._term_ids(t)] for t in terms]
        weights = [w for w in weights if w]
        if not weights:
            return []
        hits: list[tuple[str, float]] = []
        for seg in self.segments:
            scores = _score(seg, weights, avgdl)
            if scores is None:
                continue
            scores[~seg.alive] = 0.0
            top = np.argpartition(-scores, min(k, scores.size) - 1)[:k] if scores.size > k else np.arange(scores.size)
            hits.extend((seg.ids[i], float(scores[i])) for i in top if scores[i] > 0)
        hits.sort(key=lambda h: -h[1])
        return hits[:k]

    def _term_ids(self, term: QueryTerm) -> list[int]:
        out = []
        for s in term.stems:
            tid = self.vocab.get(s)
            if tid is not None and tid < self.df.size and self.df[tid] > 0:
                out.append(tid)
        return out


def _score(seg: Segment, weights: list[list[tuple[int, float]]], avgdl: float) -> np.ndarray | None:
    m = seg.matrix
    width = m.shape[1]
    norm = K1 * (1 - B + B * seg.lengths / avgdl)
    scores: np.ndarray | None = None
    for variants in weights:
        best: np.ndarray | None = None
        for tid, w in variants:
            if tid >= width:
                continue
            a, b = m.indptr[tid], m.indptr[tid + 1]
            if a == b:
                continue
            rows = m.indices[a:b]
            tf = m.data[a:b]
            contrib = w * tf * (K1 + 1) / (tf + norm[rows])
            if best is None:
                best = np.zeros(seg.size, dtype=np.float32)
            best[rows] = np.maximum(best[rows], contrib)
        if best is not None:
            scores = best if scores is None else scores + best
    return scores


def _widen(a: np.ndarray, n: int) -> np.ndarray:
    if a.size >= n:
        return a
    out = np.zeros(n, dtype=np.int64)
    out[: a.size] = a
    return out


def _compact(segments: tuple[Segment, ...], width: int) -> tuple[Segment, ...]:
    """Merge the small segments into the base once they are many or hold a quarter of it."""
    if len(segments) <= 1:
        return segments
    base, small = segments[0], segments[1:]
    small_size = sum(int(s.alive.sum()) for s in small)
    if len(small) > MAX_SMALL_SEGMENTS or small_size * 4 > max(int(base.alive.sum()), 2000):
        return (_merge(segments, width),)
    return segments
