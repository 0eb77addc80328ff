"""The packages are layers: `plans/` at the bottom imports nothing above it; `assistant/` uses
ingestion only through its entry points; the CLI, `eval/` and `ui/` sit on top."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ABOVE_PLANS = {"ingest", "assistant", "eval", "ui", "cli"}
INGEST_ENTRY_POINTS = {"ingest.pipeline", "ingest.reading"}


def imports(package: str) -> list[tuple[str, str]]:
    out = []
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                out.append((str(path.relative_to(ROOT)), node.module))
            elif isinstance(node, ast.Import):
                out.extend((str(path.relative_to(ROOT)), a.name) for a in node.names)
    return out


def test_plans_imports_nothing_above_it():
    bad = [(f, m) for f, m in imports("plans") if m.split(".")[0] in ABOVE_PLANS]
    assert not bad, bad


def test_the_assistant_uses_ingestion_only_through_its_entry_points():
    bad = [(f, m) for f, m in imports("assistant") if m.split(".")[0] == "ingest" and m not in INGEST_ENTRY_POINTS]
    assert not bad, bad


def test_only_the_top_layer_imports_the_cli_the_ui_or_the_evaluation():
    for package in ("plans", "ingest", "assistant"):
        bad = [(f, m) for f, m in imports(package) if m.split(".")[0] in {"cli", "ui", "eval"}]
        assert not bad, bad
