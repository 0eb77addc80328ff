"""A heading is kept with the passage that opens its section, so it can be quoted: a line of
the back matter set as a heading ("A publication of the Province of Havenland" over the
date, in a colophon) answers who published the study, and a section headed "3.2 Swapbike: a
shared bike that …" says what a swapbike is."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = ["Shared bikes in Havenland: a quick study", "", "**Introduction",
         "The province studied how shared bikes can add to public transport in Havenland.",
         "It spoke with the towns, the operators and the users about parking, safety and price.", "",
         "**Colophon", "", "**A publication of the Province of Havenland", "May 2021", "Province of Havenland",
         "PO Box 100, Havenstad"]

STUDIE_NL = ["Deelfietsen in Varlande: een verkenning", "", "**Inleiding",
             "De provincie onderzocht hoe deelfietsen het openbaar vervoer in Varlande kunnen aanvullen.",
             "Zij sprak met gemeenten, aanbieders en reizigers over stallen, veiligheid en prijs.", "",
             "**Colofon", "", "**Dit is een uitgave van de provincie Varlande", "Juni 2022", "Provincie Varlande",
             "Postbus 7, Zeestad"]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"havenland-shared-bikes-study.pdf": STUDY, "varlande-deelfietsen-verkenning.pdf": STUDIE_NL}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_publisher_stated_by_a_heading_of_the_colophon(client):
    body = ask(client, "Who published the Havenland study on shared bikes?")
    assert not body["abstained"], body["answer"]
    assert "Province of Havenland" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "A publication of the Province of Havenland", body["citations"]


def test_the_publisher_stated_by_a_heading_in_dutch(client):
    body = ask(client, "Door wie werd de verkenning over deelfietsen in Varlande uitgegeven?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "Dit is een uitgave van de provincie Varlande", body["citations"]


CHAPTERS = "\n\n".join(
    f"## Hoofdstuk {i}\n\nDe provincie telde in gemeente {i} de fietsen bij de stations en sprak met de "
    f"aanbieders, de gemeente en de reizigers over stallen, veiligheid en de prijs van een rit." for i in range(1, 31))

ANNEXED = f"""# Fietsenstallingen in Varlande: een verkenning

{CHAPTERS}

## Colofon

### Dit is een uitgave van de provincie Varlande

Juni 2022, Zeestad.

## Bijlage 1: gesprekken

### Gemeenten

Met twaalf gemeenten is gesproken over stallen en vergunningen.

### Aanbieders

Vier aanbieders van deelfietsen gaven hun cijfers over ritten.

### Reizigers

Tweehonderd reizigers vulden een vragenlijst in over hun reis.
"""


@pytest.fixture(scope="module")
def annexed(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-fietsenstallingen-verkenning.md": ANNEXED}) as c:
        yield c


def test_a_colophon_before_an_annex_is_back_matter(annexed):
    """The colophon's passages need not be the plan's very last: an annex may follow."""
    body = ask(annexed, "Door wie werd de verkenning over fietsenstallingen in Varlande uitgegeven?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "Dit is een uitgave van de provincie Varlande", body["citations"]


GUIDE = """# Havenland parking study

## 3. Solutions at stations

### 3.1 Bike hubs

Hubs at the stations gather the shared bikes of all operators in one place.

### 3.2 Swapbike: a shared bike that frees rack space

More and more travellers cycle to the station, so the racks fill up and new ones are costly.
One answer is to use the racks better by letting bikes stand still for a shorter time between
two trips. The province wants to try the swapbike at Havenstad Central with the town.

### 3.3 Parking rules

Towns set where shared bikes may be parked.
"""


@pytest.fixture(scope="module")
def guide(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-parking-study.md": GUIDE}) as c:
        yield c


def test_a_term_defined_by_the_heading_of_its_section(guide):
    body = ask(guide, "What is a swapbike according to the Havenland parking study?")
    assert not body["abstained"], body["answer"]
    assert "a shared bike that frees rack space" in body["answer"], body["answer"]
    assert any(c["quote"].endswith("Swapbike: a shared bike that frees rack space") for c in body["citations"]), \
        body["citations"]
