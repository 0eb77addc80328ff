"""Measure the table and reverse questions of `data/real-plans/examples.jsonl`.

Ingests only the real plans those questions need into a temporary index (the real model,
a real Chroma), asks every question through the service, and scores each answer with
`eval.scoring.score_item`. Usage:

    .venv/bin/python -m eval.real_plans [--categories table reverse] [--docs STEM ...] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS = ROOT / "data" / "real-plans"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--categories", nargs="+", default=["table", "reverse"])
    p.add_argument("--docs", nargs="+", help="only the questions of these plans (file stems)")
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args(argv)

    from assistant.models import AskRequest
    from assistant.service import AssistantService
    from eval.scoring import score_item
    from plans.settings import load_settings

    items = [json.loads(line) for line in (PLANS / "examples.jsonl").read_text().splitlines() if line.strip()]
    items = [i for i in items if i["category"] in args.categories and (not args.docs or i["doc"] in args.docs)]
    stems = sorted({i["doc"] for i in items})
    files = [f for f in PLANS.iterdir() if f.stem in stems]
    with tempfile.TemporaryDirectory(prefix="real-plans-") as tmp:
        service = AssistantService.build(load_settings(index_dir=Path(tmp)))
        summary = service.ingestor.ingest(files)
        for r in summary.results:
            print(f"  {r.document}: {r.status}, {r.chunks} chunks, {r.commitments} commitments"
                  + (f" ({r.error})" if r.error else ""))
        right: Counter[str] = Counter()
        total: Counter[str] = Counter()
        for item in items:
            answer = service.ask(AskRequest(question=item["question"])).model_dump()
            verdict = score_item(item, answer)
            total[item["category"]] += 1
            right[item["category"]] += verdict.correct
            mark = "ok " if verdict.correct else "BAD"
            print(f"{mark} {item['id']}: {'; '.join(verdict.reasons)}")
            if args.verbose or not verdict.correct:
                print(f"      Q: {item['question']}\n      A: {answer['answer'][:400]}")
                for c in answer["citations"][:3]:
                    print(f"      [{c['id']}] p.{c['page']} ref={c['ref']} {c['quote'][:100]!r}")
        service.index.close()
    for cat in args.categories:
        print(f"{cat}: {right[cat]} of {total[cat]} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
