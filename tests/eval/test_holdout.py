"""Generalisation: plans and questions nobody tuned the assistant on (tests/holdout/, written
independently: other countries, layouts, id schemes, a Word table and a PDF table)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.scoring import score_item
from tests.conftest import make_service

HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"
ITEMS = [json.loads(l) for l in (HOLDOUT / "questions.jsonl").read_text().splitlines() if l.strip()]


@pytest.fixture(scope="module")
def holdout_client(tmp_path_factory, embedder):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    service = make_service(tmp_path_factory.mktemp("holdout-index"), embedder)
    summary = service.ingestor.ingest([HOLDOUT / "plans"])
    assert not summary.failed, summary.failed
    with TestClient(create_app(service.settings, service)) as client:
        yield client
    service.index.close()


def run(client, item: dict) -> dict:
    history = []
    if item.get("followup_of"):
        first = client.post("/v1/ask", json={"question": item["followup_of"]}).json()
        history = [{"role": "user", "content": item["followup_of"]}, {"role": "assistant", "content": first["answer"]}]
    r = client.post("/v1/ask", json={"question": item["question"], "history": history})
    assert r.status_code == 200, r.text
    return r.json()


def test_unseen_plans_and_questions(holdout_client):
    verdicts, wrong_answers = {}, []
    for item in ITEMS:
        body = run(holdout_client, item)
        verdicts[item["id"]] = score_item(item, body)
        for c in body["citations"]:
            assert c["quote"] and c["quote"] in c["passage"], item["id"]
            source = HOLDOUT / "plans" / c["document"]
            if source.suffix in (".txt", ".md"):
                assert c["quote"] in source.read_text(encoding="utf-8"), (item["id"], c["quote"][:60])
        if item.get("answerable", True) is False and not body["abstained"]:
            wrong_answers.append(item["id"])
    correct = sum(v.correct for v in verdicts.values()) / len(ITEMS)
    unanswerable = [i for i in ITEMS if i.get("answerable", True) is False]
    declined = 1 - len(wrong_answers) / len(unanswerable)
    report = {k: v.reasons for k, v in verdicts.items() if not v.correct}
    # the bars sit a little under what the assistant reaches today: a drop means it generalises worse
    assert correct >= 0.78, (correct, report)
    assert declined >= 0.8, wrong_answers
