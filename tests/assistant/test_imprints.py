"""A plan's imprint names its publisher on the line over its postal address ("Harbour Works
Office" / "12 Quay Street" / "Zeestad ZS1 4QW"): "which ministry issued the plan?" is
answered by that line, a name set on two lines included; a plan with no imprint and no
"published by" says nothing of its publisher, and the answer abstains."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

NORLAND = """# Norland Harbour Plan 2031 to 2035

March 2031

Harbour Works Office
12 Quay Street
Zeestad ZS1 4QW

Publication date: April 2031

## Quays

The plan rebuilds the northern quays of Zeestad before 2034.
"""

HAVENLAND = ["**Havenplan Havenland 2031-2035", "", "**Kaaien", "",
             "Havenland herstelt de kaaien van Havenstad tegen 2034.", "",
             "De haven krijgt twee nieuwe sluizen en een bredere vaargeul.", "", "",
             "DEPARTEMENT", "HAVENS EN WATERWEGEN", "", "Kaaistraat 12 bus 3", "2000 Havenstad"]

VARLANDE = """# Plan des digues de Varlande 2031

## Digues

Varlande rehausse les digues du littoral nord avant 2034.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-plan-2031-2035.md": NORLAND,
                                                     "havenplan-havenland-2031-2035.pdf": HAVENLAND,
                                                     "plan-digues-varlande-2031.md": VARLANDE}) as c:
        yield c


def test_the_line_over_the_address_names_the_publisher(client):
    body = ask(client, "Which ministry issued the Norland Harbour Plan 2031 to 2035?")
    assert body["answer"].startswith("Harbour Works Office"), body["answer"]
    assert body["citations"][0]["document"] == "norland-harbour-plan-2031-2035.md"


def test_a_name_on_two_lines_over_the_address(client):
    body = ask(client, "Welk departement heeft het Havenplan Havenland 2031-2035 uitgegeven?")
    assert "DEPARTEMENT HAVENS EN WATERWEGEN" in body["answer"], body["answer"]


def test_a_plan_without_an_imprint_names_no_publisher(client):
    body = ask(client, "Par quel ministère le plan des digues de Varlande 2031 a-t-il été publié ?")
    assert body["abstained"], body["answer"]


def test_an_edition_word_names_the_plan(client):
    body = ask(client, "Which ministry issued the second Norland Harbour Plan?")
    assert body["answer"].startswith("Harbour Works Office"), body["answer"]


def test_the_publisher_asked_after_the_date(client):
    # "…, and which office issued it?": "it" is the plan the first part names
    body = ask(client, "When was the Norland Harbour Plan 2031 to 2035 published, and which office issued it?")
    assert "2031 [1]" in body["answer"], body["answer"]
    assert "Harbour Works Office [2]" in body["answer"], body["answer"]
