"""A question may name a plan by its title in another language ("le programme sur les
salaires équitables et le temps de travail" for a plan titled "Fair wages and working
hours"): no word of the title is written alike, so the plan is found by the meaning of its
title, not by the passages that best match the question's words (which are those of plans
in the question's language). A question naming a plan no indexed plan is (a name no plan
writes) gets no overview of another plan. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import serving_files
from tests.conftest import ask_http as ask

WAGES = """# Fair wages and working hours: Havenland action programme

## Purpose

This programme aims to lift the lowest pay in Havenland's shops and warehouses and to
limit the week of shift workers to forty-two hours. It sets out what employers, unions
and inspectors will do.

## Measures

The labour inspectorate will check the rosters of the largest warehouses by 2026.
"""

HARBOURS = """# Programme d'action de la Kestrie pour les ports

## Objectif

Ce programme d'action cherche à moderniser les quais des ports de la Kestrie. Le
programme d'action prévoit des grues et des entrepôts.

## Salaires et temps de travail au port

Le programme d'action fixe les salaires des dockers et leur temps de travail : les
salaires équitables attirent des dockers, et le temps de travail de nuit est limité.

## Mesures

Le ministère des Transports rénove les quais avant 2027. Les salaires des grutiers
sont revus chaque année et le temps de travail est compté par équipe.
"""

WATER = """# Programme d'action pour l'eau de l'Ostravie

## Objectif

Le programme d'action vise une eau potable sûre pour tous les habitants de l'Ostravie.

## Personnel

Les salaires équitables des agents de l'eau et leur temps de travail sont fixés par le
programme d'action ; le temps de travail des équipes d'astreinte est réduit.
"""

FILES = {"havenland-wages.md": WAGES, "kestria-ports.md": HARBOURS, "ostravia-water.md": WATER}


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, FILES) as c:
        yield c


def _documents(body: dict) -> set[str]:
    return {c["document"] for c in body["citations"]}


@pytest.mark.parametrize("question", [
    "Que vise le programme d'action sur les salaires équitables et le temps de travail ?",
    "Wat wil het actieprogramma over eerlijke lonen en werktijden bereiken?",
])
def test_a_plan_named_by_its_title_translated(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert _documents(body) == {"havenland-wages.md"}, body["answer"]
    assert "lowest pay" in body["answer"], body["answer"]


def test_a_plan_named_in_its_own_language_still_by_its_words(client):
    body = ask(client, "Que vise le programme d'action de la Kestrie pour les ports ?")
    assert _documents(body) == {"kestria-ports.md"}, body["answer"]


def test_a_plan_no_indexed_plan_is_gets_no_overview_of_another(client):
    body = ask(client, "What is the aim of Zembla's fisheries plan?")
    assert body["abstained"], body["answer"]
