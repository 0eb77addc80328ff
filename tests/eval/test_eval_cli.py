"""`plans eval` end to end on a small category: report files, a threshold override that fails, and
`--llm` reporting the pipeline with a language model (the stub model) beside the extractive one."""

from __future__ import annotations

import json
import os
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


def test_eval_llm_reports_the_model_beside_the_extractive_pipeline(tmp_path, stub_llm):
    from tests.support.stub_llm import best_cited

    stub_llm.reset()
    stub_llm.reply = lambda prompt: "{1} [{0}]".format(*best_cited(prompt))
    out = tmp_path / "report"
    (tmp_path / "none.toml").write_text("# no thresholds: this test is about the report\n")
    cmd = [sys.executable, "-m", "cli", "eval", "--llm", "--category", "cross-document", "--no-baselines",
           "--out", str(out), "--baseline", str(ROOT / "eval" / "reports" / "baseline.json"),
           "--thresholds", str(tmp_path / "none.toml")]
    env = {**os.environ, "PLANS_LLM_BASE_URL": stub_llm.url}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900, env=env)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    systems = json.loads((out / "report.json").read_text())["systems"]
    assert list(systems) == ["pipeline", "pipeline-llm"]
    assert "| metric | pipeline | pipeline-llm |" in proc.stdout
    assert stub_llm.requests  # the model was asked


def test_eval_llm_without_a_model_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLANS_LLM_")}
    proc = subprocess.run([sys.executable, "-m", "cli", "eval", "--llm", "--out", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode != 0 and "PLANS_LLM_BASE_URL" in proc.stderr and "Traceback" not in proc.stderr
