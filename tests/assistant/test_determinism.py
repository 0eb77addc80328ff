"""The same question gets the same answer after a restart: nothing an answer says may depend on
the order in which Python happens to iterate a set (it changes with the hash seed of each
process). The index is built here; each process opens it with another hash seed and asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, make_service

PLAN = """# Harbourland action plan on safe streets 2024-2027

## Actions

| Line | Action | Lead | Deadline |
|---|---|---|---|
| 1.a | Train officers to record street harassment | Federal police | 2025 |
| 1.b | Train judges on street harassment cases | Federal Police | 2026 |
| 1.c | Light the harbour quays at night | Harbour Board | 2025 |

## Axes of the plan

### Axis 1: Prevention in the streets

Prevention starts with light, visible officers and trained staff.

### Axis 2: Support for victims

Victims get one helpline and one contact point in each town.
"""

QUESTIONS = ["Which lines involve the Federal Police?", "What are the axes of the safe streets plan?",
             "Who leads line 1.b?"]

ASK = """
import json, sys
from plans.settings import load_settings
from assistant.service import AssistantService
from assistant.models import AskRequest
svc = AssistantService.build(load_settings(index_dir=sys.argv[1]))
print(json.dumps([svc.ask(AskRequest(question=q)).answer for q in json.loads(sys.argv[2])]))
"""


def test_answers_do_not_depend_on_the_hash_seed(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    path = tmp_path / "plans" / "harbourland-safe-streets.md"
    path.write_text(PLAN, encoding="utf-8")
    service = make_service(tmp_path / "index", embedder)
    assert not service.ingestor.ingest([path]).failed
    service.index.close()
    answers = []
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "HF_HUB_OFFLINE": "1"}
        out = subprocess.run([sys.executable, "-c", ASK, str(tmp_path / "index"), json.dumps(QUESTIONS)],
                             cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr[-2000:]
        answers.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert all(a == answers[0] for a in answers), answers
    assert answers[0][0].startswith("Federal Police "), answers[0][0]  # as the question writes it
