"""Lists, counts and plans named by their period, over a plan written here (Dutch and
English): a SWOT block whose labels carry no colon and whose items open with "+", "!" or
"★"; a series of numbered headings ("Condition 1.", "Condition 2.") asked for as a list,
whose question names strengths outside what it asks for; a count whose question is in
another language than the stemmer's default; a plan named by the years of its title among
plans that share row ids."""

from __future__ import annotations

import pytest

from tests.conftest import make_service

SWOT = """# Snelstudie deelfiets en deelscooter

## Conclusies

In de voorgaande hoofdstukken behandelen we verschillende beleidsvragen. Deze kunnen we samenvatten
in een sterkte-zwakteanalyse (SWOT).

Sterkten (strengths)
+ extra reismogelijkheden voor bewoners
+ aanvulling op hoogwaardig openbaar vervoer

Kansen (opportunities)
★ afnemend voertuigbezit
★ regie van de provincie

Bedreigingen (threats)
! mogelijke overlast in de openbare ruimte
! deelscooters kunnen deelfietsen verdringen
! deelscooters kunnen kannibaliseren op het openbaar vervoer

## Aanbod

In de provincie is de huurfiets op 41 treinstations en knooppunten te huur. Met 4000 fietsen is de
spoorwegmaatschappij de grootste aanbieder.

Bijlage 1: deelfietsen en deelscooters in de provincie

| aanbieder | waar | aantal |
|---|---|---|
| huurfiets | bijna alle treinstations en knooppunten | 4000 |
| Felyx | Rotterdam en Delft | 1500 |
| Check | Den Haag | 900 |
"""

ROUTES = """# Five routes to clean air

## Five routes

### 1. Low-emission zones in every city

Cities close their centres to the most polluting vehicles by 2027.

### 2. Cleaner buses

The regional bus fleet runs on electricity by 2030.

### Condition 1. Data must be open

Every measuring station publishes its readings each hour, so that anyone can check the air.

### Condition 2. Costs must be fair

Households with low incomes get help to replace an old car, so that the zones do not shut them out.
"""

NAP_OLD = """# National Action Plan 2013-2016 on women, peace and security

| Line | Action | Department |
|---|---|---|
| 1 | Train staff on gender | Defence |
| 2 | Fund shelters for survivors | Justice |
"""

NAP_NEW = """# Climate adaptation plan 2021-2025

| Line | Action | Department |
|---|---|---|
| 1 | Map flood risk | Environment |
| 2 | Restore wetlands | Environment |
| 38 | Update the urban plans with climate risks | Housing |
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("list-plans")
    (folder / "snelstudie-deelfiets.md").write_text(SWOT)
    (folder / "nap-2013-2016.md").write_text(NAP_OLD)
    (folder / "five-routes-clean-air.md").write_text(ROUTES)
    (folder / "adaptation-plan-2021-2025.md").write_text(NAP_NEW)
    svc = make_service(tmp_path_factory.mktemp("list-index"), embedder)
    summary = svc.ingestor.ingest([folder])
    assert not summary.failed, summary.failed
    yield svc
    svc.index.close()


def ask(service, question: str):
    from assistant.models import AskRequest

    return service.ask(AskRequest(question=question))


def test_items_under_a_label_without_colon(service):
    a = ask(service, "Welke bedreigingen noemt de SWOT-analyse van de deelfiets en deelscooter?")
    assert not a.abstained, a.answer
    for item in ("overlast", "verdringen", "kannibaliseren"):
        assert item in a.answer
    assert "voertuigbezit" not in a.answer and "reismogelijkheden" not in a.answer


def test_a_count_asked_in_dutch(service):
    a = ask(service, "Op hoeveel treinstations en knooppunten is de huurfiets te huur?")
    assert not a.abstained, a.answer
    assert "41" in a.answer and "4000" not in a.answer.split("41")[0]


def test_a_plan_named_by_its_period(service):
    a = ask(service, "What is line 38 of the 2013-2016 NAP about?")
    assert a.abstained, a.answer  # the 2013-2016 plan has no line 38; the other plan's is not an answer
    b = ask(service, "What is line 38 of the 2021-2025 adaptation plan about?")
    assert not b.abstained and "urban plans" in b.answer


def test_a_series_of_numbered_headings_is_a_list(service):
    a = ask(service, "Which two conditions does the page 'Five routes to clean air' name besides the strengths "
                     "of the five routes?")
    assert not a.abstained and a.mode == "list", a.answer
    assert "Data must be open" in a.answer and "Costs must be fair" in a.answer
    assert "Cleaner buses" not in a.answer


def test_a_count_from_a_table_that_counts_the_thing(service):
    a = ask(service, "Hoeveel deelscooters heeft Felyx volgens bijlage 1, en in welke steden?")
    assert not a.abstained, a.answer
    assert "1500" in a.answer and "Rotterdam" in a.answer and "Delft" in a.answer


def test_an_assessment_asked_for_by_the_label_that_lists_it(service):
    a = ask(service, "Welke sterkten noemt de SWOT-analyse van de deelfiets en deelscooter?")
    assert not a.abstained and a.mode == "list", a.answer
    assert "reismogelijkheden" in a.answer and "openbaar vervoer" in a.answer
    assert "overlast" not in a.answer


def test_a_labelled_list_among_the_later_hits_is_read(service):
    # the search for an assessment's own words appends its hits after the first ten
    from assistant.answering.lists import ListComposer
    from assistant.question import analyse

    question = analyse("Welke sterkten noemt de SWOT-analyse?")
    hits = service.retriever.retrieve("extra reismogelijkheden sterkten SWOT deelfiets", k=30)
    label = [h for h in hits if "Sterkten (strengths)" in h.chunk.text]
    others = [h for h in hits if h not in label][:10]
    assert label and len(others) == 10
    answer = ListComposer().compose(question, others + label, service.index.snapshot)
    assert answer is not None and "reismogelijkheden" in answer.answer, answer


def test_a_list_of_another_plan_than_the_one_named_is_not_the_answer(service):
    a = ask(service, "Which two conditions does the adaptation plan name?")
    assert "Data must be open" not in a.answer, a.answer  # the clean-air page's conditions


def test_a_labelled_list_the_search_missed_is_found_in_its_plan(service):
    # the label's passage holds little but the label and its items: it can rank below the
    # passages that repeat the question's other words, and is read from the plan's outline
    from assistant.answering.lists import ListComposer
    from assistant.question import analyse

    question = analyse("Welke bedreigingen noemt de SWOT-analyse van de deelfiets en deelscooter?")
    hits = service.retriever.retrieve("deelfiets deelscooter SWOT aanbieder", k=30,
                                      documents={"snelstudie-deelfiets.md"})
    missed = [h for h in hits if "Bedreigingen (threats)" not in h.chunk.text]
    assert missed and len(missed) < len(hits)
    answer = ListComposer().compose(question, missed, service.index.snapshot)
    assert answer is not None and "kannibaliseren" in answer.answer and "voertuigbezit" not in answer.answer, answer
