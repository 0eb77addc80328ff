"""Speed, measured: ingestion time of data/plans on a fresh index, and warm POST /v1/ask
latency (p50/p95) and throughput over the dev questions, through real HTTP (uvicorn on
loopback). Prints a table; writes nothing. Usage: python benchmarks/bench.py [--rounds N]"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    k = (len(v) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=5, help="timed passes over the dev questions (default 5)")
    ap.add_argument("--concurrency", type=int, default=4, help="clients for the throughput run (default 4)")
    args = ap.parse_args()

    import httpx
    import uvicorn

    from assistant.api import create_app
    from assistant.service import AssistantService
    from plans.settings import load_settings

    questions = [json.loads(l)["question"] for l in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines()
                 if l.strip() and json.loads(l).get("split") == "dev" and json.loads(l).get("lang", "en") == "en"]
    tmp = Path(tempfile.mkdtemp(prefix="plans-bench-"))
    try:
        t0 = time.perf_counter()
        service = AssistantService.build(load_settings(index_dir=tmp))
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = service.ingestor.ingest([ROOT / "data" / "plans"])
        ingest_s = time.perf_counter() - t0
        chunks = sum(r.chunks for r in summary.results)

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(service.settings, service), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/v1/ask"
        with httpx.Client(timeout=30) as client:
            for q in questions:  # warm-up: caches, lazy imports, first-call costs
                client.post(url, json={"question": q}).raise_for_status()
            lat = []
            seq_s = 0.0
            for _ in range(args.rounds):
                for q in questions:
                    service.index.embedder.clear_cache()  # measure real query embedding, not the cache
                    t = time.perf_counter()
                    client.post(url, json={"question": q}).raise_for_status()
                    lat.append((time.perf_counter() - t) * 1000)
                    seq_s += lat[-1] / 1000

        service.index.embedder.clear_cache()
        service.index.embedder._cache_size = 0  # no cache hits in the throughput run either

        def worker(batch: list[str]) -> None:
            with httpx.Client(timeout=30) as c:
                for q in batch:
                    c.post(url, json={"question": q}).raise_for_status()

        batches = [questions * args.rounds for _ in range(args.concurrency)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(worker, batches))
        conc_s = time.perf_counter() - t0
        server.should_exit = True
        thread.join(timeout=10)
        service.index.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    n = len(lat)
    print(f"cpu cores: {os.cpu_count()}")
    print(f"model load:            {load_s:6.1f} s")
    print(f"ingest data/plans:     {ingest_s:6.1f} s  ({len(summary.results)} documents, {chunks} chunks, "
          f"{chunks / ingest_s:.1f} chunks/s)")
    print(f"POST /v1/ask (warm server, query-embedding cache cleared; {n} requests over {len(questions)} dev questions, 1 client):")
    print(f"  p50 {statistics.median(lat):6.1f} ms   p95 {pct(lat, 0.95):6.1f} ms   max {max(lat):6.1f} ms   "
          f"throughput {n / seq_s:5.1f} req/s")
    total = len(questions) * args.rounds * args.concurrency
    print(f"  {args.concurrency} clients: throughput {total / conc_s:5.1f} req/s")


if __name__ == "__main__":
    main()
