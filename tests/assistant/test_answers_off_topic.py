"""A question that shares with a passage only where to look (the plan's name, "the study")
and what to list ("which towns"), not what it is about, is declined: "which towns of
Norland have a zero-emission zone for deliveries?" of a study that lists towns for shared
bikes names none. The kind asked may follow a name written with a hyphen ("welke
Zuid-Norlandse gemeenten"). Through the HTTP API, in English and Dutch, over studies written
here; the same questions about what the studies do say are answered."""

from __future__ import annotations

import pytest

from assistant.answering.base import kind_asked
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Shared bikes in South Norland: a quick study

## Summary

Based on interviews with towns, operators and experts, this quick study answers three questions: how to make
shared bikes attractive to many people, where to park them, and what the province can do.

## Towns

The towns of Arden, Belmoor and Corvale already have shared bikes. Harlow and Ivel are preparing a tender.
"""

STUDIE = """# Deelfietsen in Zuid-Norland: een snelstudie

## Samenvatting

Op basis van interviews met gemeenten, aanbieders en experts beantwoordt deze snelstudie drie vragen: hoe maken
we deelfietsen aantrekkelijk, waar parkeren we ze, en wat kan de provincie doen.

## Gemeenten

De gemeenten Arden, Belmoor en Corvale hebben al deelfietsen. Harlow en Ivel bereiden een aanbesteding voor.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"south-norland-shared-bikes.md": STUDY, "zuid-norland-deelfietsen.md": STUDIE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which towns of South Norland have a zero-emission zone for deliveries, according to the study?",
    "Welke Zuid-Norlandse gemeenten hebben al een zero-emissiezone ingesteld voor de bevoorrading, volgens de snelstudie?",
])
def test_a_list_of_the_kind_asked_about_something_else_is_declined(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]


@pytest.mark.parametrize("question", [
    "Which towns of South Norland already have shared bikes, according to the study?",
    "Welke Zuid-Norlandse gemeenten hebben al deelfietsen, volgens de snelstudie?",
])
def test_the_list_the_study_gives_is_answered(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Arden" in body["answer"] and "Corvale" in body["answer"], body["answer"]


def test_the_kind_asked_after_a_hyphenated_name():
    q = analyse("Welke Zuid-Norlandse gemeenten hebben al deelfietsen?")
    assert kind_asked(q) == ["zuid", "norlandse", "gemeenten"]
