"""A plan named in another language than its own, by its title translated, among plans written
in the question's language: a sentence of one of those plans shares more of the question's
words (it may even write the same words as the title translated), but it does not answer for
the plan the question names: where the two are close, the named plan's sentence answers, or
none does."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

TOPICS = ["beech forests", "river banks", "peat soils", "spruce stands", "drinking water", "clay soils",
          "oak woodland", "groundwater", "sandy soils", "wetlands", "forest fires", "soil erosion"]

NORLAND = """# Birds, Heaths and Soil – Norland Action Plan 2030-2034

## Scope

The plan applies to every heath, marsh and field of Norland. In three pilot regions, the coordinated action of the departments will test the plan's instruments before they are used elsewhere. These regions are Ostby, Kirkwall and Lenport.
""" + "".join(f"""
## Measure {n}

The action plan protects Norland's {topic}: the forest service, the water boards and the soil institute survey them every year and restore what is damaged.
""" for n, topic in enumerate(TOPICS, 1))


def _varland() -> str:
    towns = ["Aalst", "Brugge", "Gent", "Hasselt", "Kortrijk", "Leuven", "Mechelen", "Ninove", "Oostende",
             "Roeselare", "Tielt", "Turnhout", "Veurne", "Zottegem"]
    parts = ["# Regeerakkoord Varland 2025-2029", "", "## Regio's", "",
             "Bijzondere aandacht gaat naar de vogels, de heide en de bodem van Varland in de regio's.", ""]
    for n, town in enumerate(towns, start=1):
        parts += [f"## Hoofdstuk {n}", "",
                  f"De gemeente {town} kiest voor een gezamenlijke aanpak van de departementen: de ministeries "
                  f"werken samen met drie proefprojecten voor betaalbaar wonen en mobiliteit.", ""]
    return "\n".join(parts)


FILES = {"norland-birds-heaths-soil-plan.md": NORLAND, "varland-regeerakkoord.md": _varland()}


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, FILES) as c:
        yield c


def test_a_closer_sentence_of_another_plan_does_not_answer(client):
    body = ask(client, "Welke drie proefregio's kiest het actieplan Vogels, Heide en Bodem voor het "
                       "gecoördineerde optreden van de departementen?")
    assert not any(c["document"].startswith("varland") for c in body["citations"]), body["answer"]
    assert body["abstained"] or "Ostby, Kirkwall and Lenport" in body["answer"], body["answer"]


def test_a_question_about_the_other_plan_is_still_answered_from_it(client):
    body = ask(client, "Met hoeveel proefprojecten werkt de gemeente Tielt volgens het regeerakkoord van Varland?")
    assert body["citations"] and body["citations"][0]["document"].startswith("varland"), body
