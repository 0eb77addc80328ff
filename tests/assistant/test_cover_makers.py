"""Who made a plan, read from its front matter.

- A cover set in capitals ("REPUBLIC OF OSTRAVIA" / "-----" / "MINISTRY OF SEAS AND COASTS")
  is read as headings over rules: the heading that opens with the kind of body asked names
  it, whether the question asks who issued the plan (which the plan never says of itself)
  or who prepared it.
- "Who wrote the plan?" of a plan with no byline: its suggested citation ("Citation" over
  "Harbour Office of Norland (HON): …", or "Please cite as follows: …"), which opens with
  the author."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

COVER = """## REPUBLIC OF OSTRAVIA

----------------

## MINISTRY OF SEAS AND COASTS

----------------

# Ostravia adaptation plan

June 2024

The adaptation plan of Ostravia sets out the measures against storms and floods. The Ministry of Public Works pays
for the dikes along the northern coast of Ostravia. The towns maintain the retention basins.
"""

CITED = """# Coastal plan of Norland

## Citation

Harbour Office of Norland (HON): Coastal plan of Norland 2024-2030. Zeestad, Norland. March 2024.

## Measures

The dunes of Zeestad are raised by two metres before 2028.
"""

QUAYS = """# Quay report of Varland

Please cite as follows: Varland Port Council, Quay report of Varland 2023. Havenstad: Varland Port Council, 2023.

## Findings

Half of the quays of Havenstad need repairs within five years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"ostravia-adaptation-plan.md": COVER, "norland-coastal-plan.md": CITED, "varland-quay-report.md": QUAYS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which ministry issued Ostravia's adaptation plan?",
    "Which ministry prepared Ostravia's adaptation plan?",
])
def test_the_body_a_cover_sets_as_a_heading(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "MINISTRY OF SEAS AND COASTS" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "MINISTRY OF SEAS AND COASTS", body["citations"]


@pytest.mark.parametrize("question, author", [
    ("Who's the author of Norland's coastal plan?", "Harbour Office of Norland (HON)"),
    ("Who wrote the quay report of Varland?", "Varland Port Council"),
])
def test_the_author_a_suggested_citation_names(client, question, author):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith(author), body["answer"]
    assert body["citations"][0]["quote"].startswith(author), body["citations"]
