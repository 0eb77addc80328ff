"""What an abbreviation stands for, where a plan spells it out in ways real plans do: a
name broken over two lines of a PDF page ("... Innovatie en\nOndernemen (ZAIO)"), and a
list of abbreviations set as a table whose first cell is the abbreviation, with headers (its
rows are read as rows) or without (its cells are read as text); a sentence that spells it
out ("X staat voor …"); the abbreviation asked about when the question names another one, or
joins it to a noun ("het X-model"), and a name that ends a sentence."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

LINES = [
    "Regeerakkoord van Zeeland 2024-2029",
    "",
    "Economie en innovatie",
    "Om ondernemers beter te ondersteunen zet het Zeeuws Agentschap Innovatie en",
    "Ondernemen (ZAIO) verder in op een laagdrempelige ondersteuning van kmo's.",
    "ZAIO bouwt verder aan een netwerk van partnerorganisaties.",
    "We maken van ZAIO een datagedreven agentschap dat de goede praktijken verspreidt.",
]

GLOSSARY = """<html><head><title>Plan national d'adaptation de la Varlande</title></head><body>
<h1>Plan national d'adaptation de la Varlande</h1>
<h2>Liste des sigles et acronymes</h2>
<table>
<tr><td>ABEV</td><td>Agence Béninoise pour l'Environnement de Varlande</td></tr>
<tr><td>MCVV</td><td>Ministère du Cadre de Vie de la Varlande</td></tr>
<tr><td>DGCV</td><td>Direction Générale du Climat de la Varlande</td></tr>
</table>
<h2>Sigles des partenaires</h2>
<table><tr><th>Sigle</th><th>Signification</th></tr>
<tr><td>FDVV</td><td>Fonds de Développement Vert de la Varlande</td></tr>
<tr><td>PSVV</td><td>Programme de Surveillance des Vallées de la Varlande</td></tr>
</table>
<h2>Coordination</h2>
<p>Le MCVV coordonne la mise en œuvre du plan national d'adaptation (PNA) avec la DGCV. Le MCVV rend compte chaque année.</p>
<p>L’Observatoire National des Crues de Varlande (ONCV) n’est pas encore opérationnel. L’ONCV publiera ses données.</p>
<p>Pour chaque projet, il est proposé qu'il fasse l'objet d'une Evaluation Environnementale et Sociale Stratégique (EEVS).</p>
</body></html>"""


DIGITAL = """# Digital strategy of the Harbour Agency

## Systems opened through web APIs

The Harbour Observing System (HOS) Data Exchange (HODE) is a registry of the agency's sensor data.
HODE lets partners order data through one interface.
"""


# "CoST" is also the word "cost", written everywhere; its name is spelled out once, far from
# the question's words, and a list of organisations sets another name on the line before it
COSTS = ("# HL open government plan 2013-2015\n\n"
         + "".join(f"## Construction costs in district {n}\n\nThe cost of public works in district {n} rose by a "
                   f"third. Cost reviews now cover every project, and the cost of roads is published each quarter.\n\n"
                   for n in range(1, 41))
         + """## Commitment 9

The government will help set up four new national CoST programmes in partner countries.

## Annex B: organisations that worked on this plan

The following organisations worked with the government on this plan; those marked with an asterisk signed it:

- Compact Voice*
- Construction Sector Transparency Initiative (CoST)
- Open Knowledge Harbourland
""")

# Dutch: "ZVKB" is used and never spelled out
ZEELAND_CARE = """# Zorgplan Zeeland 2024

## Financiering

We brengen de financieringsstromen die het ZVKB verstrekt in kaart. Het ZVKB rapporteert elk jaar aan het parlement.

## Mobiliteit

De vraag naar zorgvervoer stijgt, zo blijkt ook in het Onderzoek VerplaatsingsGedrag (OVG) van 2019.

## Veiligheid

Steeds meer gemeenten werken met het RAAK-model. RAAK staat voor Rust (in de wijk), Aandacht (voor de bewoners),
Afstand (tot het verkeer) en Kennis, in die volgorde. Het model wordt in 2025 geëvalueerd.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"regeerakkoord-zeeland.pdf": LINES, "pna-varlande.html": GLOSSARY, "harbour-digital-strategy.md": DIGITAL,
             "harbourland-ogp-plan.md": COSTS, "zorgplan-zeeland.md": ZEELAND_CARE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", ["Waar staat de afkorting ZAIO voor in het regeerakkoord?",
                                      "Wat betekent ZAIO?"])
def test_a_name_broken_over_two_lines_is_spelled_out(client, question):
    body = ask(client, question)
    assert body["mode"] == "acronym", body["answer"]
    assert "Zeeuws Agentschap Innovatie en Ondernemen" in body["answer"]
    assert "Ondernemen (ZAIO)" in body["citations"][0]["quote"]


def test_a_list_of_abbreviations_set_as_a_table(client):
    body = ask(client, "Que signifie MCVV ?")
    assert body["mode"] == "acronym", body["answer"]
    assert "Ministère du Cadre de Vie de la Varlande" in body["answer"]
    assert body["citations"][0]["quote"].split("\n") == ["MCVV", "Ministère du Cadre de Vie de la Varlande"]


def test_a_list_of_abbreviations_with_headers(client):
    body = ask(client, "Que veut dire le sigle PSVV ?")
    assert body["mode"] == "acronym", body["answer"]
    assert "Programme de Surveillance des Vallées de la Varlande" in body["answer"]
    assert body["citations"][0]["quote"] == "Programme de Surveillance des Vallées de la Varlande"


def test_the_abbreviation_asked_about_not_the_one_that_says_where_and_only_the_name(client):
    body = ask(client, "Que signifie EEVS dans le PNA de la Varlande ?")
    assert body["mode"] == "acronym", body["answer"]
    assert body["answer"].startswith("EEVS signifie Evaluation Environnementale et Sociale Stratégique"), body["answer"]
    assert "proposé" not in body["answer"]


def test_a_name_holding_an_abbreviation_of_its_own(client):
    body = ask(client, "What does HODE stand for?")
    assert body["mode"] == "acronym", body["answer"]
    assert "Harbour Observing System (HOS) Data Exchange" in body["answer"], body["answer"]


def test_a_name_after_an_elided_article(client):
    body = ask(client, "Que signifie ONCV ?")
    assert body["mode"] == "acronym", body["answer"]
    assert "ONCV signifie Observatoire National des Crues de Varlande" in body["answer"], body["answer"]


def test_a_question_that_points_back_at_the_abbreviation(client):
    # the asking sentence names none; the one it points back to comes first, the plan's after it
    body = ask(client, "Le MCVV revient souvent dans le PNA de la Varlande. Que veut dire ce sigle ?")
    assert body["mode"] == "acronym", body["answer"]
    assert "Ministère du Cadre de Vie de la Varlande" in body["answer"], body["answer"]


def test_a_clause_that_points_back_after_a_colon(client):
    # the asking clause follows a colon and names none; the plan's own name (PNA, in its file
    # name) comes first, the one asked about next, and another one after it
    body = ask(client, "Le PNA de la Varlande présente le FDVV comme partenaire de la DGCV : que signifie ce sigle ?")
    assert body["mode"] == "acronym", body["answer"]
    assert "Fonds de Développement Vert de la Varlande" in body["answer"], body["answer"]


def test_an_abbreviation_that_is_also_a_word_found_where_it_is_written_as_such(client):
    # every passage writing "CoST" is read, not the best ones for the word "cost"; the plan's
    # own "HL" is not what is asked; the list item above the name is not part of it
    body = ask(client, "What does CoST stand for in the HL open government plan?")
    assert body["mode"] == "acronym", body["answer"]
    assert "CoST stands for Construction Sector Transparency Initiative" in body["answer"], body["answer"]
    assert "Compact Voice" not in body["answer"], body["answer"]


@pytest.mark.parametrize("question", ["Waar staat ZVKB voor?", "What does ZVKB stand for?"])
def test_an_abbreviation_the_plans_only_use_is_not_spelled_out_by_a_sentence_using_it(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]
    assert "ZVKB" in body["answer"], body["answer"]


def test_a_capital_inside_a_word_gives_a_letter(client):
    # "Onderzoek VerplaatsingsGedrag" gives O, V and G; "ook in het" before it is no part of the name
    body = ask(client, "Wat betekent de afkorting OVG?")
    assert body["mode"] == "acronym", body["answer"]
    assert "OVG staat voor Onderzoek VerplaatsingsGedrag [1]" in body["answer"], body["answer"]


@pytest.mark.parametrize("question", ["Waar staan de letters van het RAAK-model voor?", "Waar staat het RAAK-model voor?",
                                      "Wat betekent RAAK?"])
def test_a_sentence_that_spells_it_out_and_an_abbreviation_joined_to_a_noun(client, question):
    """"RAAK staat voor Rust (…), Aandacht (…), …" spells it out in a sentence of its own, and
    "het RAAK-model" writes it joined to a noun with a hyphen."""
    body = ask(client, question)
    assert body["mode"] == "acronym", body["answer"]
    assert all(w in body["answer"] for w in ("Rust", "Aandacht", "Afstand", "Kennis")), body["answer"]


def test_a_name_whose_words_give_every_letter_is_read_whole():
    from assistant.answering.acronyms import expansions

    text = ("Par l'arrêté n° 12 du 3 mai 2020, il a été mis en place la Commission\nTechnique chargée du suivi "
            "du plan national d'adaptation aux marées\n(CTPNA) présidée par le ministre.")
    # "chargée du suivi …" gives C, P, N, A but not T: the name begins at "Commission"
    assert [long for _, _, long in expansions("CTPNA", text)] == [
        "Commission Technique chargée du suivi du plan national d'adaptation aux marées"]


def test_a_second_name_and_the_abbreviation_in_one_bracket():
    from assistant.answering.acronyms import expansions

    text = "Het Havenlandse Agentschap voor Buitenlandse Handel (Havenland Export Office/HEO) steunt bedrijven."
    assert [long for _, _, long in expansions("HEO", text)] == ["Havenland Export Office"]
