"""`plans eval` end to end on a small category: report files, splits, breakdowns, a
threshold override that fails, and `--llm` reporting the pipeline with a language model
(the stub model) beside the extractive one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from eval import dataset
from eval.splits import lang_of, split_of

ROOT = Path(__file__).resolve().parents[2]


def test_eval_writes_the_report_and_fails_above_reach(tmp_path):
    out = tmp_path / "report"
    cmd = [sys.executable, "-m", "cli", "eval", "--category", "table", "--no-baselines", "--out", str(out),
           "--data", str(ROOT / "data" / "plans"),
           "--baseline", str(ROOT / "eval" / "reports" / "baseline.json"), "--min-answer-accuracy", "1.01"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 1, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "FAIL [subset:plans] answer_accuracy" in proc.stdout and "< minimum 1.01" in proc.stdout
    assert {p.name for p in out.iterdir()} == {"report.md", "report.json", "accuracy_by_category.png"}
    data = json.loads((out / "report.json").read_text())

    sample_docs = {p.stem for p in (ROOT / "data" / "plans").iterdir()}
    table = [i for i in dataset.load() if i.get("category") == "table" and i.get("doc") in sample_docs]
    report = [i for i in table if split_of(i) == "report"]
    scopes = data["systems"]["pipeline"]["scopes"]
    assert data["scopes"]["report"] == len(report) and data["scopes"]["calibration"] == len(table) - len(report)
    assert scopes["subset:plans"]["metrics"]["items"] == len(report) and "subset:real-plans" not in scopes
    assert {k for k in scopes if k.startswith("lang:")} == {f"lang:{lang_of(i)}" for i in report}
    metrics = data["systems"]["pipeline"]["metrics"]
    assert metrics["items"] == len(report) and metrics["end_to_end"] >= 0.7 and metrics["abstention_recall"] is None
    text = (out / "report.md").read_text()
    assert "| end_to_end |" in text and "| subset:plans |" in text and "## Ingestion" in text


PLAN = """# Coastal resilience plan 2024

## Governance

The Ministry of Water leads the dune restoration programme, which starts in March 2024.
The Coastal Agency monitors erosion along the northern shore every six months.
The plan was approved by the Council of Ministers on 12 February 2024.
"""


def test_calibrate_prints_the_threshold_that_fits_the_calibration_split(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "coastal-plan.md").write_text(PLAN)
    questions = [
        ("Who leads the dune restoration programme?", [["Ministry of Water"]]),
        ("When does the dune restoration programme start?", [["March 2024"]]),
        ("Who monitors erosion along the northern shore?", [["Coastal Agency"]]),
        ("When was the coastal plan approved?", [["12 February 2024"]]),
        ("How much does the dune restoration programme cost?", None),
        ("Who is the mayor of the northern shore?", None),
    ]
    rows = []
    for n, (q, must) in enumerate(questions):
        ids = (f"cal-{n}-{k}" for k in range(1000))
        item_id = next(i for i in ids if split_of({"id": i}) == "calibration")
        item = {"id": item_id, "question": q, "doc": "coastal-plan", "category": "factual"}
        item.update({"must": must} if must else {"answerable": False, "category": "unanswerable"})
        rows.append(json.dumps(item))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(rows) + "\n")
    cmd = [sys.executable, "-m", "cli", "eval", "--calibrate", "--dataset", str(gold), "--data", str(folder)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "calibration split: 6 items" in proc.stdout
    assert "best threshold" in proc.stdout and "PLANS_MIN_CONFIDENCE=" in proc.stdout
    best = next(line for line in proc.stdout.splitlines() if line.startswith("best threshold"))
    current = next(line for line in proc.stdout.splitlines() if line.startswith("current threshold"))
    correct = lambda line: int(line.split(":")[1].split("/")[0])  # noqa: E731
    assert correct(best) >= correct(current)


def test_eval_llm_reports_the_model_beside_the_extractive_pipeline(tmp_path, stub_llm):
    from tests.support.stub_llm import best_cited

    stub_llm.reset()
    stub_llm.reply = lambda prompt: "{1} [{0}]".format(*best_cited(prompt))
    out = tmp_path / "report"
    (tmp_path / "none.toml").write_text("# no thresholds: this test is about the report\n")
    cmd = [sys.executable, "-m", "cli", "eval", "--llm", "--category", "cross-document", "--no-baselines",
           "--out", str(out), "--data", str(ROOT / "data" / "plans"), "--baseline", str(ROOT / "eval" / "reports" / "baseline.json"),
           "--thresholds", str(tmp_path / "none.toml")]
    env = {**os.environ, "PLANS_LLM_BASE_URL": stub_llm.url}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900, env=env)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    systems = json.loads((out / "report.json").read_text())["systems"]
    assert list(systems) == ["pipeline", "pipeline-llm"]
    assert "| pipeline | pipeline-llm |" in proc.stdout
    assert stub_llm.requests  # the model was asked


def test_eval_llm_without_a_model_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANS_LLM_")}
    proc = subprocess.run([sys.executable, "-m", "cli", "eval", "--llm", "--out", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode != 0 and "PLANS_LLM_BASE_URL" in proc.stderr and "Traceback" not in proc.stderr
