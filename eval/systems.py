"""The systems the evaluation compares: this project's pipeline, through its HTTP API, and
three plain baselines that answer with the top retrieved passage (no composer): BM25 only,
vector only, and the plain llama-index recipe (vector index top-k + the sentence-embedding
optimizer). Each outcome carries the system's score for the answer (the pipeline's
confidence, a baseline's top retrieval score): the baselines abstain below a threshold
fitted on the calibration split (eval/calibrate.py).

Retrieval is measured on what each system retrieved: the pipeline's ranked evidence
(`include_evidence`), never the citations it chose to show."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import PurePath

from assistant.service import AssistantService

TOP_K = 10
RECIPE_TOP_K = 3  # the plain recipe's top-k (llama-index's default is 2); its optimizer embeds every sentence
# The evaluation's questions retrieve 482 distinct nodes in 852 (2026-12-04): their sentences
# are embedded once, not once per question (4,000-odd sentences; about 6 MB of vectors).
RECIPE_TEXT_CACHE = 8192


@dataclass
class Outcome:
    response: dict  # the JSON of POST /v1/ask
    ranking: list[tuple[str, str | None]] = field(default_factory=list)  # (doc stem, ref) in rank order
    ms: float = 0.0
    score: float | None = None  # the system's score for its answer; None when there is nothing to answer


class System(ABC):
    name: str

    @abstractmethod
    def ask(self, question: str, history: list[dict]) -> Outcome: ...

    def run(self, item: dict) -> Outcome:
        history: list[dict] = []
        if item.get("followup_of"):
            first = self.ask(item["followup_of"], [])
            history = [{"role": "user", "content": item["followup_of"]},
                       {"role": "assistant", "content": first.response.get("answer", "")}]
        return self.ask(item["question"], history)


def _stem(name: str) -> str:
    return PurePath(name).stem


class Pipeline(System):
    """The product, asked over HTTP through the FastAPI app (the same API the UI uses)."""

    def __init__(self, service: AssistantService, name: str = "pipeline"):
        from fastapi.testclient import TestClient

        from assistant.api import create_app

        self.name = name

        self._client = TestClient(create_app(service.settings, service))
        self._client.__enter__()

    def ask(self, question: str, history: list[dict]) -> Outcome:
        t0 = time.perf_counter()
        r = self._client.post("/v1/ask", json={"question": question, "history": history, "include_evidence": True})
        ms = (time.perf_counter() - t0) * 1000
        if r.status_code != 200:
            return Outcome({"answer": "", "abstained": False, "citations": [], "error": r.text}, [], ms)
        data = r.json()
        ranking = [(_stem(e["document"]), e.get("ref")) for e in data.pop("evidence", None) or []]
        return Outcome(data, ranking, ms, data.get("confidence"))

    def close(self) -> None:
        self._client.__exit__(None, None, None)


class TopPassage(System):
    """A plain RAG answer: the top retrieved passage is the answer, every passage a citation."""

    def __init__(self, service: AssistantService, name: str):
        self.service = service
        self.name = name
        self._optimizer = None
        if name == "llama-index":
            from llama_index.core.postprocessor import SentenceEmbeddingOptimizer

            self._optimizer = SentenceEmbeddingOptimizer(
                embed_model=service.index.embedder.as_llama_index(text_cache=RECIPE_TEXT_CACHE), percentile_cutoff=0.5
            )

    def _retrieve(self, question: str) -> list[tuple[str, str, float]]:
        """(chunk id, text, score) in rank order."""
        index = self.service.index
        snap = index.snapshot
        if self.name == "bm25":
            return [(i, snap.chunks[i].search_text, s) for i, s in snap.bm25_search(question, TOP_K) if i in snap.chunks]
        k = RECIPE_TOP_K if self._optimizer is not None else TOP_K
        nodes = index.retriever(k).retrieve(question)
        if self._optimizer is not None and nodes:
            for n in nodes:  # the index's bookkeeping (offsets, times) is not text to quote
                n.node.excluded_llm_metadata_keys = list(n.node.metadata)
            nodes = self._optimizer.postprocess_nodes(nodes, query_str=question)
        return [(n.node.node_id, n.node.get_content(), float(n.score or 0.0)) for n in nodes]

    def ask(self, question: str, history: list[dict]) -> Outcome:
        t0 = time.perf_counter()
        found = self._retrieve(question)
        ms = (time.perf_counter() - t0) * 1000
        snap = self.service.index.snapshot
        chunks = [(snap.chunks[i], text) for i, text, _ in found if i in snap.chunks]
        if not chunks:
            return Outcome({"answer": "", "abstained": True, "citations": []}, [], ms)
        top = next(s for i, _, s in found if i in snap.chunks)
        citations = [
            {"id": n + 1, "document": c.doc_id, "page": c.page, "ref": c.ref, "quote": c.text}
            for n, (c, _) in enumerate(chunks)
        ]
        top_text = chunks[0][1].split("\n", 1)[-1] if chunks[0][0].section else chunks[0][1]
        answer = " ".join(top_text.split()) + " [1]"
        ranking = [(_stem(c.doc_id), c.ref) for c, _ in chunks]
        return Outcome({"answer": answer, "abstained": False, "citations": citations, "mode": self.name}, ranking, ms, top)


def baselines(service: AssistantService) -> list[System]:
    return [TopPassage(service, "bm25"), TopPassage(service, "vector"), TopPassage(service, "llama-index")]
