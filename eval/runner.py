"""Run the gold set through each system and compute every metric, in one pass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from eval import metrics
from eval.scoring import Verdict
from eval.systems import Outcome, System


@dataclass
class SystemReport:
    name: str
    metrics: dict[str, float] = field(default_factory=dict)
    by_category: dict[str, float] = field(default_factory=dict)
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    outcomes: dict[str, Outcome] = field(default_factory=dict)


def evaluate(system: System, items: list[dict], progress: Callable[[], None] | None = None) -> SystemReport:
    outcomes: dict[str, Outcome] = {}
    for item in items:
        outcomes[item["id"]] = system.run(item)
        if progress:
            progress()
    responses = {k: o.response for k, o in outcomes.items()}
    v = metrics.verdicts(items, responses)
    values: dict[str, float] = {}
    results = [metrics.answer_accuracy(items, v), metrics.citation_accuracy(items, v), metrics.end_to_end(items, v)]
    results += list(metrics.abstention(items, responses).values())
    results += list(metrics.retrieval(items, {k: o.ranking for k, o in outcomes.items()}).values())
    for m in results:
        values[m.name] = None if m.value is None else round(m.value, 4)
    values.update(metrics.latency({k: o.ms for k, o in outcomes.items()}))
    values["items"] = len(items)
    values["correct"] = sum(1 for x in v.values() if x.correct)
    return SystemReport(system.name, values, metrics.by_category(items, v), v, outcomes)
