"""A row found by what it is about, with its fields asked in a later clause ("which measure
deals with X, and what is its financial assessment and due date?"): the answer gives the
row and those fields, each cited; "which measure deals with X?" alone gives the row."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

PLAN = """<html lang="en"><body><h1>Valdoria adaptation programme 2021-2025</h1>
<p>The Valdoria adaptation programme prepares Valdoria for floods, droughts and heat. The programme runs
from 2021 to 2025 and is reviewed every year.</p>
<h2>List of measures</h2>
<table>
<tr><th>No</th><th>Measure</th><th>Performer</th><th>Due date</th><th>Financial assessment (thousand VLD)</th></tr>
<tr><td>1.1</td><td>Integration of climate factors into the management plan of the Lake Orven nature reserve</td>
<td>Ministry of Environment</td><td>2023, 4th trimester</td><td>25,000</td></tr>
<tr><td>1.2</td><td>Development of flood maps for the three river basins</td><td>Water Committee</td>
<td>2024, 2nd trimester</td><td>40,000</td></tr>
<tr><td>1.3</td><td>Training of farmers in drought-resistant crops</td><td>Ministry of Agriculture</td>
<td>2022, 3rd trimester</td><td>12,500</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"valdoria-adaptation.html": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_row_found_by_its_topic_with_the_fields_asked_after(client):
    body = ask(client, "Which measure of the Valdoria adaptation programme deals with the Lake Orven nature reserve, "
                       "and what is its financial assessment and due date?")
    assert not body["abstained"], body["answer"]
    for value in ("1.1", "25,000", "2023"):
        assert value in body["answer"], body["answer"]
    assert "40,000" not in body["answer"], body["answer"]


def test_the_row_found_by_its_topic(client):
    body = ask(client, "Which measure of the Valdoria adaptation programme deals with flood maps?")
    assert not body["abstained"] and "1.2" in body["answer"], body["answer"]
