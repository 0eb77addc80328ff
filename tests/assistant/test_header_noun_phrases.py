"""A column named by the noun phrase of its header without the word that qualifies it: "which
harbour association backs commitment 2?" asks for the cell under "Supporting harbour
associations", not for the row's lead or its text (through the HTTP API, over a plan
written here)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """<html lang="en"><body><h1>Norland Harbour Action Plan 2031-2033</h1>
<p>The plan sets out what the ministries of Norland commit to for the harbours, and who works with them.</p>
<h2>Annex A: commitments</h2>
<table>
<tr><th>No.</th><th>Commitment</th><th>Lead ministry</th><th>Supporting harbour associations</th></tr>
<tr><td>1</td><td>The ministry will publish the mooring fees of every harbour each year.</td><td>Ministry of Transport</td><td>Pier Owners Union</td></tr>
<tr><td>2</td><td>The ministry will open a register of the wrecks lying in the outer basins.</td><td>Ministry of the Sea</td><td>Quay Keepers Guild</td></tr>
<tr><td>3</td><td>The ministry will train the harbour masters in storm warnings.</td><td>Ministry of the Interior</td><td>Not applicable</td></tr>
</table>
<h2>Follow-up</h2>
<p>The ministries report on the commitments to the parliament every autumn.</p>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-action-plan.html": PLAN}) as c:
        yield c


def test_the_noun_phrase_of_a_header_names_its_column(client):
    body = ask(client, "Which harbour association backs commitment 2 of the Norland harbour plan?")
    assert "Quay Keepers Guild" in body["answer"], body["answer"]
    assert "Pier Owners Union" not in body["answer"], body["answer"]
