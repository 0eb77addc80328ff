"""Load, measured against a live `plans serve` on loopback: N clients asking the dev questions
for T seconds, and/or U uploaders adding documents (different ones, and one identical file
all at once) for T seconds. Reports requests, errors (5xx and dropped connections), 4xx,
p50/p95/max latency and throughput per kind, then checks the index is consistent (every
uploaded document listed and answerable). A benchmark, not a test: it asserts nothing but
exits 1 when there were errors.

    python benchmarks/load.py --clients 50 --seconds 60
    python benchmarks/load.py --uploaders 4 --seconds 90
    python benchmarks/load.py --clients 8 --uploaders 2 --seconds 30 --url http://127.0.0.1:8000

Without --url it indexes data/plans into a temporary folder and starts its own server on a
free loopback port (stopped at the end). Bounded: at most 200 clients, 16 uploaders, 600 s;
only loopback addresses are accepted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_CLIENTS, MAX_UPLOADERS, MAX_SECONDS = 200, 16, 600


@dataclass
class Tally:
    """Latencies and outcomes of one kind of request, shared by its threads."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # 5xx and dropped connections
    rejected: int = 0  # 4xx
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, status: int, detail: str = "") -> None:
        with self.lock:
            self.latencies.append(seconds * 1000)
            if status >= 500 or status == 0:
                self.errors.append(f"{status} {detail[:160]}")
            elif status >= 400:
                self.rejected += 1

    def line(self, kind: str, seconds: float) -> str:
        lat = sorted(self.latencies)
        if not lat:
            return f"{kind:8} no requests"
        return (f"{kind:8} {len(lat):6d} req  {len(self.errors):4d} errors  {self.rejected:4d} 4xx   "
                f"p50 {statistics.median(lat):8.1f} ms  p95 {pct(lat, 0.95):8.1f} ms  max {lat[-1]:8.1f} ms  "
                f"{len(lat) / seconds:6.1f} req/s")


def pct(values: list[float], p: float) -> float:
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def timed(client, tally: Tally, method: str, path: str, **kwargs):
    import httpx

    t = time.perf_counter()
    try:
        r = client.request(method, path, **kwargs)
    except httpx.HTTPError as exc:
        tally.record(time.perf_counter() - t, 0, repr(exc))
        return None
    tally.record(time.perf_counter() - t, r.status_code, r.text)
    return r


def asker(url: str, questions: list[str], deadline: float, tally: Tally, offset: int) -> None:
    import httpx

    with httpx.Client(base_url=url, timeout=300) as client:
        i = offset
        while time.monotonic() < deadline:
            timed(client, tally, "POST", "/v1/ask", json={"question": questions[i % len(questions)]})
            i += 1


def plan_text(name: str, n: int) -> bytes:
    body = "\n\n".join(f"Measure {i} of the {name} programme repairs {i + n % 7} footbridges in district {i}."
                       for i in range(1, 15))
    return (f"# The {name.title()} Plan\n\n## Funding\n\nThe {name} fund was set at {10 + n} million euro.\n\n"
            f"## Measures\n\n{body}\n").encode()


def uploader(url: str, who: int, deadline: float, tally: Tally, uploaded: dict[str, int]) -> None:
    """Uploads its own documents (a new one, then a new version of it) and, every third
    upload, the file every uploader sends at the same moment."""
    import httpx

    shared = plan_text("common", 0)
    with httpx.Client(base_url=url, timeout=600) as client:
        n = 0
        while time.monotonic() < deadline:
            n += 1
            if n % 3 == 0:
                name, content = "common.md", shared
            else:
                word = f"load{who}x{(n + 1) // 2}"  # two versions of each name
                name, content = f"{word}.md", plan_text(word, n)
            r = timed(client, tally, "POST", "/v1/documents", files={"file": (name, content, "text/markdown")})
            if r is not None and r.status_code == 201:
                with tally.lock:
                    uploaded[name] = 10 + (0 if name == "common.md" else n)


def check_consistency(url: str, uploaded: dict[str, int]) -> list[str]:
    """Every uploaded document listed, and the last version of each answerable."""
    import httpx

    problems = []
    with httpx.Client(base_url=url, timeout=300) as client:
        listed = {d["document"]: d for d in client.get("/v1/documents").json()["items"]}
        for name, amount in sorted(uploaded.items()):
            if name not in listed:
                problems.append(f"{name}: uploaded but not listed")
                continue
            word = name.removesuffix(".md")
            answer = client.post("/v1/ask", json={"question": f"How much money is in the {word} fund?"}).json()
            if f"{amount} million euro" not in answer.get("answer", ""):
                problems.append(f"{name}: not answerable ({answer.get('answer', '')[:80]!r})")
    return problems


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index: Path) -> tuple[subprocess.Popen, str]:
    """`plans ingest data/plans` into `index`, then `plans serve` on a free loopback port."""
    import httpx

    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
               PLANS_INDEX_DIR=str(index))
    cli = [sys.executable, "-m", "cli"]
    subprocess.run([*cli, "ingest", str(ROOT / "data" / "plans")], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"load: the server exited with {server.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return server, url
        except httpx.HTTPError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("load: the server did not start within 300 s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=0, help=f"clients asking questions (0-{MAX_CLIENTS})")
    ap.add_argument("--uploaders", type=int, default=0, help=f"clients uploading documents (0-{MAX_UPLOADERS})")
    ap.add_argument("--seconds", type=float, default=30, help=f"how long (1-{MAX_SECONDS})")
    ap.add_argument("--url", help="a running API on loopback (default: start one over data/plans)")
    args = ap.parse_args()
    if not (0 <= args.clients <= MAX_CLIENTS and 0 <= args.uploaders <= MAX_UPLOADERS
            and 1 <= args.seconds <= MAX_SECONDS and args.clients + args.uploaders > 0):
        ap.error(f"need 1-{MAX_CLIENTS} --clients and/or 1-{MAX_UPLOADERS} --uploaders, 1-{MAX_SECONDS} --seconds")
    if args.url and urlparse(args.url).hostname not in LOOPBACK:
        ap.error("--url must be a loopback address (127.0.0.1, localhost, ::1)")

    questions = [json.loads(l)["question"] for l in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines()
                 if l.strip() and json.loads(l).get("split") == "dev"]
    tmp = Path(tempfile.mkdtemp(prefix="plans-load-"))
    server = None
    try:
        if args.url:
            url = args.url.rstrip("/")
        else:
            print("indexing data/plans and starting `plans serve` on loopback…", file=sys.stderr)
            server, url = start_server(tmp / "index")
        asks, uploads, uploaded = Tally(), Tally(), {}
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=asker, args=(url, questions, deadline, asks, i * 7))
                   for i in range(args.clients)]
        threads += [threading.Thread(target=uploader, args=(url, i, deadline, uploads, uploaded))
                    for i in range(args.uploaders)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - t0
        print(f"{args.clients} client(s), {args.uploaders} uploader(s), {args.seconds:.0f} s "
              f"(ran {elapsed:.1f} s, {os.cpu_count()} CPU(s)):")
        if args.clients:
            print("  " + asks.line("ask", elapsed))
        if args.uploaders:
            print("  " + uploads.line("upload", elapsed))
        problems = check_consistency(url, uploaded) if uploaded else []
        if args.uploaders:
            print(f"  consistency: {len(uploaded)} document(s) uploaded, "
                  f"{'all listed and answerable' if not problems else '; '.join(problems[:5])}")
        for e in (asks.errors + uploads.errors)[:5]:
            print(f"  error: {e}")
        return 1 if asks.errors or uploads.errors or problems else 0
    finally:
        if server is not None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
