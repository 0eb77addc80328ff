"""The evaluation's own scorer and metrics."""

from __future__ import annotations

import pytest

from eval import metrics
from eval.scoring import score_item

ITEM = {"id": "x", "question": "Which department monitors line 17.b?", "must": [["Foreign Affairs"], ["Justice", "FPS Justice"]],
        "must_not": ["Defence"], "doc": "wps-nap-1325-2013-2016", "quote_has": "17.b"}
CITE = {"document": "wps-nap-1325-2013-2016.txt", "quote": "Foreign Affairs\nDevelopment\nJustice", "ref": "17.b", "page": None}


def response(answer: str, citations=None, abstained=False) -> dict:
    return {"answer": answer, "abstained": abstained, "citations": [CITE] if citations is None else citations}


def test_a_right_answer_with_its_citation_is_correct():
    v = score_item(ITEM, response("Line 17.b: Foreign Affairs, Development and Justice [1]."))
    assert v.correct and v.answer_ok and v.citation_ok


def test_normalisation_of_case_quotes_dashes_and_spaces():
    item = {**ITEM, "must": [["Interior-Office for Foreigners"]], "must_not": []}
    assert score_item(item, response("interior–office   for\nforeigners")).correct


def test_an_answer_that_dumps_a_whole_chunk_fails_max_chars():
    long = "Foreign Affairs and Justice. " + "The plan says many things. " * 30
    v = score_item(ITEM, response(long))
    assert not v.correct and any("longer than 500" in r for r in v.reasons)
    assert score_item({**ITEM, "max_chars": 2000}, response(long)).correct


def test_a_must_not_term_fails_the_item():
    v = score_item(ITEM, response("Foreign Affairs, Justice and Defence [1]."))
    assert not v.correct and "contains a must_not term" in v.reasons


def test_a_missing_must_group_fails_the_item():
    v = score_item(ITEM, response("Foreign Affairs [1]."))
    assert not v.correct and any(r.startswith("missing Justice") for r in v.reasons)


def test_a_missing_or_wrong_citation_fails_the_item():
    assert not score_item(ITEM, response("Foreign Affairs and Justice", citations=[])).correct
    other = {**CITE, "document": "gcm-action-plan-2022-belgium.md"}
    assert not score_item(ITEM, response("Foreign Affairs and Justice", citations=[other])).correct
    no_ref = {**CITE, "ref": None, "quote": "Foreign Affairs"}
    assert not score_item(ITEM, response("Foreign Affairs and Justice", citations=[no_ref])).correct
    assert not score_item({**ITEM, "page": 10}, response("Foreign Affairs and Justice")).correct
    assert score_item({**ITEM, "page": 10}, response("Foreign Affairs and Justice", citations=[{**CITE, "page": 10}])).correct


def test_abstaining_is_wrong_for_answerable_and_right_for_unanswerable_items():
    assert not score_item(ITEM, response("The plans do not say.", citations=[], abstained=True)).correct
    un = {"id": "u", "question": "Who is the prime minister?", "answerable": False}
    assert score_item(un, response("The plans do not say.", citations=[], abstained=True)).correct
    assert not score_item(un, response("Someone [1].")).correct


def test_metrics_return_per_item_scores_and_means():
    items = [ITEM, {"id": "u", "question": "?", "answerable": False, "category": "unanswerable"}]
    responses = {"x": response("Foreign Affairs, Justice [1]"), "u": response("No.", [], abstained=True)}
    v = metrics.verdicts(items, responses)
    e2e = metrics.end_to_end(items, v)
    assert e2e.per_item == {"x": 1.0, "u": 1.0} and e2e.value == 1.0
    ab = metrics.abstention(items, responses)
    assert ab["abstention_precision"].value == 1.0 and ab["abstention_recall"].value == 1.0
    assert ab["false_abstention_rate"].value == 0.0
    ret = metrics.retrieval(items, {"x": [("gcm-action-plan-2022-belgium", None), ("wps-nap-1325-2013-2016", "17.b")]})
    assert ret["recall@1"].per_item == {"x": 0.0} and ret["recall@3"].value == 1.0 and ret["mrr"].value == pytest.approx(0.5)
    assert metrics.latency({"a": 10.0, "b": 20.0, "c": 30.0}) == {"p50_ms": 20.0, "p95_ms": 29.0}


def test_the_gate_checks_minimums_maximums_and_the_margin_over_baselines():
    from eval.cli import check

    data = {"systems": {
        "pipeline": {"metrics": {"end_to_end": 0.9, "answer_accuracy": 0.88, "abstention_recall": None, "p95_ms": 40.0}},
        "bm25": {"metrics": {"end_to_end": 0.7}},
    }}
    assert check(data, {"min": {"end_to_end": 0.85, "abstention_recall": 0.9}, "max": {"p95_ms": 100}}) == []
    failed = check(data, {"min": {"answer_accuracy": 1.01, "margin_over_baselines": 0.3}, "max": {"p95_ms": 30}})
    assert len(failed) == 3
    assert any(f.startswith("answer_accuracy 0.880 < minimum 1.01") for f in failed)
    assert any("does not beat bm25" in f for f in failed) and any(f.startswith("p95_ms") for f in failed)
