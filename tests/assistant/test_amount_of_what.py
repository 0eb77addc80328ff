"""The estimated cost of the measures for a sector the plan never names is not the total of
every sector, even under a heading on the costs by sector: the answer's passages must write
the question's rarest words (the two rarest of three or more)."""

from __future__ import annotations

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = [
    "**Varlande adaptation plan",
    "",
    "**Estimated cost of the adaptation measures by sector",
    "The total cost of the adaptation options for the six sectors of development is estimated",
    "at 4 240 million dollars.",
    "",
    "**Health",
    "The adaptation measures for the health sector cost 390 million dollars.",
    "",
    "**Coast",
    "The adaptation measures for the coast cost 120 million dollars.",
    "",
    "**Schools and education",
    "Teachers in Varlande are trained in first aid every two years.",
]


def test_a_sector_the_plan_never_costs_is_not_answered_by_the_total(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-adaptation-plan.pdf": PLAN}) as client:
        body = ask(client, "What is the estimated cost of the adaptation measures in the education sector?")
        assert body["abstained"] or "4 240" not in body["answer"], body["answer"]
        body = ask(client, "What is the estimated cost of the adaptation measures in the health sector?")
        assert "390 million" in body["answer"], body["answer"]
