"""A question in parts whose first part gives its source ("In the Norland harbour plan, what
are X, and which of them …?"): every later part that names no plan of its own is asked of
that plan, not of another plan whose words fit it better. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NORLAND = """# Norland harbour plan 2031-2035

## Local offices

The local offices of the State are the branches of the ministries in each harbour town. They pass on the
decisions taken in the capital and run the services of the State in the towns.

## Carrying out the plan

The harbour master's office leads the work on the quays, with the customs office at its side.
"""

VARLAND = """# Varland coast plan 2030

## Offices

Of the local offices, those that matter most for carrying out the plan are the Varland dyke offices,
which hold the budget for the coastal works.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-plan.md": NORLAND, "varland-coast-plan.md": VARLAND}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_later_parts_are_asked_of_the_source_the_first_gives(client):
    # (the first part is not answered: the later one must not then be asked of every plan)
    body = ask(client, "In the Norland harbour plan, what does the HFX unit do, and which offices matter most "
                       "for carrying out the plan?")
    assert all(c["document"] == "norland-harbour-plan.md" for c in body["citations"]), body["answer"]
    assert "dyke offices" not in body["answer"], body["answer"]
