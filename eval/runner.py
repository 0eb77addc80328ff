"""Run the gold set through each system, then score any group of items (a split, a subset, a
language) from the same outcomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from eval import metrics
from eval.scoring import Verdict
from eval.systems import Outcome, System


@dataclass
class Scores:
    """Every metric of one system over one group of items."""

    metrics: dict[str, float | None] = field(default_factory=dict)
    by_category: dict[str, float] = field(default_factory=dict)


@dataclass
class SystemReport:
    name: str
    outcomes: dict[str, Outcome]
    verdicts: dict[str, Verdict]
    scopes: dict[str, Scores] = field(default_factory=dict)  # "report", "calibration", "lang:fr", "subset:plans", ...
    threshold: float | None = None  # the abstention threshold fitted on the calibration split (baselines)

    @property
    def main(self) -> Scores:
        return self.scopes.get("report") or next(iter(self.scopes.values()))


def run(system: System, items: list[dict], progress: Callable[[], None] | None = None) -> dict[str, Outcome]:
    outcomes: dict[str, Outcome] = {}
    for item in items:
        outcomes[item["id"]] = system.run(item)
        if progress:
            progress()
    return outcomes


def score(items: list[dict], outcomes: dict[str, Outcome], verdicts: dict[str, Verdict]) -> Scores:
    """All metrics over `items` (a subset of what was run)."""
    responses = {i["id"]: outcomes[i["id"]].response for i in items}
    v = {i["id"]: verdicts[i["id"]] for i in items}
    results = [metrics.answer_accuracy(items, v), metrics.citation_accuracy(items, v), metrics.end_to_end(items, v)]
    results += list(metrics.abstention(items, responses).values())
    results += list(metrics.retrieval(items, {i["id"]: outcomes[i["id"]].ranking for i in items}).values())
    values: dict[str, float | None] = {m.name: None if m.value is None else round(m.value, 4) for m in results}
    values.update(metrics.latency({i["id"]: outcomes[i["id"]].ms for i in items}))
    values["items"] = len(items)
    values["correct"] = sum(1 for x in v.values() if x.correct)
    return Scores(values, metrics.by_category(items, v))


def evaluate(name: str, outcomes: dict[str, Outcome], scopes: dict[str, list[dict]],
             threshold: float | None = None) -> SystemReport:
    """Score the outcomes of one system over every scope (name -> its items)."""
    everything = {i["id"]: i for group in scopes.values() for i in group}
    verdicts = metrics.verdicts(list(everything.values()), {k: o.response for k, o in outcomes.items()})
    report = SystemReport(name, outcomes, verdicts, threshold=threshold)
    for scope, items in scopes.items():
        if items:
            report.scopes[scope] = score(items, outcomes, verdicts)
    return report
