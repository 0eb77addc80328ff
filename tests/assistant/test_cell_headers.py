"""A figure in a table cell is read under its column header and of what its row names,
through the HTTP API, over plans written here: a statistics panel whose labels head its
values ("Bounce rate (search page) | 27.45%") and a list of providers with their fleets
("cargo bikes, electric | Quaywheel | Havenstad | 40"). The value is quoted verbatim and the
answer says the header and the row it sits in; a question about another page's rate, or
about a provider in a town its row does not name, does not get it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PANEL = """<html lang="en"><body><h1>Harbour data portal: quarterly report</h1>
<p>The Varlande harbour data portal publishes the port authority's datasets for shippers, researchers and residents.</p>
<h2>Portal analysis</h2>
<p>Over the winter the portal team rebuilt the search page and added a map of the quays.</p>
<table>
<tr><th colspan="2">Visitor statistics for winter 2031</th></tr>
<tr><th>Pages viewed</th><td>88120</td></tr>
<tr><th>Visits counted</th><td>30412</td></tr>
<tr><th>Pages seen in one visit</th><td>2.90</td></tr>
<tr><th>Average visit length</th><td>3 mins 12 secs</td></tr>
<tr><th>Bounce rate (search page)</th><td>27.45%</td></tr>
<tr><th>Returning visitors</th><td>41.30%</td></tr>
</table>
<h2>Next steps</h2>
<p>The team will add the tide tables in the spring and ask users what they miss.</p>
</body></html>"""


PROVIDERS = """<html lang="en"><body><h1>Shared bikes and scooters in Havenland: a quick study</h1>
<p>Shared bikes and scooters are spreading fast in the towns of Havenland. This annex lists the providers active in 2031.</p>
<h2>Why the province looks at shared vehicles</h2>
<p>The province wants people to leave the car at home for short trips. Shared vehicles can fill the gap between the
bus stop and the front door, and they take less room in the street than private cars.</p>
<p>Towns have asked the province for advice on permits, parking places and the data providers should share with them.
The study answers these questions for the coming years and compares the towns with one another.</p>
<h2>What the towns told us</h2>
<p>Most towns welcome shared bikes. Some worry about scooters parked on the pavement and ask for fixed parking places
near stations. Small towns fear that providers will only serve the large ones.</p>
<p>All towns want the providers to share where and when their vehicles are used, so that the towns can plan the
parking places and see whether shared vehicles replace car trips.</p>
<h2>What the province will do</h2>
<p>The province will draw up model rules for permits that every town may use, so that a provider meets the same rules
in every town it serves. It will also set up a shared data platform for the towns and the providers.</p>
<p>In the coming year the province will test fixed parking places for shared vehicles near three stations and report
on how travellers use them. The results will feed the next regional mobility plan.</p>
<h2>Annex 1: shared bikes and scooters in Havenland</h2>
<table>
<tr><th>type</th><th>provider</th><th>where</th><th>vehicles</th></tr>
<tr><td>shared bikes</td><td>Rollwell</td><td>Havenstad and Oosterdam</td><td>400</td></tr>
<tr><td>shared scooters, electric</td><td>Zipsy</td><td>Havenstad, Brugge-aan-Zee and Oosterdam</td><td>1,200</td></tr>
<tr><td>cargo bikes, electric</td><td>Quaywheel</td><td>Havenstad</td><td>40</td></tr>
<tr><td>cargo bikes, electric</td><td>Baktrap</td><td>Oosterdam</td><td>15</td></tr>
<tr><td>e-bikes (via hubs)</td><td>Hubly</td><td>Oosterdam and Havenstad</td><td>a few</td></tr>
</table>
<h2>Conclusions</h2>
<p>The province will talk with the towns about parking places for shared vehicles.</p>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-portal-report.html": PANEL, "havenland-shared-bikes.html": PROVIDERS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_percentage_cell_found_by_its_header(client):
    body = ask(client, "What bounce rate did the search page have in winter 2031?")
    assert not body["abstained"], body["answer"]
    assert "27.45%" in body["answer"] and "Bounce rate (search page)" in body["answer"]
    assert "Visitor statistics for winter 2031" in body["answer"]  # the row the cell sits in
    assert [c["quote"] for c in body["citations"]] == ["27.45%"]  # the cell, verbatim, once


def test_a_length_of_time_in_minutes_and_seconds(client):
    body = ask(client, "On average, how much time did one visit to the portal take in winter 2031?")
    assert not body["abstained"], body["answer"]
    assert "3 mins 12 secs" in body["answer"] and "Average visit length" in body["answer"]


def test_the_rate_of_a_page_the_header_does_not_name(client):
    # (the cell would answer were its header not read against the words beside "page")
    body = ask(client, "What bounce rate did the map page have?")
    assert body["abstained"], body["answer"]
    assert "27.45%" not in body["answer"]


@pytest.mark.parametrize("question, figure", [
    ("How many electric cargo bikes does Quaywheel run in Havenstad?", "40"),
    ("How many shared scooters does Zipsy offer?", "1,200"),
])
def test_a_count_in_a_row_named_by_its_other_cells(client, question, figure):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert [c["quote"] for c in body["citations"]] == [figure]
    assert body["citations"][0]["document"] == "havenland-shared-bikes.html"


def test_a_provider_in_a_town_its_row_does_not_name(client):
    # (the row of Baktrap gives 15 cargo bikes, in Oosterdam)
    body = ask(client, "How many cargo bikes does Baktrap have in Havenstad?")
    assert body["abstained"], body["answer"]
