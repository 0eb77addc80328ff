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


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"beleidsnota-norland-2024-2029.pdf": COVER, "regeerakkoord-havenland-2024-2029.md": AGREEMENT,
             "norland-harbour-data-strategy-2024.pdf": REPORT, "plan-adaptation-varlande.pdf": PNA}
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
