"""How many candidates should the vector index explore per search (`EF_SEARCH`)?

    .venv/bin/python benchmarks/vector_search.py [--index .plans-eval-index] [--ef 256,1000,4000]
                                                 [--out benchmarks/results/vector_search.md]

Over an index of the evaluation's plans (`plans eval` builds `.plans-eval-index`), each
question of `eval/dataset.jsonl` is searched by the HNSW graph with each `ef_search` (on a
copy of the index) and exactly (every stored vector, numpy): recall@10 and recall@30 of
the graph against the exact neighbours, and the search's latency (p50/p95, query embedding
excluded). Run it on two builds of the same plans to see how much the graph varies.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _collection(folder: Path, ef: int | None = None):
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(folder), settings=Settings(anonymized_telemetry=False))
    collection = client.get_collection("plans")
    if ef is not None:
        collection.modify(configuration={"hnsw": {"ef_search": ef}})
    return collection


def measure(folder: Path, ef: int, queries: np.ndarray, exact: list[list[str]]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "index"
        shutil.copytree(folder, copy)
        collection = _collection(copy, ef)
        r10 = r30 = 0.0
        times: list[float] = []
        for q, best in zip(queries, exact):
            t = time.perf_counter()
            got = collection.query(query_embeddings=[q.tolist()], n_results=30, include=[])["ids"][0]
            times.append((time.perf_counter() - t) * 1000)
            r10 += len(set(got[:10]) & set(best[:10])) / 10
            r30 += len(set(got) & set(best)) / 30
    n = len(exact)
    times.sort()
    return {"ef_search": ef, "recall@10": round(r10 / n, 4), "recall@30": round(r30 / n, 4),
            "missed_of_10": round((1 - r10 / n) * n * 10), "p50_ms": round(times[n // 2], 1),
            "p95_ms": round(times[int(n * 0.95)], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=ROOT / ".plans-eval-index")
    parser.add_argument("--ef", default="100,256,1000,2000,4000")
    parser.add_argument("--out", type=Path, default=None, help="write the table to this Markdown file")
    args = parser.parse_args()
    if not (args.index / "chroma.sqlite3").is_file():
        sys.exit(f"no index at {args.index}: build one with `plans --index {args.index} eval`")
    from plans.embedding import load_embedder
    from plans.settings import load_settings

    questions = [json.loads(line)["question"] for line in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines()
                 if line.strip()]
    embedder = load_embedder(load_settings().embed_model)
    queries = np.array(embedder.embed_queries(questions), dtype=np.float32)
    stored = _collection(args.index).get(include=["embeddings"])
    vectors = np.array(stored["embeddings"], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.array(stored["ids"])
    unit = queries / np.linalg.norm(queries, axis=1, keepdims=True)
    exact = [list(ids[np.argsort(-(vectors @ q))[:30]]) for q in unit]
    rows = [measure(args.index, int(ef), queries, exact) for ef in args.ef.split(",")]
    head = list(rows[0])
    table = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    table += ["| " + " | ".join(str(r[h]) for h in head) + " |" for r in rows]
    text = (f"{len(ids)} stored passages, {len(questions)} questions, {args.index.name}\n\n" + "\n".join(table))
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
