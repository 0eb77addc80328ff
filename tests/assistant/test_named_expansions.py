"""An abbreviation two plans spell out differently: a question that names one plan gets that
plan's expansion, from where the plan first spells it out, even when the other plan's passage
writes the abbreviation more often and comes first in the search. A question that names
neither still gets an expansion (the control)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

HARBOUR = """# Norland Harbour Plan 2030

## Introduction

The Harbour Information Service (HIS) publishes the tide tables of the four Norland ports.

## Berths

The ports of Norland will add twelve berths for ferries by 2028.
Berth fees will be reviewed each spring by the harbour board.

## Dredging

The outer channel will be dredged to fourteen metres by 2029.
The dredging spoil will be reused to raise the eastern quays.

## Tide tables

The HIS will move its tide tables to an open data portal in 2027.
The HIS will also publish storm warnings for small craft.

## Abbreviations

HIS – Harbour Information Service
"""

RAIL = """# Varlande Rail Report

## Stations

HIS (Heritage Inventory System): HIS lists the listed stations; HIS records their repairs; HIS is
updated yearly, and HIS data are open.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-plan.md": HARBOUR, "varlande-rail-report.md": RAIL}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_named_plans_expansion(client):
    body = ask(client, "In the Norland harbour plan, what does HIS stand for?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Information Service" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "norland-harbour-plan.md"
    # where the plan first spells it out: its introduction, not its list of abbreviations
    assert "tide tables" in body["citations"][0]["passage"]


def test_the_other_named_plans_expansion(client):
    body = ask(client, "In the Varlande rail report, what does HIS stand for?")
    assert not body["abstained"], body["answer"]
    assert "Heritage Inventory System" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "varlande-rail-report.md"


def test_no_plan_named_still_spelled_out(client):
    body = ask(client, "What does HIS stand for?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Information Service" in body["answer"] or "Heritage Inventory System" in body["answer"]


@pytest.fixture(scope="module")
def service(tmp_path_factory, embedder):
    from tests.conftest import make_service

    folder = tmp_path_factory.mktemp("named")
    paths = []
    for name, text in {"norland-harbour-plan.md": HARBOUR, "varlande-rail-report.md": RAIL}.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    svc = make_service(tmp_path_factory.mktemp("index"), embedder)
    assert not svc.ingestor.ingest(paths).failed
    yield svc
    svc.index.close()


def test_the_named_plan_first_whatever_the_search_ranks_first(service):
    from assistant.answering.acronyms import AcronymComposer
    from assistant.question import analyse

    question = "In the Norland harbour plan, what does HIS stand for?"
    hits = service.retriever.retrieve(question, k=10)
    # the other plan's passages first, as the search may rank them for a plan it has not read whole
    hits.sort(key=lambda h: h.chunk.doc_id != "varlande-rail-report.md")
    assert hits[0].chunk.doc_id == "varlande-rail-report.md"
    answer = AcronymComposer().compose(analyse(question), hits, service.index.snapshot)
    assert answer is not None and not answer.abstained
    assert "Harbour Information Service" in answer.answer, answer.answer
    assert answer.citations[0].document == "norland-harbour-plan.md"
