"""A question that names a country or body its answer must come from: the rows and passages
of a plan in the question's own language that never writes that name are about something
else (a plan in another language may write it translated, so it is not judged).

Here an English programme of measures whose title does not name its country (Harbourland
is named in its text only), and a French plan of Varlande with a fishing row. Asked in
French about Harbourland's programme and fishing, the Varlande row is no answer; asked about
Varlande, it is. A name may open the question ("Norland's programme: …") and a follow-up
keeps the name of the question it leans on."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PROGRAMME = """<html><head><title>List of measures 2021-2025</title></head><body>
<h1>List of measures 2021-2025</h1>
<p>This programme lists the measures the Government of Harbourland will carry out to adapt Harbourland
to climate change. The ministries of Harbourland report on them each year.</p>
<table><tr><th>Measure</th><th>Action</th><th>Performer</th></tr>
<tr><td>1.1</td><td>Draft a decree on adaptation of the water resources sector.</td><td>Ministry of Environment</td></tr>
<tr><td>1.2</td><td>Map the risk of mudflows in mountain valleys.</td><td>Ministry of Emergency Situations</td></tr>
<tr><td>1.3</td><td>Train extension officers on drought-resistant crop varieties.</td><td>Ministry of Economy</td></tr>
<tr><td>1.4</td><td>Publish the maps of river flood zones online.</td><td>HWA</td></tr>
</table></body></html>"""

PLAN = """# Plan national d'adaptation de la Varlande

La Varlande met en œuvre les mesures suivantes d'ici 2030.

| Mesure | Action | Responsable |
|---|---|---|
| 4 | Programme de renforcement de l'adaptation de la filière pêche côtière et des systèmes d'alerte | Ministère de la Pêche |
| 5 | Restaurer les mangroves des côtes de la Varlande | Ministère de l'Environnement |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"measures-2021-2025.html": PROGRAMME, "plan-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_row_of_a_plan_that_never_names_the_country_is_no_answer(client):
    body = ask(client, "Quelle mesure du programme d'adaptation de Harbourland concerne la pêche côtière ?")
    assert not any(c["document"] == "plan-varlande.md" and c.get("ref") for c in body["citations"]), body["answer"]
    assert "filière pêche" not in body["answer"]


def test_the_plan_that_names_it_answers(client):
    body = ask(client, "Quelle mesure du plan de la Varlande concerne la pêche côtière ?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["ref"] == "4", body["answer"]


def test_the_named_country_s_own_row(client):
    body = ask(client, "Which measure of Harbourland's programme concerns mudflows?")
    assert not body["abstained"] and body["citations"][0]["ref"] == "1.2", body["answer"]


def test_a_name_that_opens_the_question_is_a_name(client):
    # the first word is capitalised anyway; "Norland's" and "NAP" still show a name
    body = ask(client, "Norland's programme: which ministry maps the risk of mudflows?")
    assert not any(c.get("ref") == "1.2" for c in body["citations"]), body["answer"]
    assert "Emergency Situations" not in body["answer"], body["answer"]


def test_a_follow_up_keeps_the_name_of_the_question_before(client):
    history = [{"role": "user", "content": "Norland's programme: which ministry maps the risk of mudflows?"},
               {"role": "assistant", "content": "The plans in the index do not cover this."}]
    body = ask(client, "And who trains its extension officers?", history=history)
    assert not any(c.get("ref") == "1.3" for c in body["citations"]), body["answer"]
    assert "Ministry of Economy" not in body["answer"], body["answer"]


def test_a_name_spelled_out_before_its_abbreviation_is_written_by_a_plan_using_the_abbreviation(client):
    body = ask(client, "Which measure does the Harbourland Water Agency (HWA) perform?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["ref"] == "1.4", body["answer"]
