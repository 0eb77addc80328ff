"""Adapter that lets llama-index components use our `Embedder` (never a default OpenAI model).

A component that embeds retrieved text at query time (llama-index's sentence optimizer
embeds every sentence of every retrieved node) sees the same texts again whenever two
questions retrieve the same node; `wrap(..., text_cache=N)` keeps the last N text vectors
so those are embedded once."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


class LlamaIndexEmbedding(BaseEmbedding):
    _embedder: Any = PrivateAttr()
    _texts: OrderedDict = PrivateAttr(default_factory=OrderedDict)
    _text_cache: int = PrivateAttr(default=0)

    @classmethod
    def wrap(cls, embedder: Any, text_cache: int = 0) -> "LlamaIndexEmbedding":
        obj = cls(model_name=embedder.name, embed_batch_size=embedder.batch_size)
        obj._embedder = embedder
        obj._text_cache = text_cache
        return obj

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        if not self._text_cache:
            return self._embedder.embed_batch(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._texts))
        for text, vector in zip(missing, self._embedder.embed_documents(missing)):
            self._texts[text] = np.asarray(vector, dtype=np.float32)  # 1.5 KB, not 12 KB of floats
        for text in texts:
            self._texts.move_to_end(text)
        vectors = [self._texts[t].tolist() for t in texts]
        while len(self._texts) > self._text_cache:
            self._texts.popitem(last=False)
        return vectors

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
