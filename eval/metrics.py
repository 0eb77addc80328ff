"""Evaluation metrics as small functions: each returns per-item scores and their mean.

Answer, citation and end-to-end accuracy follow the scoring rules (eval/scoring.py);
abstention is scored as a classifier of unanswerable questions; retrieval uses
ir-measures (recall@k and reciprocal rank of the gold document, and of the gold ref for
table items) over the ranked evidence each system retrieved; latency is p50/p95 in
milliseconds; `breakdown` gives end-to-end accuracy per group (category, language, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import mean

import ir_measures
from ir_measures import RR, R

from eval.scoring import Verdict, answerable, score_item


@dataclass
class MetricResult:
    name: str
    per_item: dict[str, float]
    value: float | None  # None when no item is concerned (e.g. recall of abstention without unanswerable items)


def _result(name: str, per_item: dict[str, float]) -> MetricResult:
    return MetricResult(name, per_item, mean(per_item.values()) if per_item else None)


def verdicts(items: list[dict], responses: dict[str, dict]) -> dict[str, Verdict]:
    return {i["id"]: score_item(i, responses[i["id"]]) for i in items if i["id"] in responses}


def answer_accuracy(items: list[dict], v: dict[str, Verdict]) -> MetricResult:
    """Answerable items whose answer passes the rules (not abstained, length, must, must_not)."""
    return _result("answer_accuracy", {i["id"]: float(v[i["id"]].answer_ok) for i in items if answerable(i)})


def citation_accuracy(items: list[dict], v: dict[str, Verdict]) -> MetricResult:
    """Answerable items with a citation from the gold document (and quote_has / page)."""
    return _result("citation_accuracy", {i["id"]: float(v[i["id"]].citation_ok) for i in items if answerable(i)})


def end_to_end(items: list[dict], v: dict[str, Verdict]) -> MetricResult:
    """Items fully correct: answer and citation for answerable items, abstention for the rest."""
    return _result("end_to_end", {i["id"]: float(v[i["id"]].correct) for i in items})


def abstention(items: list[dict], responses: dict[str, dict]) -> dict[str, MetricResult]:
    """Precision and recall of abstaining on unanswerable items, and the false-abstention rate."""
    abst = {i["id"]: bool(responses[i["id"]].get("abstained")) for i in items}
    unans = [i["id"] for i in items if not answerable(i)]
    ans = [i["id"] for i in items if answerable(i)]
    abstained = [k for k, a in abst.items() if a]
    precision = {k: float(k in unans) for k in abstained}
    return {
        "abstention_precision": MetricResult("abstention_precision", precision, mean(precision.values()) if precision else None),
        "abstention_recall": _result("abstention_recall", {k: float(abst[k]) for k in unans}),
        "false_abstention_rate": _result("false_abstention_rate", {k: float(abst[k]) for k in ans}),
    }


def retrieval(items: list[dict], rankings: dict[str, list[tuple[str, str | None]]], ks=(1, 3, 5, 10)) -> dict[str, MetricResult]:
    """Recall@k and MRR of the gold document in each item's ranked evidence ((doc stem, ref) pairs).

    Table items need the gold ref as well: the unit is (document, ref)."""
    qrels, run = [], []
    for item in items:
        if not answerable(item) or item["id"] not in rankings:
            continue
        table = item.get("category") in ("table",) and item.get("ref")
        target = f"{item['doc']}#{item['ref']}" if table else item["doc"]
        qrels.append(ir_measures.Qrel(item["id"], target, 1))
        seen: list[str] = []
        for doc, ref in rankings[item["id"]]:
            unit = f"{doc}#{ref}" if table else doc
            if unit not in seen:
                seen.append(unit)
        run.extend(ir_measures.ScoredDoc(item["id"], u, float(len(seen) - r)) for r, u in enumerate(seen))
    measures = [R @ k for k in ks] + [RR]
    per: dict[str, dict[str, float]] = {str(m): {} for m in measures}
    for m in ir_measures.iter_calc(measures, qrels, run):
        per[str(m.measure)][m.query_id] = float(m.value)
    for q in qrels:  # items whose run was empty score 0
        for name in per:
            per[name].setdefault(q.query_id, 0.0)
    names = {str(R @ k): f"recall@{k}" for k in ks} | {str(RR): "mrr"}
    return {names[k]: _result(names[k], v) for k, v in per.items()}


def latency(ms: dict[str, float]) -> dict[str, float]:
    """p50 and p95 of per-question latency in milliseconds."""
    values = sorted(ms.values())
    if not values:
        return {"p50_ms": 0.0, "p95_ms": 0.0}

    def pct(p: float) -> float:
        k = (len(values) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(values) - 1)
        return values[lo] + (values[hi] - values[lo]) * (k - lo)

    return {"p50_ms": round(pct(0.5), 1), "p95_ms": round(pct(0.95), 1)}


def breakdown(items: list[dict], v: dict[str, Verdict], key: Callable[[dict], str]) -> dict[str, float]:
    """End-to-end accuracy per group of items (`key` names an item's group)."""
    groups: dict[str, list[float]] = {}
    for i in items:
        groups.setdefault(key(i), []).append(float(v[i["id"]].correct))
    return {g: round(mean(x), 3) for g, x in sorted(groups.items())}


def by_category(items: list[dict], v: dict[str, Verdict]) -> dict[str, float]:
    """End-to-end accuracy per category."""
    return breakdown(items, v, lambda i: i.get("category", "factual"))
