"""Abstention thresholds fitted on the calibration split.

A system answers an item when its score (the pipeline's `confidence`, a baseline's top
retrieval score) is at least the threshold, and abstains otherwise. `best_threshold` finds
the threshold that maximises end-to-end correctness over calibration points: an answered
item is right when its answer would be scored correct, an abstention is right when the item
is unanswerable. `plans eval --calibrate` runs the pipeline with its confidence gate opened
on the calibration split and prints the threshold (and the `PLANS_MIN_CONFIDENCE` offset it
means); the baselines are given theirs the same way before the report split is scored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from eval.scoring import answerable


@dataclass(frozen=True)
class Point:
    """One calibration item: its score (None: no answer whatever the threshold) and whether
    its answer is correct when it answers."""

    id: str
    score: float | None
    correct_if_answered: bool
    answerable: bool


@dataclass(frozen=True)
class Calibration:
    threshold: float
    correct: int  # end-to-end correct on the calibration points at this threshold
    total: int
    wrong_answers: int  # answered but wrong: the worst outcome, used to break ties

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def correct_at(point: Point, threshold: float) -> bool:
    """Whether the item is end-to-end correct when the system abstains below `threshold`."""
    if point.score is not None and point.score >= threshold:
        return point.correct_if_answered
    return not point.answerable


def outcome_at(points: list[Point], threshold: float) -> Calibration:
    correct = sum(correct_at(p, threshold) for p in points)
    wrong = sum(1 for p in points if p.score is not None and p.score >= threshold and not p.correct_if_answered)
    return Calibration(threshold, correct, len(points), wrong)


def best_threshold(points: list[Point]) -> Calibration:
    """The threshold with the most correct items (ties: fewer wrong answers, then the lower one).

    Only the order of the scores matters, so the candidates are the gaps between consecutive
    distinct scores; the threshold returned is the middle of the best gap (below the lowest
    score when answering everything is best, just above the highest when abstaining is)."""
    scores = sorted({p.score for p in points if p.score is not None})
    if not scores:
        return outcome_at(points, math.inf)
    candidates = [scores[0]]
    candidates += [(lo + hi) / 2 for lo, hi in zip(scores, scores[1:])]
    candidates.append(math.nextafter(scores[-1], math.inf))
    best = None
    for t in candidates:
        c = outcome_at(points, t)
        if best is None or (c.correct, -c.wrong_answers) > (best.correct, -best.wrong_answers):
            best = c
    return best


def points_of(items: list[dict], outcomes: dict) -> list[Point]:
    """Calibration points from one run (outcomes with `.response` and `.score`, by item id):
    an item that abstained whatever its score has no score."""
    from eval.metrics import verdicts

    v = verdicts(items, {i["id"]: outcomes[i["id"]].response for i in items})
    return [
        Point(i["id"], None if outcomes[i["id"]].response.get("abstained") else outcomes[i["id"]].score,
              v[i["id"]].correct, answerable(i))
        for i in items
    ]


def abstain_below(response: dict, score: float | None, threshold: float) -> dict:
    """The response as a system that abstains below `threshold` would give it."""
    if score is not None and score >= threshold:
        return response
    return {**response, "answer": "", "abstained": True, "citations": []}


def abstaining(outcomes: dict, threshold: float) -> dict:
    """The outcomes of a system that abstains below `threshold` (its ranking is unchanged)."""
    return {k: replace(o, response=abstain_below(o.response, o.score, threshold)) for k, o in outcomes.items()}
