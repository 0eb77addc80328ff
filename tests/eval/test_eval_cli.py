"""`plans eval` end to end on a small category: report files, splits, breakdowns, and a
threshold override that fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from eval import dataset
from eval.splits import lang_of, split_of

ROOT = Path(__file__).resolve().parents[2]


def test_eval_writes_the_report_and_fails_above_reach(tmp_path):
    out = tmp_path / "report"
    cmd = [sys.executable, "-m", "plans.cli", "eval", "--category", "table", "--no-baselines", "--out", str(out),
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
