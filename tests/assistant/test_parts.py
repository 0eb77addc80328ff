"""A question with two parts in French or Dutch ("qui préside X et à quelle fréquence se
réunit-il ?", "wie zit X voor en hoe vaak komt het samen?"): each part is answered, the second
about the subject of the first; a question about one row stays whole, since the row's cells
answer every part. Frequencies, durations and dates are read in the plan's language
("deux fois par an", "twee keer per jaar", "12 mars 2019")."""

from __future__ import annotations

import pytest

from assistant.answering.entities import PATTERNS
from assistant.decompose import split_question
from tests.conftest import ask_http as ask
from tests.conftest import serving

FR = """# Plan national de l'eau de la Varlande

## Gouvernance

Le Comité national de l'eau de la Varlande a été créé le 12 mars 2019 par décret.
Il est présidé par le Secrétaire général du Ministère de l'Eau, et la Direction des ressources en eau
en assure le secrétariat.
Le Comité national de l'eau se réunit en session ordinaire deux fois par an.
Le CNE est placé sous l'autorité du Premier ministre.

## Financement

Les bassins versants sont financés par le Fonds de l'eau, alimenté par une redevance sur les prélèvements.
Les communes rurales reçoivent un appui technique des agences de bassin pour entretenir les forages.

## Sigles

- CNE : Comité national de l'eau
- DRE : Direction des ressources en eau
"""

NL = """# Waterplan van Havenland

## Bestuur

De Waterraad van Havenland werd opgericht op 1 januari 2020.
De Waterraad wordt geleid door de secretaris-generaal van het Departement Water.
De Waterraad komt twee keer per jaar samen in gewone zitting.

## Financiering

De stroomgebieden worden gefinancierd door het Waterfonds, dat gespijsd wordt door een heffing.
De gemeenten krijgen technische steun van de bekkenbesturen voor het onderhoud van putten.
"""


@pytest.fixture(scope="module")
def clients(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    (folder / "plan-eau-varlande.md").write_text(FR, encoding="utf-8")
    (folder / "waterplan-havenland.md").write_text(NL, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("fr"), embedder, [folder / "plan-eau-varlande.md"]) as fr, \
            serving(tmp_path_factory.mktemp("nl"), embedder, [folder / "waterplan-havenland.md"]) as nl:
        yield {"fr": fr, "nl": nl}


@pytest.mark.parametrize("question, parts", [
    ("Qui préside le Comité national de l'eau et à quelle fréquence se réunit-il ?",
     ["Qui préside le Comité national de l'eau?", "À quelle fréquence se réunit-il ?"]),
    ("Quel organe est chargé du fonds, et dans quel délai ?", ["Quel organe est chargé du fonds?", "Dans quel délai ?"]),
    ("Wie zit de Waterraad voor en hoe vaak komt die samen?", ["Wie zit de Waterraad voor?", "Hoe vaak komt die samen?"]),
    ("Quels projets ciblent les jeunes et qui sont financés par l'Union ?",
     ["Quels projets ciblent les jeunes et qui sont financés par l'Union ?"]),
    ("Qui pilote le projet 12 et quel budget est prévu ?", ["Qui pilote le projet 12 et quel budget est prévu ?"]),
    # "en" joins two questions in Dutch; in French it opens a phrase
    ("D'après le plan de Varlande, en quelle année le décret créant le Comité a-t-il été signé ?",
     ["D'après le plan de Varlande, en quelle année le décret créant le Comité a-t-il été signé ?"]),
    # the words before a colon say what every part is about: they are no part of their own
    ("Norland's energy plan: which body builds the wind farms, and when are they due?",
     ["Norland's energy plan: which body builds the wind farms?", "When are they due?"]),
    ("Who leads line 3: the ministry or the agency?", ["Who leads line 3: the ministry or the agency?"]),
    # a second question may open with a preposition of amount or time
    ("What is the grain levy and above what amount is it due?", ["What is the grain levy?", "Above what amount is it due?"]),
    ("Qui gère le fonds et avant quelle date doit-il rendre compte ?",
     ["Qui gère le fonds?", "Avant quelle date doit-il rendre compte ?"]),
    ("Wie beheert het fonds en binnen welke termijn moet het rapporteren?",
     ["Wie beheert het fonds?", "Binnen welke termijn moet het rapporteren?"]),
    # an approximation may come before the second question word
    ("Which body runs the Norland ferry, and roughly how many boats does it own?",
     ["Which body runs the Norland ferry?", "Roughly how many boats does it own?"]),
    ("Quel organisme gère le bac, et environ combien de bateaux possède-t-il ?",
     ["Quel organisme gère le bac?", "Environ combien de bateaux possède-t-il ?"]),
    ("Welke dienst beheert de veerboot, en ongeveer hoeveel boten heeft die?",
     ["Welke dienst beheert de veerboot?", "Ongeveer hoeveel boten heeft die?"]),
    # French "que" opens a question with the verb it asks about, and an elision takes either apostrophe
    ("Qui gère le fonds, et que signifie son sigle ?", ["Qui gère le fonds?", "Que signifie son sigle ?"]),
    ("Qui gère le fonds, et qu’est-ce que le FNE ?", ["Qui gère le fonds?", "Qu’est-ce que le FNE ?"]),
    # a second question may open with a preposition of direction or purpose
    ("Hoeveel boten koopt de dienst, en naar welke haven varen ze?",
     ["Hoeveel boten koopt de dienst?", "Naar welke haven varen ze?"]),
    ("Combien de bateaux le service achète-t-il, et vers quel port naviguent-ils ?",
     ["Combien de bateaux le service achète-t-il?", "Vers quel port naviguent-ils ?"]),
    ("How many boats will the service buy, and towards which port will they sail?",
     ["How many boats will the service buy?", "Towards which port will they sail?"]),
])
def test_parts_of_a_question_in_each_language(question, parts):
    assert split_question(question)[0] == parts


@pytest.mark.parametrize("kind, text, found", [
    ("frequency", "Le Comité se réunit deux fois par an.", "deux fois par an"),
    ("frequency", "De raad komt twee keer per jaar samen.", "twee keer per jaar"),
    ("frequency", "Le rapport est publié tous les trois ans.", "tous les trois ans"),
    ("frequency", "De raad rapporteert jaarlijks.", "jaarlijks"),
    ("duration", "Projet de 5 ans, 2015-2020.", "5 ans"),
    ("duration", "De looptijd is drie jaar.", "drie jaar"),
    ("date", "créé le 12 mars 2019 par décret", "12 mars 2019"),
    ("date", "opgericht op 1 januari 2020", "1 januari 2020"),
])
def test_time_facts_in_french_and_dutch(kind, text, found):
    assert PATTERNS[kind].search(text).group(0) == found


@pytest.mark.parametrize("lang, question, needles", [
    ("fr", "Qui préside le Comité national de l'eau de la Varlande et à quelle fréquence se réunit-il ?",
     ["Secrétaire général", "deux fois par an"]),
    ("nl", "Wie leidt de Waterraad van Havenland en hoe vaak komt die samen?",
     ["secretaris-generaal", "twee keer per jaar"]),
])
def test_each_part_is_answered(clients, lang, question, needles):
    body = ask(clients[lang], question)
    assert not body["abstained"], body["answer"]
    for needle in needles:
        assert needle in body["answer"], body["answer"]


def test_an_abbreviation_s_meaning_asked_second_is_answered_with_the_first_part(clients):
    body = ask(clients["fr"], "Sous quelle autorité le CNE est-il placé, et que signifie cette abréviation ?")
    assert "Premier ministre" in body["answer"], body["answer"]
    assert "Comité national de l'eau" in body["answer"], body["answer"]


def test_a_part_the_plan_does_not_answer_is_said_in_the_question_s_language(clients):
    body = ask(clients["fr"], "Qui préside le Comité national de l'eau de la Varlande et quel est son budget annuel en euros ?")
    assert "Secrétaire général" in body["answer"], body["answer"]
    assert "Les plans ne le disent pas : quel est son budget annuel en euros ?" in body["answer"], body["answer"]


DAMS = """# Plan de l'eau de Norby 2031-2035

## Barrages

Les barrages du nord fournissent la moitié de l'électricité du pays.
Leur entretien est confié à l'Office des barrages de Norby.

## Logements

Le plan encourage la construction de logements sobres en eau dans les villes du sud.
Ministère de l'Eau et de l'Énergie de Norby, 2029.

## Forages

Le Fonds de l'eau finance les forages des communes rurales.
"""


def test_a_short_second_part_about_what_the_plan_lacks_is_not_answered_either(tmp_path, embedder):
    """"…, et en quelle année ?" asks the year of what the first part asks about: when the
    plan does not hold that, a year the plan gives for something else is no answer."""
    (tmp_path / "plan-eau-norby.md").write_text(DAMS, encoding="utf-8")
    with serving(tmp_path / "index", embedder, [tmp_path / "plan-eau-norby.md"]) as client:
        body = ask(client, "Combien de logements sobres seront construits selon le plan, et en quelle année ?")
    assert body["abstained"], body["answer"]
    assert not body["citations"], body["answer"]


def test_a_question_in_parts_that_one_row_answers_is_answered_from_the_row(tmp_path, embedder):
    table = ("# Plan de la Varlande\n\n## Activités transversales\n\n"
             "| Activité | Échéance de mise en œuvre (durée de l'activité) | Organe en charge de la mise en œuvre |\n"
             "|---|---|---|\n"
             "| Créer un fonds national de l'eau pour centraliser les financements | Long terme (8 ans) | Ministère des Finances |\n"
             "| Former les agents des bassins à la gestion des crues | Court terme (2 ans) | Ministère de l'Eau |\n")
    (tmp_path / "plan-varlande.md").write_text(table, encoding="utf-8")
    with serving(tmp_path / "index", embedder, [tmp_path / "plan-varlande.md"]) as client:
        body = ask(client, "Quel organe est chargé de créer un fonds national de l'eau, et dans quel délai ?")
    assert body["mode"] == "registry", body["answer"]
    assert "Ministère des Finances" in body["answer"] and "Long terme (8 ans)" in body["answer"], body["answer"]


INDUSTRY = """# Plan industriel de la Varlande

## Industrie

L'industrie de la Varlande est concentrée dans la zone portuaire, notamment à Varport, Norby et Kelstad, où l'on
trouve près de 80 % des usines du pays.

## Énergie

Les usines consomment la moitié de l'électricité produite par les barrages du nord.
"""

NO_TOWNS = INDUSTRY.replace(", notamment à Varport, Norby et Kelstad,", ",")


@pytest.mark.parametrize("plan, said", [(INDUSTRY, True), (NO_TOWNS, False)])
def test_a_part_the_earlier_part_s_quote_answers_is_not_said_to_be_missing(tmp_path, embedder, plan, said):
    """"…, and in which towns?" asks about the subject of the part before: when the quote
    that answers that part names the towns, it answers this part too; when it names none,
    the plans do not say."""
    (tmp_path / "plan-industriel-varlande.md").write_text(plan, encoding="utf-8")
    with serving(tmp_path / "index", embedder, [tmp_path / "plan-industriel-varlande.md"]) as client:
        body = ask(client, "What share of Varlande's factories is in the port zone, and in which towns?")
    assert "80 %" in body["answer"], body["answer"]
    assert ("The plans do not say: in which towns?" not in body["answer"]) is said, body["answer"]
