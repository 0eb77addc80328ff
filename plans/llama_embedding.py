"""Adapter that lets llama-index components use our `Embedder` (never a default OpenAI model)."""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr


class LlamaIndexEmbedding(BaseEmbedding):
    _embedder: Any = PrivateAttr()

    @classmethod
    def wrap(cls, embedder: Any) -> "LlamaIndexEmbedding":
        obj = cls(model_name=embedder.name, embed_batch_size=embedder.batch_size)
        obj._embedder = embedder
        return obj

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed_batch([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_batch(texts)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
