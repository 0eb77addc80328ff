"""Failed starts and hostile input at the command line: one line `plans: …`, a non-zero exit,
never a traceback (port in use, index locked or unusable, bad settings, long questions)."""

from __future__ import annotations

import json
import socket

import pytest

from tests.conftest import free_port
from tests.test_cli import plans


def one_line_error(out) -> str:
    assert out.returncode != 0
    assert "Traceback" not in out.stderr, out.stderr
    lines = [l for l in out.stderr.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("plans: ")]
    assert len(errors) == 1, out.stderr
    return errors[0]


@pytest.fixture
def busy_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        yield s.getsockname()[1]


@pytest.mark.parametrize("command", ["serve", "ui"])
def test_a_port_in_use_is_one_line(tmp_path, busy_port, command):
    out = plans("--index", str(tmp_path / "index"), command, "--port", str(busy_port))
    assert one_line_error(out) == (f"plans: port {busy_port} on 127.0.0.1: already in use "
                                   "(is the API running? stop it or choose --port)")


@pytest.mark.parametrize("command", ["serve", "ui", "ingest", "ask"])
def test_a_bad_setting_stops_every_command_in_one_line(tmp_path, command):
    args = {"serve": ["serve", "--port", "1"], "ui": ["ui"], "ingest": ["ingest"], "ask": ["ask", "hi?"]}[command]
    out = plans("--index", str(tmp_path / "index"), *args, env_extra={"PLANS_MAX_BODY_KB": "lots"})
    assert one_line_error(out).startswith("plans: PLANS_MAX_BODY_KB:")


@pytest.mark.parametrize("command", ["serve", "ingest"])
def test_an_index_another_process_writes_is_one_line(tmp_path, command):
    from plans.index.lock import WriterLock

    lock = WriterLock(tmp_path / "index")
    lock.acquire()  # as a running API would
    try:
        args = ["serve", "--port", str(free_port())] if command == "serve" else ["ingest", str(tmp_path)]
        out = plans("--index", str(tmp_path / "index"), *args)
    finally:
        lock.release()
    assert "the index is being written by pid" in one_line_error(out)
    assert "Loading the embedding model" not in out.stderr  # refused before the slow part


@pytest.mark.parametrize("command", ["serve", "ingest", "ask"])
def test_an_index_path_that_is_a_file_is_one_line(tmp_path, command):
    index = tmp_path / "not-a-folder"
    index.write_text("hello")
    args = {"serve": ["serve", "--port", str(free_port())], "ingest": ["ingest", str(tmp_path)], "ask": ["ask", "hi?"]}[command]
    assert str(index) in one_line_error(plans("--index", str(index), *args))


def test_a_corrupt_index_is_one_line(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    (index / "chroma.sqlite3").write_bytes(bytes(range(256)) * 400)
    assert str(index) in one_line_error(plans("--index", str(index), "ask", "hi?"))


@pytest.mark.parametrize("question, field", [("x" * 2001, "question"), ("   ", "question")])
def test_a_question_the_api_would_refuse_is_one_line(tmp_path, question, field):
    out = plans("--index", str(tmp_path / "index"), "ask", question)
    assert one_line_error(out).startswith(f"plans: {field}:")


def test_a_history_past_its_limit_is_one_line(tmp_path):
    hist = tmp_path / "chat.json"
    hist.write_text(json.dumps([{"role": "user", "content": "What about the quays?"}] * 3))
    out = plans("--index", str(tmp_path / "index"), "ask", "And now?", "--history", str(hist),
                env_extra={"PLANS_MAX_HISTORY_TURNS": "2"})
    assert one_line_error(out) == "plans: history: 3 turns, more than the 2 allowed (send the most recent turns)"


def test_ask_answers_a_question_past_512_tokens(cli_index):
    index, _, _ = cli_index
    out = plans("--index", str(index), "ask", "1 " * 999)
    assert out.returncode == 0 and "Traceback" not in out.stderr and out.stdout.strip()


def test_a_history_file_that_is_a_folder_is_one_line(tmp_path):
    out = plans("--index", str(tmp_path / "index"), "ask", "And now?", "--history", str(tmp_path))
    assert one_line_error(out).startswith(f"plans: {tmp_path}: ")


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory):
    index = tmp_path_factory.mktemp("cli-edges-index")
    folder = tmp_path_factory.mktemp("cli-edges-docs")
    (folder / "harbour.md").write_text("# Harbour Plan\n\nThe harbour authority will inspect every quay twice a year.\n")
    out = plans("--index", str(index), "ingest", str(folder))
    assert out.returncode == 0, out.stderr
    return index, folder, out


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_stopping_the_chat_frees_its_port(tmp_path):
    """`scripts/run.sh` stops the chat with SIGTERM: no Streamlit may be left holding the port."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.test_cli import ROOT

    port = free_port()
    env = dict(os.environ, PLANS_API_URL="http://127.0.0.1:1")
    proc = subprocess.Popen([sys.executable, "-m", "cli", "--index", str(tmp_path / "index"), "ui", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert proc.poll() is None and time.monotonic() < deadline, "the chat did not start"
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _listening(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _listening(port), "a process still holds the chat's port after SIGTERM"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever the old code left behind
        except ProcessLookupError:
            pass
