"""Answers through POST /v1/ask over the sample plans: the dev set, verbatim quotes, abstention."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.scoring import score_item

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DOCS = {p.stem for p in (ROOT / "data" / "plans").iterdir()}
# the items over the sample plans (the real plans are evaluated by `plans eval` and tests/eval)
DATASET = [i for i in (json.loads(line) for line in (ROOT / "eval" / "dataset.jsonl").read_text().splitlines() if line.strip())
           if i.get("doc", next(iter(SAMPLE_DOCS))) in SAMPLE_DOCS]
DEV = [i for i in DATASET if i.get("split") == "dev" and i.get("lang", "en") == "en"]


def ask(client, question: str, history: list[dict] | None = None) -> dict:
    r = client.post("/v1/ask", json={"question": question, "history": history or []})
    assert r.status_code == 200, r.text
    return r.json()


def run_item(client, item: dict) -> dict:
    history = []
    if item.get("followup_of"):
        first = ask(client, item["followup_of"])
        history = [{"role": "user", "content": item["followup_of"]}, {"role": "assistant", "content": first["answer"]}]
    return ask(client, item["question"], history)


def document_text(name: str) -> str:
    return (ROOT / "data" / "plans" / name).read_text(encoding="utf-8")


def test_the_dev_questions_reach_the_bar(plans_client):
    assert len(DEV) == 30
    results = {i["id"]: score_item(i, run_item(plans_client, i)) for i in DEV}
    wrong = {k: v.reasons for k, v in results.items() if not v.correct}
    assert sum(v.correct for v in results.values()) >= 27, wrong


def test_every_quote_is_verbatim_in_its_document(plans_client):
    for item in DATASET:
        body = run_item(plans_client, item)
        for c in body["citations"]:
            assert c["quote"], item["id"]
            assert c["quote"] in document_text(c["document"]), (item["id"], c["quote"][:80])
            assert c["quote"] in c["passage"]


@pytest.mark.parametrize(
    "question",
    [
        "What total budget is allocated to the Belgian NAP on resolution 1325 for 2013-2016?",
        "Who is the current Prime Minister of Belgium?",
        "Which department is responsible for line 45.c?",
        "How many hospitals will the GCM plan build?",
        "What does the NAP say about resolution 2467?",
    ],
)
def test_questions_the_plans_do_not_answer_are_declined(plans_client, question):
    body = ask(plans_client, question)
    assert body["abstained"] is True and body["citations"] == []
    assert "do not" in body["answer"] or "no " in body["answer"]


def test_answers_are_short_for_factual_questions(plans_client):
    body = ask(plans_client, "Which body drafted the Business and Human Rights National Action Plan?")
    assert "Social Responsibility Working Group" in body["answer"] and len(body["answer"]) <= 400


def test_a_list_question_gets_the_list_the_plan_gives(plans_client):
    body = ask(plans_client, "Which GCM objectives does Belgium focus on in its 2022 action plan?")
    for n in ("objective 1", "objective 6", "objective 9 and 10", "objective 21", "objective 23"):
        assert n in body["answer"].lower()  # the plan's sentence ("(objective 1)") or its headings ("Objective 1: …")
    assert "introduction" not in body["answer"].lower()
