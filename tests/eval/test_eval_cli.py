"""`plans eval` end to end on a small category: report files, and a threshold override that fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_eval_writes_the_report_and_fails_above_reach(tmp_path):
    out = tmp_path / "report"
    cmd = [sys.executable, "-m", "cli", "eval", "--category", "table", "--no-baselines", "--out", str(out),
           "--baseline", str(ROOT / "eval" / "reports" / "baseline.json"), "--min-answer-accuracy", "1.01"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 1, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "FAIL answer_accuracy" in proc.stdout and "< minimum 1.01" in proc.stdout
    assert {p.name for p in out.iterdir()} == {"report.md", "report.json", "accuracy_by_category.png"}
    data = json.loads((out / "report.json").read_text())
    metrics = data["systems"]["pipeline"]["metrics"]
    assert metrics["items"] == 19 and metrics["end_to_end"] >= 0.9 and metrics["abstention_recall"] is None
    assert "| end_to_end |" in (out / "report.md").read_text()
