"""What a plan's front and back matter say of the plan itself: the responsible publisher
under a label ("V.U.:" with the name on the next line), the address to write to at the back
of a long plan whose action table is stored after its text, and the licence it may be
reused under, stated in a sentence of the colophon. A label whose value is a logo (no text
follows it) answers nothing: a question about the plan's publisher then abstains rather
than quoting a sentence on what others publish. (The licence of a short plan was found by
the search before; it stays as a control of the relation added for it.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

SECTIONS = "\n\n".join(
    f"## Hoofdstuk {i}\n\nDe regering van Havenland werkt in dit hoofdstuk aan thema {i}. Zij overlegt met de "
    f"gemeenten, de sociale partners en het middenveld over de uitvoering van de maatregelen voor thema {i}, en "
    f"rapporteert elk jaar aan het parlement over de voortgang." for i in range(1, 13))

AGREEMENT = f"""# Regeerakkoord Havenland 2024-2029

{SECTIONS}

## Maatregelen

| Nr | Maatregel | Trekker |
|---|---|---|
| 1 | Vergunningen binnen zestig dagen | Kanselarij |
| 2 | Fietspaden langs alle gewestwegen | Mobiliteit |
| 3 | Een digitaal loket voor ondernemers | Economie |

## Colofon

Kanselarij van Havenland
Havenstraat 1, 9000 Havenstad
kanselarij@havenland.example
"""

COVER = ["Beleidsnota Norland 2024-2029", "", "Departement Bestuur van Norland", "V.U.:", "Piet Modaal",
         "Norlandstraat 1, 9000 Norstad", "", "Inleiding", "Deze beleidsnota beschrijft de plannen van Norland.",
         "Het departement publiceert elk jaar een voortgangsrapport."]

REPORT = ["Norland Harbour Data Strategy 2024", "", "Published by the Norland Ports Office, May 2024",
          "You may reuse this information free of charge in any format under the terms of the Norland Open Data Licence.",
          "", "1. Introduction", "The strategy sets out how the ports will publish their data.",
          "The Norland Statistics Office publishes the trade figures every quarter.",
          "The ports will publish berth data every month from 2025."]

PNA = ["Plan national d'adaptation de Varlande", "", "Ministère de l'Eau de Varlande", "", "Financé et publié par :",
       "", "1. Contexte", "Les données publiées par l'Office météorologique de Varlande montrent une hausse des "
       "températures.", "Le plan couvre la période 2024-2030."]


PROGRAMME = ["GOVERNMENT OF NORLAND", "COASTAL RESILIENCE PROGRAMME OF NORLAND 2022-2026", "",
             "The Coastal Resilience Programme of Norland has been developed by the",
             "Ministry of Harbours of Norland with the funding of the Tidal Trust and the support",
             "of the Northern Development Bank within the framework of a coastal planning project.", "",
             "**1. Measures", "Measure 1.1: the Ministry of Harbours repairs the dunes at Saltby by 2024.",
             "Measure 1.2: the towns map the flood risk of their harbours by 2025."]


ROADMAP = """# Harbour Roadmap of Havenland 2023-2027

The Harbour Roadmap of Havenland 2023-2027 has been developed by the Ministry of Docks of Havenland with the funding of the Quay Foundation.

## Measures

| No | Measure | Performer | Due date |
|---|---|---|---|
| 1.1 | Repair of the breakwater at Portmouth | Ministry of Docks | 2024 |
| 1.2 | New lights on the outer quays | Harbour Board | 2025 |
| 3.1 | Evaluation of the Harbour Roadmap of Havenland 2023-2027 | National Audit Office | 2027 |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"beleidsnota-norland-2024-2029.pdf": COVER, "regeerakkoord-havenland-2024-2029.md": AGREEMENT,
             "norland-harbour-data-strategy-2024.pdf": REPORT, "plan-adaptation-varlande.pdf": PNA,
             "coastal-resilience-programme-norland-2022-2026.pdf": PROGRAMME,
             "harbour-roadmap-havenland-2023-2027.md": ROADMAP}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_label_with_its_value_on_the_next_line(client):
    body = ask(client, "Wie is de verantwoordelijke uitgever van de beleidsnota van Norland?")
    assert not body["abstained"], body["answer"]
    assert "Piet Modaal" in body["answer"], body["answer"]


def test_the_address_at_the_back_of_a_long_plan(client):
    body = ask(client, "Welk e-mailadres staat achteraan in het regeerakkoord Havenland 2024-2029?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "kanselarij@havenland.example"


def test_the_licence_stated_in_the_colophon(client):
    body = ask(client, "Under which licence can the Norland harbour data strategy be reused?")
    assert not body["abstained"], body["answer"]
    assert "Norland Open Data Licence" in body["answer"], body["answer"]


def test_a_publisher_given_by_a_logo_only(client):
    body = ask(client, "Qui a publié le plan national d'adaptation de Varlande ?")
    assert body["abstained"], body["answer"]


@pytest.mark.parametrize("question", [
    "Where should enquiries about the regeerakkoord Havenland 2024-2029 be sent?",
    "À qui adresser une demande de renseignements sur le regeerakkoord Havenland 2024-2029 ?",
])
def test_enquiries_ask_for_the_address_to_write_to(question, client):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "kanselarij@havenland.example" in body["answer"], body["answer"]


def test_who_drew_up_the_plan_is_the_sentence_that_says_so(client):
    """"Which ministry drew up X?" is the plan's own sentence ("X has been developed by the /
    Ministry of …", over several lines), whole, not its first line cut after "by the". (A
    control: before the relation was read, the search found the sentence.)"""
    body = ask(client, "Which ministry drew up the coastal resilience programme of Norland 2022-2026?")
    assert not body["abstained"], body["answer"]
    assert "developed by the Ministry of Harbours of Norland" in " ".join(body["answer"].split()), body["answer"]


def test_who_drew_up_the_plan_is_not_the_row_that_names_it(client):
    """The plan's row that evaluates the plan (its title in the action) has a performer; the
    ministry that drew the plan up is in the plan's own sentence."""
    body = ask(client, "Which ministry drew up the Harbour Roadmap of Havenland 2023-2027?")
    assert not body["abstained"], body["answer"]
    assert "developed by the Ministry of Docks of Havenland" in body["answer"], body["answer"]
    assert "Audit Office" not in body["answer"], body["answer"]
