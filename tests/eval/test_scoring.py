"""The evaluation's own scorer and metrics."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eval import metrics
from eval.calibrate import Point, abstain_below, abstaining, best_threshold, correct_at, outcome_at, points_of
from eval.scoring import Verdict, score_item
from eval.splits import lang_of, split_of, subset_of

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
    overview = {**ITEM, "category": "overview"}
    longer = long + "The plan says many things. " * 10
    assert len(long) < 900 < len(longer)
    assert score_item(overview, response(long)).correct and not score_item(overview, response(longer)).correct


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


def test_the_gate_checks_minimums_maximums_and_the_margin_over_baselines_per_scope():
    from eval.cli import Gate, check

    def scoped(**scopes):
        return {"scopes": {k: {"metrics": v} for k, v in scopes.items()}}

    data = {"systems": {
        "pipeline": scoped(**{"subset:plans": {"end_to_end": 0.9, "answer_accuracy": 0.88, "abstention_recall": None,
                                               "p95_ms": 40.0},
                              "lang:fr": {"end_to_end": 0.5}}),
        "bm25": scoped(**{"subset:plans": {"end_to_end": 0.7}}),
    }}
    ok = [Gate("subset:plans", "end_to_end", "min", 0.85), Gate("subset:plans", "abstention_recall", "min", 0.9),
          Gate("subset:plans", "p95_ms", "max", 100), Gate("lang:nl", "end_to_end", "min", 0.99)]
    assert check(data, ok) == []  # a metric that does not apply and a scope with no items are skipped
    failed = check(data, [Gate("subset:plans", "answer_accuracy", "min", 1.01),
                          Gate("subset:plans", "margin_over_baselines", "min", 0.3),
                          Gate("subset:plans", "p95_ms", "max", 30), Gate("lang:fr", "end_to_end", "min", 0.6)])
    assert len(failed) == 4
    assert "[subset:plans] answer_accuracy 0.880 < minimum 1.01" in failed
    assert any("does not beat bm25" in f for f in failed) and any("p95_ms" in f for f in failed)
    assert "[lang:fr] end_to_end 0.500 < minimum 0.6" in failed


def test_the_thresholds_file_gates_the_primary_scope_and_named_scopes(tmp_path):
    from types import SimpleNamespace

    from eval.cli import Gate, thresholds

    path = tmp_path / "t.toml"
    path.write_text('scope = "subset:plans"\n[min]\nend_to_end = 0.9\n[max]\np95_ms = 250.0\n'
                    '[scopes."lang:fr".min]\nend_to_end = 0.4\n')
    gates = thresholds(SimpleNamespace(thresholds=path, min_answer_accuracy=0.8))
    assert set(gates) == {Gate("subset:plans", "end_to_end", "min", 0.9), Gate("subset:plans", "p95_ms", "max", 250.0),
                          Gate("lang:fr", "end_to_end", "min", 0.4), Gate("subset:plans", "answer_accuracy", "min", 0.8)}


def test_breakdown_gives_end_to_end_accuracy_per_group():
    items = [{"id": "a", "lang": "fr"}, {"id": "b", "lang": "fr"}, {"id": "c"}]
    v = {"a": Verdict(True, True, True, True), "b": Verdict(False, False, True, True), "c": Verdict(True, True, True, True)}
    assert metrics.breakdown(items, v, lang_of) == {"en": 1.0, "fr": 0.5}
    assert metrics.by_category(items, v) == {"factual": 0.667}


def test_the_split_is_a_fixed_function_of_the_id_and_holdout_items_stay_out():
    ids = [f"item-{n}" for n in range(1000)]
    first = [split_of({"id": i}) for i in ids]
    assert first == [split_of({"id": i, "split": "dev", "question": "changed"}) for i in ids]
    assert set(first) == {"calibration", "report"}
    assert 0.35 < first.count("calibration") / len(ids) < 0.45
    assert split_of({"id": "item-1", "split": "holdout-real"}) == "holdout"


def test_subsets_come_from_the_folder_holding_the_document():
    homes = {"wps-nap-1325-2013-2016": "plans", "mg-fr-pna-2021": "real-plans"}
    assert subset_of({"id": "x", "doc": "mg-fr-pna-2021"}, homes, "plans") == "real-plans"
    assert subset_of({"id": "y", "doc": "wps-nap-1325-2013-2016"}, homes, "plans") == "plans"
    assert subset_of({"id": "z", "answerable": False}, homes, "plans") == "plans"


def test_the_best_threshold_maximises_end_to_end_correctness():
    pts = [Point("a", 0.9, True, True), Point("b", 0.8, True, True), Point("c", 0.6, False, True),
           Point("d", 0.5, False, False), Point("e", 0.3, False, False), Point("f", None, False, False)]
    best = best_threshold(pts)
    assert best.threshold == pytest.approx(0.7)  # between the last right answer and the first wrong one
    assert (best.correct, best.total, best.wrong_answers) == (5, 6, 0)
    assert outcome_at(pts, 0.0).correct == 3 and outcome_at(pts, 1.0).correct == 3
    assert not correct_at(Point("c", 0.6, False, True), 0.5) and correct_at(Point("d", 0.5, False, False), 0.7)


def test_the_best_threshold_at_the_ends_answers_all_or_abstains_from_all():
    answer_all = best_threshold([Point("a", 0.2, True, True), Point("b", 0.9, True, True)])
    assert answer_all.threshold == 0.2 and answer_all.correct == 2
    abstain_all = best_threshold([Point("a", 0.2, False, False), Point("b", 0.9, False, False)])
    assert abstain_all.threshold > 0.9 and abstain_all.correct == 2 and abstain_all.wrong_answers == 0
    assert best_threshold([Point("a", None, False, False)]).correct == 1


def test_a_baseline_abstains_below_its_threshold():
    r = {"answer": "Foreign Affairs [1]", "abstained": False, "citations": [CITE]}
    assert abstain_below(r, 0.8, 0.5) is r
    low = abstain_below(r, 0.3, 0.5)
    assert low["abstained"] and low["citations"] == [] and not r["abstained"]
    assert abstain_below(r, None, 0.5)["abstained"]


def test_calibration_points_keep_abstentions_without_a_score():
    items = [ITEM, {"id": "u", "question": "?", "answerable": False}]
    @dataclass
    class Run:  # what the calibration reads of an eval.systems.Outcome
        response: dict
        score: float | None

    outcomes = {"x": Run(response("Foreign Affairs, Justice [1]"), 0.7), "u": Run(response("No.", [], abstained=True), 0.4)}
    assert points_of(items, outcomes) == [Point("x", 0.7, True, True), Point("u", None, True, False)]
    low = abstaining(outcomes, 0.8)
    assert low["x"].response["abstained"] and low["x"].score == 0.7 and not outcomes["x"].response["abstained"]
