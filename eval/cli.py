"""`plans eval`: the evaluation gate. Builds a fresh index of data/plans (or uses --index),
runs the gold set through the pipeline and the baselines, writes the report, compares with
the checked-in baseline report and exits 1 when a threshold is not met."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

from plans.errors import PlansError

HERE = Path(__file__).resolve().parent
LLM_SYSTEM = "pipeline-llm"
GATED = ["end_to_end", "answer_accuracy", "citation_accuracy", "abstention_precision", "abstention_recall",
         "recall@5", "mrr"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dataset", type=Path, default=HERE / "dataset.jsonl", help="gold set (default eval/dataset.jsonl)")
    p.add_argument("--data", type=Path, help="folder of plans to index (default: $PLANS_DATA_DIR or data/plans)")
    p.add_argument("--out", type=Path, default=Path("eval/reports/latest"), help="report folder")
    p.add_argument("--baseline", type=Path, default=Path("eval/reports/baseline.json"), help="report to compare with")
    p.add_argument("--save-baseline", action="store_true", help="also write this run's report.json as the baseline")
    p.add_argument("--thresholds", type=Path, default=HERE / "thresholds.toml")
    p.add_argument("--no-baselines", action="store_true", help="evaluate the pipeline only (faster)")
    p.add_argument("--category", help="only the items of this category")
    p.add_argument("--llm", action="store_true",
                   help="also run the pipeline with the language model of PLANS_LLM_* and report it beside the "
                        "extractive one (the thresholds gate the extractive pipeline)")
    for m in GATED + ["margin_over_baselines"]:
        p.add_argument(f"--min-{m.replace('_', '-').replace('@', '-at-')}", type=float, dest=f"min_{m}", help=f"override the threshold for {m}")
    p.add_argument("--max-false-abstention-rate", type=float, dest="max_false_abstention_rate")
    p.add_argument("--max-p95-ms", type=float, dest="max_p95_ms")


def run(args) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from assistant.service import AssistantService
    from eval import dataset, report
    from eval.runner import evaluate
    from eval.systems import Pipeline, baselines
    from cli.progress import ingest_with_progress
    from plans.settings import load_settings

    console = Console(stderr=True)
    items = dataset.load(args.dataset)
    if args.category:
        items = [i for i in items if i.get("category") == args.category]
        if not items:
            raise PlansError(f"no items of category '{args.category}' in {args.dataset}")
    limits = thresholds(args)
    tmp = None
    if args.index:
        settings = load_settings(index_dir=args.index, llm_base_url=None)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="plans-eval-"))
        settings = load_settings(index_dir=tmp, llm_base_url=None)
    llm_settings = load_settings(index_dir=settings.index_dir) if args.llm else None
    if llm_settings is not None and not llm_settings.llm_enabled:
        raise PlansError("--llm needs PLANS_LLM_BASE_URL (and PLANS_LLM_MODEL) naming a model server")
    try:
        console.print("Loading the embedding model…")
        service = AssistantService.build(settings)
        data_dir = args.data or settings.data_dir
        if not service.index.snapshot.documents or not args.index:
            summary = ingest_with_progress(service.ingestor, [data_dir], console)
            if summary.failed:
                raise PlansError(f"{len(summary.failed)} file(s) of {data_dir} failed to ingest")
        pipelines = [Pipeline(service)]
        if llm_settings is not None:
            pipelines.append(Pipeline(AssistantService(llm_settings, service.index), name=LLM_SYSTEM))
        systems = pipelines + ([] if args.no_baselines else baselines(service))
        reports = []
        with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
            for system in systems:
                task = bar.add_task(system.name, total=len(items))
                reports.append(evaluate(system, items, progress=lambda: bar.advance(task)))
        for pipeline in pipelines:
            pipeline.close()
        data, comparison = report.write(reports, items, args.out, args.baseline)
        if args.save_baseline:
            args.baseline.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.out / "report.json", args.baseline)
    finally:
        if tmp:
            service_index = locals().get("service")
            if service_index is not None:
                service_index.index.close()
            shutil.rmtree(tmp, ignore_errors=True)

    print((args.out / "report.md").read_text().split("## Failures")[0])
    print(f"report: {args.out}/report.md, report.json, accuracy_by_category.png", file=sys.stderr)
    failed = check(data, limits)
    for line in failed:
        print(f"FAIL {line}")
    if failed:
        return 1
    print("PASS all thresholds")
    return 0


def thresholds(args) -> dict[str, dict[str, float]]:
    try:
        data = tomllib.loads(Path(args.thresholds).read_text())
    except FileNotFoundError:
        raise PlansError(f"{args.thresholds}: no such thresholds file") from None
    except tomllib.TOMLDecodeError as exc:
        raise PlansError(f"{args.thresholds}: not valid TOML ({exc})") from None
    lo = {k: float(v) for k, v in data.get("min", {}).items()}
    hi = {k: float(v) for k, v in data.get("max", {}).items()}
    for m in GATED + ["margin_over_baselines"]:
        v = getattr(args, f"min_{m}", None)
        if v is not None:
            lo[m] = v
    for m in ("false_abstention_rate", "p95_ms"):
        v = getattr(args, f"max_{m}", None)
        if v is not None:
            hi[m] = v
    return {"min": lo, "max": hi}


def check(data: dict, limits: dict[str, dict[str, float]]) -> list[str]:
    systems = data["systems"]
    mine = systems["pipeline"]["metrics"]
    failed = []
    for m, v in limits["min"].items():
        if m == "margin_over_baselines":
            for name, s in systems.items():
                if name not in ("pipeline", LLM_SYSTEM) and mine["end_to_end"] - s["metrics"]["end_to_end"] < v:
                    failed.append(f"end_to_end {mine['end_to_end']:.3f} does not beat {name} "
                                  f"({s['metrics']['end_to_end']:.3f}) by {v}")
        elif mine.get(m) is not None and mine[m] < v:
            failed.append(f"{m} {mine[m]:.3f} < minimum {v}")
    for m, v in limits["max"].items():
        if mine.get(m) is not None and mine[m] > v:
            failed.append(f"{m} {mine[m]:.3f} > maximum {v}")
    return failed
