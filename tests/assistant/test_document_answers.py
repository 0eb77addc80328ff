"""Questions about a plan as a whole, abbreviations, and lists or counts gathered from its
structure: over the sample plans and over a plan of the same kind written here, through HTTP."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.api import create_app

HARBOUR = """# HARBOUR RESILIENCE STRATEGY 2030

Maria Okonkwo

## 1 | Introduction

This strategy sets out how the Port Authority of Norvale will protect the harbour against storm surges until 2030. It aims to reduce flood damage to the quays and to keep freight moving during extreme weather.

The Coastal Adaptation Fund (CAF) finances the works on the outer quays. The city contributes to the works on the inner basin.

## 2 | Governance

The Harbour Resilience Board steers the strategy and meets four times a year.

Members:

- representative of the Port Authority;
- representative of the City of Norvale.

Observers:

- representative of the Meteorological Institute;
- representative of the Shipping Federation.

## RECOMMENDATIONS

## for safer quays and storm-ready logistics

- 1. Raise quay walls: The outer quay walls are raised by 80 centimetres before 2027.
- 2. Protect the power supply: Substations move above the flood line.
- 3. Train crews: Crane and tug crews train for storm procedures every spring.
- 4. Share forecasts: Forecasts reach shipping agents six hours earlier.
- 5. Keep spare pumps: The harbour keeps twelve mobile pumps in reserve.
- 6. Plan diversions: Freight is diverted to the inland terminal during surges.
- 7. Review yearly: The Board reviews the recommendations every year.

## 3 | Conclusions

The strategy has clear strengths: a dedicated fund and a board that meets often. However, some weaknesses could stop it from reaching its goals. First, there is no dedicated maintenance budget for the raised walls. Second, the inland terminal has too little storage for long diversions. Third, the forecasts depend on a single weather station.
"""


@pytest.fixture(scope="module")
def harbour_client(tmp_path_factory, embedder):
    from tests.conftest import make_service

    folder = tmp_path_factory.mktemp("harbour-plan")
    (folder / "harbour-resilience-strategy.md").write_text(HARBOUR, encoding="utf-8")
    service = make_service(tmp_path_factory.mktemp("harbour-index"), embedder)
    assert not service.ingestor.ingest([folder]).failed
    with TestClient(create_app(service.settings, service)) as client:
        yield client
    service.index.close()


def ask(client, question: str) -> dict:
    r = client.post("/v1/ask", json={"question": question})
    assert r.status_code == 200, r.text
    body = r.json()
    for c in body["citations"]:
        assert c["quote"] and c["quote"] in c["passage"]
    return body


def answered(body: dict, *needles: str, doc: str | None = None) -> None:
    assert not body["abstained"], body["answer"]
    for n in needles:
        assert n.lower() in body["answer"].lower(), (n, body["answer"])
    if doc:
        assert any(c["document"].startswith(doc) for c in body["citations"]), body["citations"]


# -- a plan written here -------------------------------------------------------------------

def test_an_abbreviation_is_spelled_out_where_the_plan_does(harbour_client):
    body = ask(harbour_client, "What does CAF stand for?")
    answered(body, "Coastal Adaptation Fund")
    assert "Coastal Adaptation Fund (CAF)" in body["citations"][0]["quote"]


def test_a_count_comes_from_the_numbered_items_under_a_heading(harbour_client):
    body = ask(harbour_client, "How many recommendations are made for safer quays and storm-ready logistics?")
    answered(body, "7", "Raise quay walls", "Review yearly")


def test_a_list_comes_from_the_items_under_a_label(harbour_client):
    body = ask(harbour_client, "Which bodies sit as observers on the Harbour Resilience Board?")
    answered(body, "Meteorological Institute", "Shipping Federation")
    assert "City of Norvale" not in body["answer"]


def test_the_author_comes_from_the_byline(harbour_client):
    answered(ask(harbour_client, "Who wrote the harbour resilience strategy?"), "Maria Okonkwo")


UNSIGNED = """# Action Plan on Quay Safety 2026-2030

The plan sets out what the quay operators and the harbour authorities will do before 2030.

## Inspections

The harbour authorities inspect every quay crane twice a year and publish the results.

## Annex: method

The plan was drafted by the Quay Safety Working Group of the Port of Orlen in 2025.
"""


@pytest.mark.parametrize("question", ["Who wrote the Action Plan on Quay Safety?",
                                      "Who prepared the quay safety action plan?"])
def test_a_plan_without_a_byline_is_not_given_a_maker_by_any_sentence(tmp_path_factory, embedder, question):
    """No byline: the answer must be a sentence that names someone who made the plan."""
    from tests.conftest import serving_files

    plain = UNSIGNED.rsplit("## Annex", 1)[0]
    with serving_files(tmp_path_factory, embedder, {"quay-safety-plan.md": plain}) as client:
        body = ask(client, question)
    assert body["abstained"], body["answer"]
    with serving_files(tmp_path_factory, embedder, {"quay-safety-plan.md": UNSIGNED}) as client:
        body = ask(client, question)
    answered(body, "Quay Safety Working Group")


def test_an_overview_quotes_the_purpose_and_names_the_main_parts(harbour_client):
    for question in ("What is the strategy about?", "Summarize the Harbour Resilience Strategy"):
        body = ask(harbour_client, question)
        answered(body, "protect the harbour against storm surges", "Governance")
        assert 2 <= len(body["citations"]) <= 5 and len(body["answer"]) <= 900


COVER = """# REPUBLIC OF VARLANDE

Peace - Work - Fatherland

# MINISTRY OF THE ENVIRONMENT

Directorate of Climate

# National Coastal Adaptation Plan of Varlande

## Message from the Minister

Signed in Port Varla.

## Key figures

412 kilometres of coast.

## Part 1: The coast in a changing climate

This plan sets out how Varlande adapts its coast to rising seas and storm surges until 2040.
{context}

## Part 2: The adaptation strategy

{strategy}

## Part 3: Implementation and monitoring

{monitoring}
""".format(
    context=" ".join(f"Coastal district {i} lost {i + 3} metres of beach to erosion in the last decade." for i in range(12)),
    strategy=" ".join(f"Measure {i} protects the dunes of district {i} with new groynes and planted grass." for i in range(12)),
    monitoring=" ".join(f"The agency measures the beach of district {i} twice a year and reports to parliament."
                        for i in range(12)))


def test_the_main_parts_are_the_sections_that_hold_the_text_not_the_cover_lines(tmp_path_factory, embedder):
    from tests.conftest import serving_files

    with serving_files(tmp_path_factory, embedder, {"coastal-plan-varlande.md": COVER}) as client:
        body = ask(client, "What is the National Coastal Adaptation Plan of Varlande about?")
    answered(body, "adapts its coast", "Part 2: The adaptation strategy", "Part 3: Implementation and monitoring")
    parts = body["answer"].split("main parts", 1)[1]
    assert not any(w in parts for w in ("MINISTRY", "REPUBLIC", "Minister", "Key figures")) and len(body["answer"]) <= 900


STUDY = """# Snelstudie havenfiets Varland

## Samenvatting

Deze snelstudie onderzoekt hoe de havenfiets kan bijdragen aan een beter bereikbare haven van Varland.
{body}

## Aanbevelingen

{advice}
""".format(body=" ".join(f"Op kade {i} staan nu {i + 10} fietsen die werknemers van de haven gebruiken." for i in range(10)),
           advice=" ".join(f"Kade {i} krijgt een laadpunt voor {i + 2} elektrische fietsen." for i in range(10)))


def test_a_plan_that_speaks_of_itself_by_a_compound_states_its_purpose(tmp_path_factory, embedder):
    from tests.conftest import serving_files

    with serving_files(tmp_path_factory, embedder, {"snelstudie-havenfiets.md": STUDY}) as client:
        body = ask(client, "Waar gaat de snelstudie over?")
    answered(body, "Deze snelstudie onderzoekt hoe de havenfiets kan bijdragen")


def test_criticisms_are_found_by_meaning(harbour_client):
    body = ask(harbour_client, "What are the main criticisms of the harbour strategy?")
    answered(body, "weaknesses")


@pytest.mark.parametrize("question, needle", [
    ("Combien de pompes mobiles le port garde-t-il en réserve ?", "twelve mobile pumps"),
    ("Hoeveel mobiele pompen houdt de haven in reserve?", "twelve mobile pumps"),
])
def test_a_question_in_another_language_is_answered_by_meaning(harbour_client, question, needle):
    body = ask(harbour_client, question)
    answered(body, needle)
    assert body["answer"].endswith("[1].") or "[1]" in body["answer"]


def test_a_question_in_another_language_about_nothing_in_the_plan_is_declined(harbour_client):
    body = ask(harbour_client, "Combien de satellites l'agence spatiale a-t-elle lancés en 2019 ?")
    assert body["abstained"], body["answer"]
    assert "ne couvrent pas" in body["answer"]  # said in the question's language


# -- the sample plans ------------------------------------------------------------------------

def test_sample_plan_abbreviation(plans_client):
    answered(ask(plans_client, "What does Fedasil stand for?"), "Federal Agency for the Reception of Asylum Seekers",
             doc="gcm-action-plan-2022-belgium")


def test_sample_plan_count_of_recommendations(plans_client):
    answered(ask(plans_client, "How many recommendations were made for synergy between defence, diplomacy and "
                               "development?"), "10", doc="joined-forces-3d-recommendations-2007")


def test_sample_plan_observers(plans_client):
    answered(ask(plans_client, "Which bodies sit as observers in the ICSD?"), "Federal Planning Bureau",
             "Institute for the Equality of Women and Men", doc="business-human-rights-nap-belgium")


def test_sample_plan_author(plans_client):
    answered(ask(plans_client, "Who wrote the WGA country report?"), "Alain Spoiden",
             doc="wga-2020-belgium-country-report")


def test_sample_plan_summary(plans_client):
    body = ask(plans_client, "Summarize the Women, Peace and Security action plan")
    answered(body, doc="wps-nap-1325-2013-2016")
    assert 2 <= len(body["citations"]) <= 5 and len(body["answer"]) <= 900


def test_sample_plan_criticisms(plans_client):
    body = ask(plans_client, "What are the main criticisms of Belgium's comprehensive approach?")
    answered(body, doc="wga-2020-belgium-country-report")
    # one of the shortcomings the report names (its conclusion, or its review of EU initiatives)
    assert "joint integrated budget" in body["answer"] or "did not launch" in body["answer"], body["answer"]


def test_an_assessment_question_is_not_answered_by_a_list_of_headings(plans_client):
    body = ask(plans_client, "What are the weaknesses of the WPS action plan?")
    assert body["mode"] != "list", body["answer"]


@pytest.mark.parametrize("question, needle", [
    ("Quel département assure le suivi de la ligne 17.b ?", "Foreign Affairs"),
    ("Welk departement volgt lijn 17.b op?", "Justice"),
])
def test_row_questions_in_french_and_dutch(plans_client, question, needle):
    body = ask(plans_client, question)
    answered(body, needle, doc="wps-nap-1325-2013-2016")
    assert "responsibility" not in body["answer"]  # the frame is in the question's language
