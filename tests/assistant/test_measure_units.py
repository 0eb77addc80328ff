"""A question for a measure ("which maximum speed …?", "quelle vitesse …", "welke
maximumsnelheid …", "tot welke reisafstand …") asks for a figure in that measure's unit: a
sentence with a figure of something else (a toll in euros, a count of lamps) is no answer, and
the question is said not covered. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files


@pytest.mark.parametrize("question", [
    "Which maximum speed will the Norland roads plan allow on motorways?",
    "Quelle vitesse maximale le plan routier de la Norlande prévoit-il sur les autoroutes ?",
    "Welke maximumsnelheid wil het Norlandse wegenplan op autosnelwegen?",
    "Welke reisafstand mag de nachtbus volgens het Norlandse wegenplan afleggen?",
])
def test_a_measure_asked_is_a_figure_in_its_unit(question):
    q = analyse(question)
    assert q.expects == "number", question
    assert "km" in q.counted, q.counted


@pytest.mark.parametrize("question", [
    "Between which values does the mean yearly temperature of Norland lie, according to its roads plan?",
    "Entre quelles valeurs varie la température moyenne de la Norlande selon son plan routier ?",
    "Tussen welke waarden ligt volgens het Norlandse wegenplan de gemiddelde temperatuur?",
])
def test_a_range_of_a_measure_named_further_on_is_a_figure_in_its_unit(question):
    q = analyse(question)
    assert q.expects == "number", question
    assert "c" in q.counted, q.counted


def test_a_question_without_a_measure_counts_no_unit():
    assert analyse("Which roads will the Norland roads plan widen?").counted == []


ROADS = """# Norland Roads Plan 2031-2036

## Motorways

On the ring motorway the maximum speed is lowered to 90 km/h between 22:00 and 06:00. The plan adds secure truck parkings along the motorways.

## Cycle paths

The cycle paths along the canals receive 300 new solar lamps in 2033. Cycle paths are swept twice a week in autumn.

## Tolls

The toll for the harbour tunnel rises to 4 euros per car in 2032.
"""


CLIMATE = """# Norland Climate Report 2031

## The climate of Norland

Over 2001-2030 the mean yearly rainfall of Norland varies between 900 and 1,200 mm across the country, and the mean yearly temperature lies between 26.5 °C and 27 °C there.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-roads-plan.md": ROADS,
                                                    "norland-climate-report.md": CLIMATE}) as c:
        yield c


def test_the_speed_the_plan_sets_is_answered(client):
    body = ask(client, "Which maximum speed does the Norland roads plan set on the ring motorway at night?")
    assert not body["abstained"], body["answer"]
    assert "90 km/h" in body["answer"], body["answer"]


def test_the_range_of_the_measure_asked_is_answered(client):
    body = ask(client, "Between which values does the mean yearly temperature of Norland lie, according to its climate "
                       "report?")
    assert not body["abstained"], body["answer"]
    assert "26.5 °C" in body["answer"], body["answer"]


def test_a_speed_the_plan_does_not_give_is_not_covered(client):
    body = ask(client, "Which maximum speed does the Norland roads plan set on the cycle paths along the canals?")
    assert body["abstained"], body["answer"]
