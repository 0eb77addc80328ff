"""Which embedding model? Each candidate indexes the same plans and answers the same questions.

    .venv/bin/python benchmarks/embeddings.py [--models minilm,e5,use] [--out benchmarks/results/embeddings.md]

Corpus: the sample plans (`data/plans`) and the real plans (`data/real-plans`). Questions:
the English gold set (`eval/dataset.jsonl`, items about the sample plans), the real
plans' example questions (`data/real-plans/examples.jsonl`: English, French and Dutch,
with pages), and French and Dutch translations of English gold questions about the
sample plans (`benchmarks/data/translated_questions.jsonl`; their answers are the
English originals', since quotes stay in the plan's language).

Per model: load time and memory, embedding throughput while ingesting, query latency,
vector-only retrieval (recall@5 and MRR of the gold document, and of the gold page where
one is given) and end-to-end accuracy of the whole pipeline, per language.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = [ROOT / "data" / "plans", ROOT / "data" / "real-plans"]


def load_items() -> list[dict]:
    gold = [json.loads(l) for l in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines() if l.strip()]
    by_id = {i["id"]: i for i in gold}
    items = [dict(i, lang=i.get("lang", "en"), set="gold-en") for i in gold
             if not i.get("followup_of") and i.get("split") != "real-examples" and i.get("lang", "en") == "en"]
    for line in (ROOT / "data" / "real-plans" / "examples.jsonl").read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            lang = item["doc"].split("-")[1]
            items.append(dict(item, lang=lang, set="real-examples"))
    for line in (ROOT / "benchmarks" / "data" / "translated_questions.jsonl").read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            original = by_id[item["id"].split("-", 1)[1]]
            items.append(dict(original, id=item["id"], question=item["question"], lang=item["lang"], set="translated"))
    return items


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rank_of(hits, snapshot, item) -> int | None:
    for r, (cid, _) in enumerate(hits, start=1):
        chunk = snapshot.chunks[cid]
        if Path(chunk.doc_id).stem != item["doc"]:
            continue
        if item.get("page") and chunk.page != item["page"]:
            continue
        return r
    return None


def run_model(name: str, items: list[dict]) -> dict:
    from assistant.models import AskRequest
    from assistant.service import AssistantService
    from eval.scoring import answerable, score_item
    from plans.embedding import load_embedder
    from plans.index import PlanIndex
    from plans.settings import load_settings

    before = rss_mb()
    t0 = time.perf_counter()
    embedder = load_embedder(name)
    load_s = time.perf_counter() - t0
    settings = load_settings(index_dir=Path(tempfile.mkdtemp(prefix=f"bench-{name}-")), embed_model=name)
    service = AssistantService(settings, PlanIndex(settings, embedder).open())
    t0 = time.perf_counter()
    embed_s = 0.0
    n_chunks = 0
    for folder in CORPUS:
        files, _ = __import__("ingest.pipeline", fromlist=["expand"]).expand([folder])
        for f in files:
            try:
                prepared = service.ingestor.prepare(f)
            except Exception as exc:  # noqa: BLE001 - a file the readers refuse is left out of every model's run
                print(f"  {name}: skipped {f.name}: {exc}", file=sys.stderr)
                continue
            t = time.perf_counter()
            service.ingestor.store(prepared)
            embed_s += time.perf_counter() - t
            n_chunks += len(prepared.chunks)
    ingest_s = time.perf_counter() - t0
    snap = service.index.snapshot

    per: dict[str, dict[str, list[float]]] = {}
    latencies = []
    for item in items:
        key = f"{item['set']}/{item['lang']}"
        bucket = per.setdefault(key, {"recall@5": [], "mrr": [], "end_to_end": []})
        if answerable(item):
            embedder.clear_cache()
            t = time.perf_counter()
            hits = service.index.vector_search(item["question"], 10)
            latencies.append((time.perf_counter() - t) * 1000)
            r = rank_of(hits, snap, item)
            bucket["recall@5"].append(float(r is not None and r <= 5))
            bucket["mrr"].append(1.0 / r if r else 0.0)
        answer = service.ask(AskRequest(question=item["question"])).model_dump()
        bucket["end_to_end"].append(float(score_item(item, answer).correct))
    service.index.close()
    return {
        "model": embedder.name,
        "load_s": load_s,
        "memory_mb": rss_mb() - before,
        "chunks": n_chunks,
        "chunks_per_s": n_chunks / embed_s if embed_s else 0.0,
        "ingest_s": ingest_s,
        "query_ms_p50": statistics.median(latencies) if latencies else 0.0,
        "by_set": {k: {m: (statistics.mean(v) if v else None, len(v)) for m, v in d.items()} for k, d in sorted(per.items())},
    }


def report(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["# Embedding models compared", "",
             "| | " + " | ".join(results[n]["model"] for n in names) + " |", "|---|" + "---|" * len(names)]
    for label, key, fmt in [("load (s)", "load_s", "{:.1f}"), ("memory added (MB, max RSS)", "memory_mb", "{:.0f}"),
                            ("chunks embedded per s (ingest)", "chunks_per_s", "{:.1f}"),
                            ("ingest of both corpora (s)", "ingest_s", "{:.0f}"), ("query vector search p50 (ms)", "query_ms_p50", "{:.1f}")]:
        lines.append(f"| {label} | " + " | ".join(fmt.format(results[n][key]) for n in names) + " |")
    sets = sorted({k for n in names for k in results[n]["by_set"]})
    for metric in ("recall@5", "mrr", "end_to_end"):
        for s in sets:
            cells = []
            for n in names:
                value, count = results[n]["by_set"].get(s, {}).get(metric, (None, 0))
                cells.append("–" if value is None else f"{value:.2f}")
            count = results[names[0]]["by_set"].get(s, {}).get(metric, (None, 0))[1]
            lines.append(f"| {metric} {s} (n={count}) | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--models", default="minilm,e5,use")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "embeddings.md")
    args = p.parse_args()
    items = load_items()
    results = {}
    for name in args.models.split(","):
        print(f"model {name} ...", file=sys.stderr, flush=True)
        results[name] = run_model(name, items)
        print(json.dumps(results[name], indent=1), file=sys.stderr, flush=True)
    text = report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
