"""A plan named in another language by the country its cover names: "le programme de
l'Ostravie" or "het Ostravische programma" is the English programme whose cover reads
"Government of the Republic of Ostravia", even though its title does not name the country.

The country's name in a question names the plan, not a row's place ("Location: Ostravia").

A French plan of Varlande has a row on the same topic: without the name, the French row is
closest to the French question, and a row in the question's own language that lost on its
words is no answer, so the question would be declined."""

from __future__ import annotations

import pytest

from assistant.answering.base import names_across, naming_in
from assistant.question import analyse
from plans.index.lexical import tokenize
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PROGRAMME = """<html><head><title>List of measures 2021-2025</title></head><body>
<h1>GOVERNMENT OF THE REPUBLIC OF OSTRAVIA</h1>
<p>List of measures 2021-2025 of the national programme of adaptation.</p>
<p>The ministries of Ostravia carry out the measures below and report on them each year.</p>
<table><tr><th>Measure</th><th>Action</th><th>Performer</th><th>Location</th></tr>
<tr><td>1.1</td><td>Draft a decree on adaptation of the water resources sector of Ostravia.</td><td>Ministry of Environment</td><td>Ostravia</td></tr>
<tr><td>1.2</td><td>Map the risk of mudflows in the mountain valleys of Ostravia.</td><td>Ministry of Emergency Situations</td><td>Northern valleys</td></tr>
<tr><td>1.3</td><td>Train extension officers on drought-resistant crop varieties.</td><td>Ministry of Economy</td><td>Ararat plain</td></tr>
<tr><td>1.4</td><td>Introduce budget tagging of climate expenditure in the state budget.</td><td>Ministry of Finance</td><td>Ostravia</td></tr>
</table></body></html>"""

PLAN = """# Plan national d'adaptation de la Varlande

La Varlande met en œuvre les mesures suivantes d'ici 2030.

| Mesure | Action | Responsable |
|---|---|---|
| 4 | Introduire le marquage budgétaire des dépenses climatiques dans la loi de finances | Ministère des Finances |
| 5 | Restaurer les mangroves des côtes de la Varlande | Ministère de l'Environnement |
"""


@pytest.fixture(scope="module")
def service_and_client(tmp_path_factory, embedder):
    files = {"measures-2021-2025.html": PROGRAMME, "plan-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_country_of_the_cover_names_the_plan_in_french_and_dutch(service_and_client):
    snapshot = service_and_client.app.state.service.index.snapshot
    fr = analyse("Quelle mesure du programme de l'Ostravie concerne les coulées de boue ?")
    nl = analyse("Welke maatregel van het Ostravische programma betreft modderstromen?")
    assert names_across(fr, snapshot) == {"Ostravie": "measures-2021-2025.html"}
    assert names_across(nl, snapshot) == {"Ostravische": "measures-2021-2025.html"}


def test_a_name_a_plan_in_the_question_s_language_writes_is_not_a_cover_name(service_and_client):
    snapshot = service_and_client.app.state.service.index.snapshot
    assert names_across(analyse("Quelle mesure de la Varlande concerne les mangroves ?"), snapshot) == {}


@pytest.mark.parametrize("question, ref", [
    ("Quelle mesure du programme de l'Ostravie concerne le marquage budgétaire des dépenses climatiques ?", "1.4"),
    ("Welke maatregel van het Ostravische programma betreft droogteresistente gewassen?", "1.3"),
])
def test_the_named_plan_s_row_answers_across_languages(service_and_client, question, ref):
    body = ask(service_and_client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["document"] == "measures-2021-2025.html", body["answer"]
    assert body["citations"][0]["ref"] == ref, body["answer"]


def test_the_country_named_is_the_plan_not_a_place_asked_for(service_and_client):
    body = ask(service_and_client, "Which measure in Ostravia's programme deals with mudflows?")
    assert not body["abstained"], body["answer"]
    assert [c["ref"] for c in body["citations"]] == ["1.2"], body["answer"]


def test_the_cover_name_is_among_the_words_naming_the_plan(service_and_client):
    # the search for the fact asked of the named plan leaves out the words naming it: the
    # country's name, written the question's way, matches every passage of the plan
    snapshot = service_and_client.app.state.service.index.snapshot
    q = analyse("Quand l'Ostravie cartographiera-t-elle le risque de coulées de boue ?")
    assert set(tokenize("l'Ostravie")) & naming_in(q, snapshot, "measures-2021-2025.html")
    assert not naming_in(q, snapshot, "plan-varlande.md")
