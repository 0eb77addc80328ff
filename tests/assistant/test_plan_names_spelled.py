"""A plan's name as a question writes it: a name spelled out that the plan's title
abbreviates ("National Action Plan" of a plan called "... NAP ...") names the plan, in the
question and in the plan's sentence that says who drafted it.

Through the HTTP API over a plan written here (its title taken from its file name)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """Varland is committed to fair trade and sustainable fisheries at home and abroad.

The priorities on Trade and Fisheries were agreed with the coastal regions in 2030.

The National Action Plan was drafted by the Fisheries Working Group of the Varland Council for Sustainable Development, which brings together the federal administrations and the regions.

The National Action Plan was adopted by the Council of Ministers on 12 March 2031.

Action 4: the fishing fleet reports its catches every month to the Coastal Office.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"trade-fisheries-nap-varland.txt": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which body drafted the Trade and Fisheries National Action Plan?",
    "Which body drafted the Trade and Fisheries NAP?",
])
def test_the_drafting_body_of_a_plan_named_by_its_initials(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"].startswith("The National Action Plan was drafted by"), body["answer"]
    assert "do not say" not in body["answer"], body["answer"]
