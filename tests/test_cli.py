"""The `plans` command: help, exit codes, one-line errors, --json and --history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def plans(*args: str, cwd: Path = ROOT, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_help_lists_the_commands():
    out = plans("--help")
    assert out.returncode == 0
    for cmd in ("ingest", "remove", "ask", "serve", "ui", "eval", "commitments"):
        assert cmd in out.stdout
    assert "--history HISTORY" in plans("ask", "--help").stdout


def test_a_bad_setting_is_one_line_naming_the_variable(tmp_path):
    out = plans("documents", env_extra={"PLANS_TOP_K": "many"})
    assert out.returncode == 1
    assert out.stderr.strip().startswith("plans: PLANS_TOP_K:") and len(out.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    index = tmp_path_factory.mktemp("cli-index")
    folder = tmp_path_factory.mktemp("cli-docs")
    (folder / "harbour.md").write_text(
        "# Harbour Safety Plan\n\n## Measures\n\n| unused |\n\nThe harbour authority will inspect every quay twice a year.\n"
        "The inspections were agreed on 4 April 2024.\n"
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    from tests.support.synth_layouts import with_picture_page

    with_picture_page(folder / "pictured.pdf")  # page 2 is only a picture
    (folder / "empty.txt").write_bytes(b"")
    out = plans("--index", str(index), "ingest", str(folder))
    return index, folder, out


def test_ingest_reports_failures_in_one_line_each_and_exits_1(cli_index):
    _, _, out = cli_index
    assert out.returncode == 1
    failures = [l for l in out.stderr.splitlines() if l.startswith("failed")]
    assert len(failures) == 2, out.stderr
    assert any("broken.pdf:" in l for l in failures) and any("empty.txt: the file is empty" in l for l in failures)
    assert "Traceback" not in out.stderr
    assert "harbour.md" in out.stderr and "added" in out.stderr  # the summary table
    assert "warning pictured.pdf: page 2 has no text layer" in out.stderr  # under the table


def test_ingest_exits_0_when_all_files_are_fine(cli_index, tmp_path):
    index, folder, _ = cli_index
    out = plans("--index", str(index), "ingest", str(folder / "harbour.md"))
    assert out.returncode == 0 and "unchanged" in out.stderr


def test_ask_json_is_the_api_shape_and_history_is_read_from_a_file(cli_index, tmp_path):
    index, _, _ = cli_index
    out = plans("--index", str(index), "ask", "When were the inspections agreed?", "--json")
    assert out.returncode == 0, out.stderr
    body = json.loads(out.stdout)
    assert set(body) >= {"answer", "abstained", "citations", "mode", "query"} and "4 April 2024" in body["answer"]
    hist = tmp_path / "chat.json"
    hist.write_text(json.dumps([{"role": "user", "content": "What does the harbour authority inspect?"},
                                {"role": "assistant", "content": "Every quay, twice a year [1]."}]))
    out = plans("--index", str(index), "ask", "How often does it do so?", "--history", str(hist), "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["query"] != "How often does it do so?"
    bad = tmp_path / "bad.json"
    bad.write_text('{"role": "user"}')
    out = plans("--index", str(index), "ask", "x?", "--history", str(bad))
    assert out.returncode == 1 and out.stderr.startswith(f"plans: {bad}: expected a list")


def test_remove_and_unknown_document(cli_index):
    index, _, _ = cli_index
    out = plans("--index", str(index), "remove", "nothing-here.pdf")
    assert out.returncode == 1 and out.stderr.strip() == "plans: no document 'nothing-here.pdf' in the index"


def test_the_cli_does_not_write_to_an_index_the_api_owns(service_factory, tmp_path):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    service = service_factory("owned")
    doc = tmp_path / "note.md"
    doc.write_text("# Note\n\nThe note was written on 1 June 2024.\n")
    with TestClient(create_app(service.settings, service)):  # the API holds the writer lock
        out = plans("--index", str(service.settings.index_dir), "ingest", str(doc))
    assert out.returncode == 1
    message = [l for l in out.stderr.splitlines() if l.startswith("plans:")]
    assert message and "being written by pid" in message[0] and "POST /v1/documents" in message[0]
