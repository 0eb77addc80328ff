"""`plans eval`: the evaluation gate. Builds one fresh index of the data folders (data/plans
and data/real-plans unless --data says otherwise; or uses --index), runs the gold set through
the pipeline and the baselines, writes the report, compares with the checked-in baseline
report and exits 1 when a gate of eval/thresholds.toml is not met.

Items are split by id into `calibration` (where thresholds may be fitted: the baselines'
abstention thresholds are) and `report` (what is reported and gated); results are broken
down by subset (the data folder holding the item's document) and by language.
`--calibrate` instead prints the pipeline's best abstention threshold on the calibration split.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from plans.errors import PlansError

HERE = Path(__file__).resolve().parent
REAL_PLANS = HERE.parent / "data" / "real-plans"
LLM_SYSTEM = "pipeline-llm"
GATED = ["end_to_end", "answer_accuracy", "citation_accuracy", "abstention_precision", "abstention_recall",
         "recall@5", "mrr"]
PRIMARY = "subset:plans"  # the scope that [min] / [max] and the --min-* options gate, unless the file says otherwise


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dataset", type=Path, default=HERE / "dataset.jsonl", help="gold set (default eval/dataset.jsonl)")
    p.add_argument("--data", type=Path, action="append",
                   help="folder of plans to index; may be repeated (default: $PLANS_DATA_DIR or data/plans, and data/real-plans)")
    p.add_argument("--out", type=Path, default=Path("eval/reports/latest"), help="report folder")
    p.add_argument("--baseline", type=Path, default=Path("eval/reports/baseline.json"), help="report to compare with")
    p.add_argument("--save-baseline", action="store_true", help="also write this run's report.json as the baseline")
    p.add_argument("--thresholds", type=Path, default=HERE / "thresholds.toml")
    p.add_argument("--no-baselines", action="store_true", help="evaluate the pipeline only (faster)")
    p.add_argument("--category", help="only the items of this category")
    p.add_argument("--llm", action="store_true",
                   help="also run the pipeline with the language model of PLANS_LLM_* and report it beside the "
                        "extractive one (the thresholds gate the extractive pipeline)")
    p.add_argument("--calibrate", action="store_true",
                   help="print the pipeline's abstention threshold that maximises end-to-end correctness on the calibration split")
    for m in GATED + ["margin_over_baselines"]:
        p.add_argument(f"--min-{m.replace('_', '-').replace('@', '-at-')}", type=float, dest=f"min_{m}", help=f"override the threshold for {m}")
    p.add_argument("--max-false-abstention-rate", type=float, dest="max_false_abstention_rate")
    p.add_argument("--max-p95-ms", type=float, dest="max_p95_ms")


def run(args) -> int:
    from rich.console import Console

    from assistant.service import AssistantService
    from eval import dataset
    from plans.settings import load_settings

    console = Console(stderr=True)
    items = dataset.load(args.dataset)
    if args.category:
        items = [i for i in items if i.get("category") == args.category]
        if not items:
            raise PlansError(f"no items of category '{args.category}' in {args.dataset}")
    gates = thresholds(args)
    tmp = None
    if getattr(args, "index", None):
        settings = load_settings(index_dir=args.index, llm_base_url=None)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="plans-eval-"))
        settings = load_settings(index_dir=tmp, llm_base_url=None)
    llm_settings = load_settings(index_dir=settings.index_dir) if getattr(args, "llm", False) else None
    if llm_settings is not None and not llm_settings.llm_enabled:
        raise PlansError("--llm needs PLANS_LLM_BASE_URL (and PLANS_LLM_MODEL) naming a model server")
    service = None
    try:
        console.print("Loading the embedding model…")
        service = AssistantService.build(settings)
        folders = args.data or [settings.data_dir] + ([REAL_PLANS] if REAL_PLANS.is_dir() else [])
        corpus = index_folders(service, folders, items, console)
        items = corpus.keep(items, console)
        if args.calibrate:
            return calibrate(service, items, console)
        with_llm = AssistantService(llm_settings, service.index) if llm_settings is not None else None
        data = evaluate_all(service, items, corpus, args.no_baselines, console, with_llm)
        from eval import report

        report.write(data, args.out, args.baseline)
        if args.save_baseline:
            args.baseline.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(args.out / "report.json", args.baseline)
    finally:
        if service is not None:
            service.index.close()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    print((args.out / "report.md").read_text().split("## Failures")[0])
    print(f"report: {args.out}/report.md, report.json, accuracy_by_category.png", file=sys.stderr)
    failed = check(data, gates)
    for line in failed:
        print(f"FAIL {line}")
    if failed:
        return 1
    print("PASS all thresholds")
    return 0


@dataclass
class Corpus:
    """What was indexed: where each document lives, and the documents that could not be."""

    homes: dict[str, str]  # document stem -> data folder name
    default: str  # the subset of items that name no document
    ingestion: list[dict]
    missing: dict[str, str]  # document stem -> why it is not in the index

    def subset(self, item: dict) -> str:
        from eval.splits import subset_of

        return subset_of(item, self.homes, self.default)

    def keep(self, items: list[dict], console) -> list[dict]:
        """The items whose documents are in the data folders (indexed or not)."""
        kept = [i for i in items if not i.get("doc") or i["doc"] in self.homes]
        if len(kept) < len(items):
            console.print(f"{len(items) - len(kept)} item(s) left out: their documents are in none of the data folders")
        return kept


def index_folders(service, folders: list[Path], items: list[dict], console) -> Corpus:
    """Ingest every plan of the folders into the service's index; failures are reported."""
    from eval import ingesting

    named = {d for i in items for d in [i.get("doc"), *i.get("docs", [])] if d}
    found = ingesting.collect(folders, named)

    def show(r) -> None:
        if r.status == "failed":
            console.print(f"[red]failed[/red] {r.error}", highlight=False)
        else:
            console.print(f"{r.status:9} {r.document} ({r.chunks} chunks, {r.seconds:.1f} s)", highlight=False)

    summary = ingesting.ingest(service.ingestor, found.files, show)
    console.print(f"Ingestion: {len(summary.results) - len(summary.failed)} document(s) indexed, "
                  f"{len(summary.failed)} failed, {summary.seconds:.0f} s")
    failures = {Path(r.document).stem: r.error or "failed" for r in summary.failed}
    missing = ingesting.missing_documents([i for i in items if not i.get("doc") or i["doc"] in found.homes],
                                          service.index.snapshot.documents, failures)
    ingestion = [{"document": r.document, "status": r.status, "pages": r.pages, "chunks": r.chunks,
                  "seconds": round(r.seconds, 1), "error": r.error} for r in summary.results]
    return Corpus(found.homes, Path(folders[0]).name, ingestion, missing)


def scopes_of(items: list[dict], corpus: Corpus) -> dict[str, list[dict]]:
    """The groups every system is scored on: the splits, then subsets and languages of the
    main split (report, or holdout when the set has no report items)."""
    from eval.splits import CALIBRATION, HOLDOUT, REPORT, group, lang_of, split_of

    splits = group(items, split_of)
    main = REPORT if splits.get(REPORT) else HOLDOUT
    scopes = {s: splits.get(s, []) for s in (REPORT, CALIBRATION, HOLDOUT)}
    scopes.update({f"subset:{k}": v for k, v in group(scopes[main], corpus.subset).items()})
    scopes.update({f"lang:{k}": v for k, v in group(scopes[main], lang_of).items()})
    return {k: v for k, v in scopes.items() if v}


def evaluate_all(service, items: list[dict], corpus: Corpus, no_baselines: bool, console, with_llm=None) -> dict:
    """Run every system, fit the baselines' abstention thresholds on the calibration split,
    score every scope; the report's data. `with_llm`, a service with a language model, is
    run beside the extractive pipeline (and, like it, never re-thresholded)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from eval import calibrate as cal
    from eval import report, runner
    from eval.splits import CALIBRATION
    from eval.systems import Pipeline, baselines

    scopes = scopes_of(items, corpus)
    pipeline = Pipeline(service)
    pipelines = [pipeline] + ([Pipeline(with_llm, name=LLM_SYSTEM)] if with_llm is not None else [])
    systems = pipelines + ([] if no_baselines else baselines(service))
    reports = []
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), console=console) as bar:
        for system in systems:
            task = bar.add_task(system.name, total=len(items))
            outcomes = runner.run(system, items, progress=lambda: bar.advance(task))
            threshold = None
            if system not in pipelines and scopes.get(CALIBRATION):
                threshold = cal.best_threshold(cal.points_of(scopes[CALIBRATION], outcomes)).threshold
                outcomes = cal.abstaining(outcomes, threshold)
            reports.append(runner.evaluate(system.name, outcomes, scopes, threshold))
    for p in pipelines:
        p.close()
    return report.to_json(reports, items, corpus, {k: len(v) for k, v in scopes.items()})


def calibrate(service, items: list[dict], console) -> int:
    """Run the pipeline with its confidence gate open on the calibration split and print the
    threshold that maximises end-to-end correctness there."""
    from assistant.service import AssistantService, default_composers
    from eval import calibrate as cal
    from eval import runner
    from eval.splits import CALIBRATION, split_of
    from eval.systems import Pipeline

    fit = [i for i in items if split_of(i) == CALIBRATION]
    if not fit:
        raise PlansError("no calibration items in the dataset")
    opened = AssistantService(service.settings.model_copy(update={"min_confidence": -1.0}), service.index)
    pipeline = Pipeline(opened)
    outcomes = runner.run(pipeline, fit)
    pipeline.close()
    points = cal.points_of(fit, outcomes)
    best = cal.best_threshold(points)
    base = _extractive_threshold(default_composers(service.settings.model_copy(update={"min_confidence": 0.0})))
    current = _extractive_threshold(default_composers(service.settings))
    print(f"calibration split: {len(fit)} items")
    if current is not None:
        now = cal.outcome_at(points, current)
        print(f"current threshold {current:.3f}: {now.correct}/{now.total} correct ({now.accuracy:.3f}), "
              f"{now.wrong_answers} wrong answer(s)")
    print(f"best threshold    {best.threshold:.3f}: {best.correct}/{best.total} correct ({best.accuracy:.3f}), "
          f"{best.wrong_answers} wrong answer(s)")
    if base is not None:
        print(f"PLANS_MIN_CONFIDENCE={best.threshold - base:+.3f}  (the extractive composer's threshold is {base:.3f} + it)")
    return 0


def _extractive_threshold(composers) -> float | None:
    return next((c.threshold for c in composers if getattr(c, "name", "") == "extractive" and hasattr(c, "threshold")), None)


@dataclass(frozen=True)
class Gate:
    scope: str
    metric: str
    bound: str  # "min" | "max"
    value: float


def thresholds(args) -> list[Gate]:
    """The gates of the thresholds file, with the --min-*/--max-* overrides on the primary scope."""
    try:
        data = tomllib.loads(Path(args.thresholds).read_text())
    except FileNotFoundError:
        raise PlansError(f"{args.thresholds}: no such thresholds file") from None
    except tomllib.TOMLDecodeError as exc:
        raise PlansError(f"{args.thresholds}: not valid TOML ({exc})") from None
    primary = data.get("scope", PRIMARY)
    tables = {primary: {"min": dict(data.get("min", {})), "max": dict(data.get("max", {}))}}
    for scope, limits in data.get("scopes", {}).items():
        tables.setdefault(scope, {"min": {}, "max": {}})
        for bound in ("min", "max"):
            tables[scope][bound].update(limits.get(bound, {}))
    for m in GATED + ["margin_over_baselines"]:
        v = getattr(args, f"min_{m}", None)
        if v is not None:
            tables[primary]["min"][m] = v
    for m in ("false_abstention_rate", "p95_ms"):
        v = getattr(args, f"max_{m}", None)
        if v is not None:
            tables[primary]["max"][m] = v
    return [Gate(scope, m, bound, float(v)) for scope, t in tables.items() for bound in ("min", "max") for m, v in t[bound].items()]


def check(data: dict, gates: list[Gate]) -> list[str]:
    """The gates not met, one line each; a scope with no items is skipped (said in the report)."""
    systems = data["systems"]
    failed = []
    for g in gates:
        mine = systems["pipeline"]["scopes"].get(g.scope, {}).get("metrics")
        if mine is None:
            continue
        label = f"[{g.scope}] " if g.scope != "report" else ""
        if g.metric == "margin_over_baselines":
            for name, s in systems.items():
                theirs = s["scopes"].get(g.scope, {}).get("metrics", {}).get("end_to_end")
                if name not in ("pipeline", LLM_SYSTEM) and theirs is not None and mine["end_to_end"] - theirs < g.value:
                    failed.append(f"{label}end_to_end {mine['end_to_end']:.3f} does not beat {name} ({theirs:.3f}) by {g.value}")
        elif mine.get(g.metric) is None:
            continue
        elif g.bound == "min" and mine[g.metric] < g.value:
            failed.append(f"{label}{g.metric} {mine[g.metric]:.3f} < minimum {g.value}")
        elif g.bound == "max" and mine[g.metric] > g.value:
            failed.append(f"{label}{g.metric} {mine[g.metric]:.3f} > maximum {g.value}")
    return failed
