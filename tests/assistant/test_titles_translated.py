"""A plan named in another language than its own, by its title translated ("het actieplan
Vogels, Heide en Bodem" for "Birds, Heaths and Soil"), among plans written in the question's
language that share the question's words: the words that translate two words or more of one
plan's title, and of no other's, name it; the plan is searched, and its sentences read by
meaning, for what is asked without the phrase that names it; a sentence of a plan in the
question's language, closer in words, does not answer for the plan named (the named plan's
sentence answers, or none does); a sentence that opens with as many things as the question asks
for is followed by the one that names them."""

from __future__ import annotations

import pytest

from assistant.answering.titles import TitleWords
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

TOPICS = ["beech forests", "river banks", "peat soils", "spruce stands", "drinking water", "clay soils",
          "oak woodland", "groundwater", "sandy soils", "wetlands", "forest fires", "soil erosion"]

PILOTS = "In three pilot regions, the ministries will act together to test the plan's instruments before they are used elsewhere."
# (the same, in words a Dutch question about coordinated departments shares more of)
PILOTS_DEPARTMENTS = ("In three pilot regions, the coordinated action of the departments will test the plan's "
                      "instruments before they are used elsewhere.")
# (a Dutch plan that writes the very words the title translates)
REGIONS = ["## Regio's", "", "Bijzondere aandacht gaat naar de vogels, de heide en de bodem van Varland in de regio's.", ""]


def _norland(pilots: str) -> str:
    return f"""# Birds, Heaths and Soil – Norland Action Plan 2030-2034

## Scope

The plan applies to every heath, marsh and field of Norland. {pilots} These regions are Ostby, Kirkwall and Lenport.
""" + "".join(f"""
## Measure {n}

The action plan protects Norland's {topic}: the forest service, the water boards and the soil institute survey them every year and restore what is damaged.
""" for n, topic in enumerate(TOPICS, 1))


def _varland(*sections: str) -> str:
    towns = ["Aalst", "Brugge", "Gent", "Hasselt", "Kortrijk", "Leuven", "Mechelen", "Ninove", "Oostende",
             "Roeselare", "Tielt", "Turnhout", "Veurne", "Zottegem"]
    parts = ["# Regeerakkoord Varland 2025-2029", "", *sections]
    for n, town in enumerate(towns, start=1):
        parts += [f"## Hoofdstuk {n}", "",
                  f"De gemeente {town} kiest voor een gezamenlijke aanpak van de departementen: de ministeries "
                  f"werken samen met drie proefprojecten voor betaalbaar wonen en mobiliteit.", ""]
    return "\n".join(parts)


NORLAND_FILE = "norland-birds-heaths-soil-plan.md"
VARLAND_FILE = "varland-regeerakkoord.md"


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {NORLAND_FILE: _norland(PILOTS), VARLAND_FILE: _varland()}) as c:
        yield c


@pytest.fixture(scope="module")
def crowded(tmp_path_factory, embedder):
    """The same plans, the Dutch one closer in words to the question below."""
    files = {NORLAND_FILE: _norland(PILOTS_DEPARTMENTS), VARLAND_FILE: _varland(*REGIONS)}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.fixture(scope="module")
def title_words(client) -> TitleWords:
    """The service's own reader of translated titles (the bundled multilingual USE model)."""
    return client.app.state.service.title_words


@pytest.mark.parametrize("question", [
    "Welke drie proefregio's kiest het actieplan Vogels, Heide en Bodem voor een gezamenlijke aanpak van de ministeries?",
    "Quelles sont les trois régions pilotes du plan d'action « Oiseaux, landes et sols » ?",
])
def test_the_plan_named_by_its_title_translated_answers(client, question):
    body = ask(client, question)
    assert "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]
    assert body["citations"] and all(c["document"].startswith("norland") for c in body["citations"]), body["citations"]


@pytest.mark.parametrize("index", ["client", "crowded"])
def test_a_question_about_the_other_plan_is_answered_from_it(request, index):
    body = ask(request.getfixturevalue(index),
               "Met hoeveel proefprojecten werkt de gemeente Tielt volgens het regeerakkoord van Varland?")
    assert body["citations"] and body["citations"][0]["document"].startswith("varland"), body


def test_a_closer_sentence_of_another_plan_does_not_answer(crowded):
    body = ask(crowded, "Welke drie proefregio's kiest het actieplan Vogels, Heide en Bodem voor het "
                       "gecoördineerde optreden van de departementen?")
    assert not any(c["document"].startswith("varland") for c in body["citations"]), body["answer"]
    assert body["abstained"] or "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]


def test_words_translating_two_title_words_name_the_plan(client, title_words):
    snapshot = client.app.state.service.index.snapshot
    assert title_words.names(analyse("Wat zegt het plan over vogels en bodem?"), snapshot) == NORLAND_FILE


def test_one_title_word_translated_names_no_plan(client, title_words):
    assert title_words.names(analyse("Wat zegt het plan over vogels?"), client.app.state.service.index.snapshot) is None


def test_the_phrase_naming_the_plan_is_left_out(title_words):
    text = "Welke drie proefregio's kiest het Belgische actieplan Vogels, Heide en Bodem voor de ministeries?"
    assert title_words.untitled(text, ["Birds, Heaths and Soil"], "nl") == "Welke drie proefregio's kiest het voor de ministeries?"
