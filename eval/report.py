"""Write the evaluation report (report.md, report.json, a chart) and compare with a baseline."""

from __future__ import annotations

import json
from pathlib import Path

from eval.runner import SystemReport

HEADLINE = ["end_to_end", "answer_accuracy", "citation_accuracy", "abstention_precision", "abstention_recall",
            "false_abstention_rate", "recall@1", "recall@3", "recall@5", "recall@10", "mrr", "p50_ms", "p95_ms"]
PER_SCOPE = ["items", "end_to_end", "answer_accuracy", "citation_accuracy", "abstention_recall",
             "false_abstention_rate", "recall@5", "mrr"]
LOWER_IS_BETTER = {"false_abstention_rate", "p50_ms", "p95_ms"}


def to_json(reports: list[SystemReport], items: list[dict], corpus, counts: dict[str, int],
            failures_of: str = "pipeline") -> dict:
    main = next(r for r in reports if r.name == failures_of)
    failures = []
    for item in items:
        v = main.verdicts[item["id"]]
        if v.correct:
            continue
        o = main.outcomes[item["id"]]
        failures.append({
            "id": item["id"], "category": item.get("category"), "lang": item.get("lang", "en"),
            "question": item["question"],
            "answer": o.response.get("answer", ""), "abstained": o.response.get("abstained", False),
            "citations": [{k: c.get(k) for k in ("document", "page", "ref")} for c in o.response.get("citations", [])],
            "gold": {k: item[k] for k in ("must", "must_not", "doc", "quote_has", "page", "answerable") if k in item},
            "reasons": v.reasons,
        })
    return {
        "scopes": counts,
        "ingestion": {"documents": corpus.ingestion, "missing": corpus.missing},
        "systems": {
            r.name: {
                "metrics": r.main.metrics,
                "by_category": r.main.by_category,
                "threshold": r.threshold,
                "scopes": {k: {"metrics": s.metrics, "by_category": s.by_category} for k, s in r.scopes.items()},
            }
            for r in reports
        },
        "failures": failures,
    }


def to_markdown(data: dict, comparison: list[str] | None = None) -> str:
    systems = data["systems"]
    names = list(systems)
    pipeline = systems.get("pipeline") or systems[names[0]]
    scopes = list(pipeline["scopes"])
    main = "report" if "report" in scopes else scopes[0]
    counts = ", ".join(f"{k} {v}" for k, v in data["scopes"].items() if ":" not in k)
    lines = ["# Evaluation report", "", f"Items: {counts}. Headline numbers are on the **{main}** split; "
             "baselines abstain below a threshold fitted on the calibration split.", "",
             f"| metric ({main}) | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for m in HEADLINE:
        lines.append(f"| {m} | " + " | ".join(_fmt(systems[n]["metrics"].get(m)) for n in names) + " |")
    lines.append("| abstention threshold | " + " | ".join(_fmt(systems[n].get("threshold")) for n in names) + " |")
    lines += ["", "## End-to-end accuracy per split, subset and language", "",
              "| scope | items | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for s in scopes:
        n_items = pipeline["scopes"][s]["metrics"].get("items")
        lines.append(f"| {s} | {n_items} | " + " | ".join(
            _fmt(systems[n]["scopes"].get(s, {}).get("metrics", {}).get("end_to_end")) for n in names) + " |")
    lines += ["", "## The pipeline per scope", "", "| scope | " + " | ".join(PER_SCOPE) + " |",
              "|---|" + "---|" * len(PER_SCOPE)]
    for s in scopes:
        m = pipeline["scopes"][s]["metrics"]
        lines.append(f"| {s} | " + " | ".join(_fmt(m.get(k)) for k in PER_SCOPE) + " |")
    cats = sorted({c for s in systems.values() for c in s["by_category"]})
    lines += ["", f"## End-to-end accuracy per category ({main})", "", "| category | " + " | ".join(names) + " |",
              "|---|" + "---|" * len(names)]
    for c in cats:
        lines.append(f"| {c} | " + " | ".join(_fmt(systems[n]["by_category"].get(c)) for n in names) + " |")
    failed_docs = [d for d in data["ingestion"]["documents"] if d["status"] == "failed"]
    lines += ["", "## Ingestion", ""]
    lines += [f"- {len(data['ingestion']['documents']) - len(failed_docs)} document(s) indexed"]
    lines += [f"- failed: {d['error']}" for d in failed_docs]
    lines += [f"- not in the index: {k} ({v}); its items count as wrong" for k, v in data["ingestion"]["missing"].items()]
    if comparison:
        lines += ["", "## Compared with eval/reports/baseline.json", ""] + [f"- {c}" for c in comparison]
    lines += ["", f"## Failures of the pipeline ({len(data['failures'])})", ""]
    for f in data["failures"]:
        lines.append(f"- **{f['id']}** ({f['category']}, {f['lang']}): {f['question']}")
        lines.append(f"  - answer: {f['answer'][:300]!r}{' (abstained)' if f['abstained'] else ''}")
        lines.append(f"  - gold: {json.dumps(f['gold'], ensure_ascii=False)[:300]}")
        lines.append(f"  - why: {'; '.join(f['reasons'])}")
    return "\n".join(lines) + "\n"


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}"
    return str(v)


def chart(data: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    systems = data["systems"]
    cats = sorted({c for s in systems.values() for c in s["by_category"]})
    width = 0.8 / max(len(systems), 1)
    fig, ax = plt.subplots(figsize=(10, 4.5))
    for n, (name, s) in enumerate(systems.items()):
        xs = [i + n * width for i in range(len(cats))]
        ax.bar(xs, [s["by_category"].get(c, 0) for c in cats], width, label=name)
    ax.set_xticks([i + width * (len(systems) - 1) / 2 for i in range(len(cats))], cats, rotation=20)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("end-to-end correct")
    ax.set_title("Accuracy per category")
    ax.legend(loc="upper right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def compare(current: dict, baseline_path: Path, system: str = "pipeline") -> list[str]:
    """Lines saying what got better or worse than the checked-in baseline report."""
    if not baseline_path.is_file():
        return [f"no baseline at {baseline_path} (write one with --save-baseline)"]
    old = json.loads(baseline_path.read_text())["systems"].get(system, {}).get("metrics", {})
    new = current["systems"][system]["metrics"]
    out = []
    for m in HEADLINE:
        if old.get(m) is None or new.get(m) is None:
            continue
        delta = new[m] - old[m]
        if abs(delta) < 1e-9:
            continue
        better = delta < 0 if m in LOWER_IS_BETTER else delta > 0
        if m.endswith("_ms") and abs(delta) < 0.2 * max(old[m], 1):
            continue  # timing noise
        out.append(f"{'better' if better else 'worse'}: {m} {old[m]} -> {new[m]}")
    return out or ["no change in the headline metrics"]


def write(data: dict, out: Path, baseline: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    comparison = compare(data, baseline)
    (out / "report.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    (out / "report.md").write_text(to_markdown(data, comparison))
    chart(data, out / "accuracy_by_category.png")
    return comparison
