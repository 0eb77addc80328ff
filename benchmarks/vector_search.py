"""How many candidates should the vector index explore per search (`EF_SEARCH`)?

    .venv/bin/python benchmarks/vector_search.py [--index .plans-eval-index] [--ef 256,1000,4000]
                                                 [--out benchmarks/results/vector_search.md]

Over an index of the evaluation's plans (`plans eval` builds `.plans-eval-index`), each
question of `eval/dataset.jsonl` is searched by the HNSW graph with each `ef_search` (on a
copy of the index) and exactly (every stored vector, numpy): recall@10 and recall@30 of
the graph against the exact neighbours, and the search's latency (p50/p95, query embedding
excluded). Run it on two builds of the same plans to see how much the graph varies.

`--scale 100000` measures instead what the setting costs on a larger index: that many
vectors (the index's own, each with a little noise) written to a new collection per
`ef_search`, then 200 searches: writing speed and search latency.
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


def scale(folder: Path, efs: list[int], n: int) -> list[dict]:
    import chromadb
    from chromadb.config import Settings

    pool = np.array(_collection(folder).get(include=["embeddings"])["embeddings"], dtype=np.float32)
    rng = np.random.default_rng(0)
    vectors = pool[rng.integers(0, len(pool), n)] + rng.normal(0, 0.01, (n, pool.shape[1])).astype(np.float32)
    queries = pool[rng.integers(0, len(pool), 200)]
    rows = []
    for ef in efs:
        with tempfile.TemporaryDirectory() as tmp:
            client = chromadb.PersistentClient(path=tmp, settings=Settings(anonymized_telemetry=False))
            collection = client.create_collection("bench", embedding_function=None,
                                                  configuration={"hnsw": {"space": "cosine", "ef_search": ef}})
            t = time.perf_counter()
            for i in range(0, n, 1000):
                collection.add(ids=[str(j) for j in range(i, min(n, i + 1000))], embeddings=vectors[i : i + 1000].tolist())
            written = time.perf_counter() - t
            times = []
            for q in queries:
                t = time.perf_counter()
                collection.query(query_embeddings=[q.tolist()], n_results=30, include=[])
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        rows.append({"ef_search": ef, "vectors": n, "write_per_s": round(n / written), "p50_ms": round(times[100], 1),
                     "p95_ms": round(times[190], 1)})
    return rows


def _table(rows: list[dict]) -> str:
    head = list(rows[0])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(str(r[h]) for h in head) + " |" for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, default=ROOT / ".plans-eval-index")
    parser.add_argument("--ef", default="100,256,1000,2000,4000")
    parser.add_argument("--out", type=Path, default=None, help="write the table to this Markdown file")
    parser.add_argument("--scale", type=int, default=0, help="measure writing and searching this many vectors instead")
    args = parser.parse_args()
    if not (args.index / "chroma.sqlite3").is_file():
        sys.exit(f"no index at {args.index}: build one with `plans --index {args.index} eval`")
    if args.scale:
        print(_table(scale(args.index, [int(ef) for ef in args.ef.split(",")], args.scale)))
        return
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
    text = f"{len(ids)} stored passages, {len(questions)} questions, {args.index.name}\n\n" + _table(rows)
    print(text)
    if args.out:
        args.out.write_text(text + "\n")


if __name__ == "__main__":
    main()
