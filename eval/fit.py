"""Fit the extractive composer's meaning weights and abstention threshold on the calibration split.

    .venv/bin/python -m eval.fit [--data data/plans] [--dataset eval/dataset.jsonl]

1. The models' similarity scales: the cosine of a question with an ordinary candidate
   sentence (median) and with a sentence that holds its answer (90th percentile), read by
   the sentence model (its `similarity_range`), and the same for retrieved passages read
   by the retrieval model (its `passage_range`), over the calibration items.
2. A grid over the weight of a sentence's and its passage's similarity and over the
   abstention threshold, each setting scored end to end on the calibration items
   (retrieval done once and reused). The best setting is printed with its score on the
   report split, which it was not fitted on.

Nothing is written: the numbers are copied into the code, with the date, by a person.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np

from eval import dataset
from eval.scoring import answerable, score_item
from eval.splits import split_of


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, action="append", help="folder of plans to index (repeatable)")
    p.add_argument("--dataset", type=Path, default=dataset.DEFAULT_PATH)
    p.add_argument("--scale-only", action="store_true", help="only measure the model's similarity scale")
    args = p.parse_args(argv)

    from assistant.answering.extractive import ExtractiveComposer
    from assistant.answering.evidence import passages
    from assistant.conversation import rewrite
    from assistant.models import AskRequest, Turn
    from assistant.service import AssistantService
    from plans.settings import load_settings
    from plans.text import normalize

    folders = args.data or [Path("data/plans")]
    items = dataset.load(args.dataset)
    service = AssistantService.build(load_settings(index_dir=Path(tempfile.mkdtemp(prefix="plans-fit-"))))
    service.ingestor.ingest(folders)
    docs = {Path(d).stem for d in service.index.snapshot.documents}
    items = [i for i in items if not answerable(i) or i.get("doc") in docs]
    calibration = [i for i in items if split_of(i) == "calibration"]
    report = [i for i in items if split_of(i) != "calibration"]
    print(f"{len(calibration)} calibration items, {len(report)} report items, model {service.index.embedder.name}")

    # retrieval once per question: the settings below change only how sentences are chosen
    cache: dict[str, list] = {}
    retrieve = service.retriever.retrieve

    def cached(query: str, k: int = 10, mode: str = "hybrid", documents=None):
        key = (query, k, mode, tuple(sorted(documents or ())))
        if key not in cache:
            cache[key] = retrieve(query, k=k, mode=mode, documents=documents)
        return cache[key]

    service.retriever.retrieve = cached  # type: ignore[method-assign]
    histories: dict[str, list[Turn]] = {}
    for item in items:
        if item.get("followup_of"):
            first = service.ask(AskRequest(question=item["followup_of"]))
            histories[item["id"]] = [Turn(role="user", content=item["followup_of"]),
                                     Turn(role="assistant", content=first.answer)]

    extractive = next(c for c in service.composers if isinstance(c, ExtractiveComposer))
    embedder = extractive.embedder or service.index.embedder  # the model that reads sentences
    print(f"sentences read by {embedder.name}, passages retrieved by {service.index.embedder.name}")

    # 1. the model's similarity scale
    ordinary, holding = [], []
    for item in calibration:
        if not answerable(item) or not item.get("must"):
            continue
        query = rewrite(item["question"], histories.get(item["id"], []))
        qvec = np.asarray(embedder.embed_query(query.text))
        sentences = [s for p in passages(cached(query.search_text)) for s in p.sentences if s.text]
        vectors = extractive._sentence_vectors([s.text for s in sentences])
        for s, v in zip(sentences, vectors):
            cos = float(v @ qvec)
            text = normalize(s.text)
            if all(any(normalize(a) in text for a in group) for group in item["must"]):
                holding.append(cos)
            else:
                ordinary.append(cos)
    lo, hi = statistics.median(ordinary), float(np.percentile(holding, 90)) if holding else max(ordinary)
    print(f"similarity_range = ({lo:.3f}, {hi:.3f})  # median ordinary sentence, 90th pct answer sentence "
          f"({len(ordinary)} / {len(holding)} sentences)")
    embedder.similarity_range = (lo, hi)
    ordinary, holding = [], []
    for item in calibration:
        if not answerable(item) or not item.get("must"):
            continue
        for hit in cached(rewrite(item["question"], histories.get(item["id"], [])).search_text):
            if hit.cosine is None:
                continue
            text = normalize(hit.chunk.text)
            found = all(any(normalize(a) in text for a in group) for group in item["must"])
            (holding if found else ordinary).append(hit.cosine)
    plo, phi = statistics.median(ordinary), float(np.percentile(holding, 90)) if holding else max(ordinary)
    print(f"passage_range = ({plo:.3f}, {phi:.3f})  # {service.index.embedder.name}: median retrieved passage, "
          "90th pct passage with the answer")
    extractive.passage_range = (plo, phi)
    if args.scale_only:
        return 0

    # 2. weights and threshold
    def accuracy(subset: list[dict]) -> float:
        ok = 0
        for item in subset:
            answer = service.ask(AskRequest(question=item["question"], history=histories.get(item["id"], [])))
            ok += score_item(item, answer.model_dump()).correct
        return ok / len(subset) if subset else 0.0

    grid = list(itertools.product((0.0, 0.2, 0.3, 0.4, 0.5), (0.0, 0.1, 0.2), (0.36, 0.40, 0.44, 0.48)))
    results = []
    for sentence_weight, passage_weight, threshold in grid:
        extractive.sentence_weight, extractive.passage_weight, extractive.threshold = (
            sentence_weight, passage_weight, threshold)
        results.append((accuracy(calibration), sentence_weight, passage_weight, threshold))
        print(f"  sentence {sentence_weight:.2f} passage {passage_weight:.2f} threshold {threshold:.2f}: "
              f"{results[-1][0]:.3f}", file=sys.stderr, flush=True)
    best = max(results, key=lambda r: (r[0], -r[1]))  # ties: the least weight on meaning
    _, extractive.sentence_weight, extractive.passage_weight, extractive.threshold = best
    print(f"best on calibration: sentence_weight={best[1]} passage_weight={best[2]} threshold={best[3]} "
          f"-> {best[0]:.3f}; on the report split: {accuracy(report):.3f}")
    service.index.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
