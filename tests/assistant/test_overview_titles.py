"""A short text of numbered points with no statement of purpose and no parts ("Recommendations
for safer harbours", then ten points): asked what it is about, the answer quotes the title it
opens with and its first sentence, rather than nothing or one point picked by its words."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

POINTS = "\n".join(
    f"- {i}. **{label}:** Harbour authorities and shipping lines should {verb} before the next storm season."
    for i, (label, verb) in enumerate([
        ("Share the weather data", "exchange their wind and wave readings every hour"),
        ("Train the crews together", "hold one joint drill a year for pilots and tug crews"),
        ("Mark the safe anchorages", "publish a common chart of sheltered anchorages"),
        ("Fund the breakwaters", "pool the money for repairing the outer breakwaters"),
    ], start=1))

RECOMMENDATIONS = f"""# RECOMMENDATIONS for safer harbours along the Norland coast

{POINTS}

These recommendations come from a meeting of the Norland harbour masters held in March 2019.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-recommendations-2019.md": RECOMMENDATIONS}) as c:
        yield c


def test_the_title_says_what_a_list_of_points_is_about(client):
    body = ask(client, "In a nutshell, what are the 2019 Norland harbour recommendations about?")
    assert not body["abstained"], body["answer"]
    assert "safer harbours along the Norland coast" in body["answer"], body["answer"]
    assert any(c["quote"].startswith("RECOMMENDATIONS for safer harbours") for c in body["citations"]), body["citations"]
