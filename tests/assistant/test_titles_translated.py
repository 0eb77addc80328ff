"""A plan named in another language than its own, by its title translated ("het actieplan
Vogels, Heide en Bodem" for "Birds, Heaths and Soil"), among plans written in the question's
language that share the question's words: the words that translate two words or more of one
plan's title, and of no other's, name it; the plan is searched, and its sentences read by
meaning, for what is asked without the phrase that names it; a sentence that opens with as
many things as the question asks for is followed by the one that names them."""

from __future__ import annotations

import pytest

from assistant.answering.titles import TitleWords
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import make_service

TOPICS = ["beech forests", "river banks", "peat soils", "spruce stands", "drinking water", "clay soils",
          "oak woodland", "groundwater", "sandy soils", "wetlands", "forest fires", "soil erosion"]

NORLAND = """# Birds, Heaths and Soil – Norland Action Plan 2030-2034

## Scope

The plan applies to every heath, marsh and field of Norland. In three pilot regions, the ministries will act together to test the plan's instruments before they are used elsewhere. These regions are Ostby, Kirkwall and Lenport.
""" + "".join(f"""
## Measure {n}

The action plan protects Norland's {topic}: the forest service, the water boards and the soil institute survey them every year and restore what is damaged.
""" for n, topic in enumerate(TOPICS, 1))


def _varland() -> str:
    towns = ["Aalst", "Brugge", "Gent", "Hasselt", "Kortrijk", "Leuven", "Mechelen", "Ninove", "Oostende",
             "Roeselare", "Tielt", "Turnhout", "Veurne", "Zottegem"]
    parts = ["# Regeerakkoord Varland 2025-2029", ""]
    for n, town in enumerate(towns, start=1):
        parts += [f"## Hoofdstuk {n}", "",
                  f"De gemeente {town} kiest voor een gezamenlijke aanpak van de departementen: de ministeries "
                  f"werken samen met drie proefprojecten voor betaalbaar wonen en mobiliteit.", ""]
    return "\n".join(parts)


FILES = {"norland-birds-heaths-soil-plan.md": NORLAND, "varland-regeerakkoord.md": _varland()}


@pytest.fixture(scope="module")
def service(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    service = make_service(tmp_path_factory.mktemp("index"), embedder)
    assert not service.ingestor.ingest(sorted(folder.iterdir())).failed
    yield service
    service.index.close()


@pytest.fixture(scope="module")
def client(service):
    from fastapi.testclient import TestClient

    from assistant.api import create_app

    with TestClient(create_app(service.settings, service)) as c:
        yield c


@pytest.fixture(scope="module")
def title_words():
    from plans.embedding import load_embedder

    return TitleWords(load_embedder("use"))


@pytest.mark.parametrize("question", [
    "Welke drie proefregio's kiest het actieplan Vogels, Heide en Bodem voor een gezamenlijke aanpak van de ministeries?",
    "Quelles sont les trois régions pilotes du plan d'action « Oiseaux, landes et sols » ?",
])
def test_the_plan_named_by_its_title_translated_answers(client, question):
    body = ask(client, question)
    assert "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]
    assert body["citations"] and all(c["document"].startswith("norland") for c in body["citations"]), body["citations"]


def test_a_question_in_the_other_plans_language_about_it_is_answered_from_it(client):
    body = ask(client, "Met hoeveel proefprojecten werkt de gemeente Tielt volgens het regeerakkoord van Varland?")
    assert body["citations"] and body["citations"][0]["document"].startswith("varland"), body


def test_words_translating_two_title_words_name_the_plan(service, title_words):
    snapshot = service.index.snapshot
    assert title_words.names(analyse("Wat zegt het plan over vogels en bodem?"), snapshot) == "norland-birds-heaths-soil-plan.md"


def test_one_title_word_translated_names_no_plan(service, title_words):
    assert title_words.names(analyse("Wat zegt het plan over vogels?"), service.index.snapshot) is None


def test_the_phrase_naming_the_plan_is_left_out(title_words):
    text = "Welke drie proefregio's kiest het Belgische actieplan Vogels, Heide en Bodem voor de ministeries?"
    assert title_words.untitled(text, ["Birds, Heaths and Soil"], "nl") == "Welke drie proefregio's kiest het voor de ministeries?"
