"""How the index scales: generated plans up to 100,000 chunks.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,50000,100000] [--server] [--out benchmarks/results/scale.md]

Documents are generated from the sentences of the sample and real plans (about 100 chunks
a document). Embedding 100,000 chunks would take most of an hour on 2 cores and is not
what is measured here, so a pool of real chunk vectors is embedded once (and cached in
`benchmarks/.cache/`); each generated chunk takes a pool vector plus a little noise.
Measured at each size: the rate of writing documents (chunks per second, vectors
given), resident memory, the time to open the index (a restart), warm `POST /v1/ask`
p50/p95 over the gold questions (query embedding included), and the cost of adding one
more document (with and without embedding its chunks).

`--server` runs the same against a Chroma server (`chroma run`) with two API processes
(`plans serve`) sharing it, asked alternately over HTTP.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "benchmarks" / ".cache"
CHUNKS_PER_DOC = 100
POOL = 3000


def sentences() -> list[str]:
    from ingest.reading import read_document
    from ingest.sentences import split_sentences

    out: list[str] = []
    for folder in (ROOT / "data" / "plans", ROOT / "data" / "real-plans"):
        for f in sorted(folder.iterdir()):
            if f.suffix not in (".txt", ".md", ".pdf") or f.name == "README.md":
                continue
            doc = read_document(f)
            out += [" ".join(doc.text[a:b].split()) for a, b in split_sentences(doc.text)]
    return [s for s in out if 40 <= len(s) <= 400]


def pool_vectors(embedder, texts: list[str]) -> np.ndarray:
    key = hashlib.sha256((embedder.name + "\0" + "\0".join(texts)).encode()).hexdigest()[:16]
    path = CACHE / f"pool-{key}.npy"
    if path.exists():
        return np.load(path)
    CACHE.mkdir(parents=True, exist_ok=True)
    vectors = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
    np.save(path, vectors)
    return vectors


class Generator:
    def __init__(self, embedder, seed: int = 1):
        self.rng = random.Random(seed)
        self.sentences = sentences()
        self.pool = [self._text() for _ in range(POOL)]
        self.vectors = pool_vectors(embedder, self.pool)
        self.n = 0

    def _text(self) -> str:
        return " ".join(self.rng.choice(self.sentences) for _ in range(self.rng.randint(2, 5)))

    def document(self, n_chunks: int = CHUNKS_PER_DOC):
        from plans.index import StoredChunk
        from plans.index.snapshot import DocumentRecord
        from plans.records import DocumentInfo

        self.n += 1
        doc_id = f"generated-plan-{self.n:05d}.txt"
        chunks, vectors = [], []
        for i in range(n_chunks):
            k = self.rng.randrange(POOL)
            text = f"{self.pool[k]} (plan {self.n}, section {i})"
            chunks.append(StoredChunk(id=f"{self.n}-{i}", doc_id=doc_id, kind="passage", text=text, search_text=text,
                                      section=f"Section {i}", page=1 + i // 3, start=0, end=len(text)))
            v = self.vectors[k] + np.asarray([self.rng.gauss(0, 0.02) for _ in range(self.vectors.shape[1])], np.float32)
            vectors.append((v / np.linalg.norm(v)).tolist())
        info = DocumentInfo(id=doc_id, document=doc_id, title=f"Generated plan {self.n}", version=f"v{self.n}",
                            chunks=n_chunks)
        return DocumentRecord(info), chunks, vectors


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def questions() -> list[str]:
    items = [json.loads(l) for l in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines() if l.strip()]
    return [i["question"] for i in items if i.get("lang", "en") == "en"][:60]


def latency(ask, qs: list[str]) -> tuple[float, float]:
    times = []
    for q in qs:
        t = time.perf_counter()
        ask(q)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def embedded_run(sizes: list[int]) -> list[dict]:
    from fastapi.testclient import TestClient

    from assistant.api import create_app
    from assistant.service import AssistantService
    from plans.embedding import load_embedder
    from plans.index import PlanIndex
    from plans.settings import load_settings

    settings = load_settings(index_dir=Path(tempfile.mkdtemp(prefix="plans-scale-")))
    embedder = load_embedder(settings.embed_model)
    gen = Generator(embedder)
    index = PlanIndex(settings, embedder).open()
    rows, total, write_s = [], 0, 0.0
    qs = questions()
    for size in sizes:
        while total < size:
            record, chunks, vectors = gen.document()
            t = time.perf_counter()
            index.add(record, chunks, vectors)
            write_s += time.perf_counter() - t
            total += len(chunks)
            if total % 10_000 == 0:
                print(f"  {total} chunks, {total / write_s:.0f} chunks/s", file=sys.stderr, flush=True)
        index.close()
        t = time.perf_counter()
        index = PlanIndex(settings, embedder).open()
        open_s = time.perf_counter() - t
        service = AssistantService(settings, index)
        embedder._cache_size = 0
        with TestClient(create_app(settings, service)) as client:
            def ask(q):
                r = client.post("/v1/ask", json={"question": q})
                assert r.status_code == 200, r.text
            latency(ask, qs[:10])  # warm up
            p50, p95 = latency(ask, qs)
            record, chunks, vectors = gen.document(30)
            t = time.perf_counter()
            index.add(record, chunks, vectors)
            add_write = time.perf_counter() - t
            record, chunks, _ = gen.document(30)
            t = time.perf_counter()
            vectors = embedder.embed_documents([c.search_text for c in chunks])
            index.add(record, chunks, vectors)
            add_full = time.perf_counter() - t
            total += 60
        rows.append({"chunks": size, "write_chunks_per_s": total / write_s, "rss_mb": rss_mb(), "open_s": open_s,
                     "ask_p50_ms": p50, "ask_p95_ms": p95, "add_one_doc_s": add_write, "add_one_doc_embedded_s": add_full})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        index.close()
        index = PlanIndex(settings, embedder).open()
    index.close()
    return rows


def server_run(sizes: list[int]) -> list[dict]:
    import httpx

    from plans.embedding import load_embedder
    from plans.index import PlanIndex
    from plans.settings import load_settings

    folder = Path(tempfile.mkdtemp(prefix="plans-scale-chroma-"))
    port = _free_port()
    chroma = subprocess.Popen([str(ROOT / ".venv" / "bin" / "chroma"), "run", "--path", str(folder), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, PLANS_CHROMA_HOST="127.0.0.1", PLANS_CHROMA_PORT=str(port), PLANS_COLLECTION="scale")
    apis: list[subprocess.Popen] = []
    try:
        _wait(f"http://127.0.0.1:{port}/api/v2/heartbeat")
        settings = load_settings(chroma_host="127.0.0.1", chroma_port=port, collection="scale")
        embedder = load_embedder(settings.embed_model)
        gen = Generator(embedder)
        index = PlanIndex(settings, embedder).open()
        rows, total, write_s = [], 0, 0.0
        qs = questions()
        for size in sizes:
            while total < size:
                record, chunks, vectors = gen.document()
                t = time.perf_counter()
                index.add(record, chunks, vectors)
                write_s += time.perf_counter() - t
                total += len(chunks)
            for p in apis:
                p.terminate()
            ports = [_free_port(), _free_port()]
            apis = [subprocess.Popen([str(ROOT / ".venv" / "bin" / "plans"), "serve", "--port", str(p)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for p in ports]
            t = time.perf_counter()
            for p in ports:
                _wait(f"http://127.0.0.1:{p}/healthz", timeout=600)
            open_s = time.perf_counter() - t
            urls = [f"http://127.0.0.1:{p}" for p in ports]
            turn = {"i": 0}
            with httpx.Client(timeout=60) as http:
                def ask(q):
                    turn["i"] += 1
                    r = http.post(f"{urls[turn['i'] % 2]}/v1/ask", json={"question": q + " " * (turn["i"] % 7)})
                    assert r.status_code == 200, r.text
                latency(ask, qs[:10])
                p50, p95 = latency(ask, qs)
            record, chunks, vectors = gen.document(30)
            t = time.perf_counter()
            index.add(record, chunks, vectors)
            add_write = time.perf_counter() - t
            total += len(chunks)
            rows.append({"chunks": size, "write_chunks_per_s": total / write_s, "open_s": open_s,
                         "ask_p50_ms": p50, "ask_p95_ms": p95, "add_one_doc_s": add_write})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
        return rows
    finally:
        for p in apis:
            p.terminate()
        chroma.terminate()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not come up")


def table(rows: list[dict], title: str) -> str:
    keys = list(rows[0])
    head = "| " + " | ".join(keys) + " |\n|" + "---|" * len(keys) + "\n"
    body = "".join("| " + " | ".join(f"{r[k]:.3g}" if isinstance(r[k], float) else str(r[k]) for k in keys) + " |\n" for r in rows)
    return f"## {title}\n\n{head}{body}\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="10000,50000,100000")
    p.add_argument("--server", action="store_true", help="also run against a Chroma server with two API processes")
    p.add_argument("--server-only", action="store_true", help="only the run against a Chroma server")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "scale.md")
    args = p.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sizes = [int(s) for s in args.sizes.split(",")]
    text = "# Scale\n\n"
    if not args.server_only:
        text += table(embedded_run(sizes), "Embedded Chroma, one API process (in-process HTTP)")
    if args.server or args.server_only:
        text += table(server_run(sizes), "Chroma server, two API processes over HTTP")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
