"""Abbreviations a plan introduces in the plural, after "hereinafter" ("the district plans
(hereinafter - DPs)"), asked about one at a time or together ("what do the abbreviations X
and Y mean?"). Another plan spells the same letters out as something else: a question that
names the first plan gets the first plan's meaning, not the other plan's; one that names no
plan still gets an expansion (the control)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PROGRAMME = """# Norland Climate Resilience Programme 2031-2035

## Planning levels

The programme rests on three levels of planning. National measures set the frame.
The sector resilience plans (hereinafter - SRPs) and district resilience plans
(hereinafter - DRPs) give the frame its local form.

## Sector and district plans

Individual SRPs and DRPs set out how each ministry and each district responds to floods and heat.
The DRPs are revised every five years by the district councils.
"""

VARLANDE = """# Plan de sécurité civile de la Varlande

## Alertes

Les Systèmes de Relais Publics (SRP) diffusent les alertes de crue dans chaque commune.
Les SRP seront étendus aux écoles en 2033.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-resilience-programme.md": PROGRAMME, "varlande-securite-civile.md": VARLANDE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_an_abbreviation_introduced_in_the_plural_after_hereinafter(client):
    body = ask(client, "In Norland's resilience programme, what does DRP stand for?")
    assert not body["abstained"], body["answer"]
    assert "DRP stands for district resilience plans" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "norland-resilience-programme.md"
    assert "hereinafter" in body["citations"][0]["quote"]


def test_the_named_plans_meaning_and_not_another_plans_same_letters(client):
    body = ask(client, "In Norland's resilience programme, what does SRP stand for?")
    assert not body["abstained"], body["answer"]
    assert "sector resilience plans" in body["answer"], body["answer"]
    assert "Relais" not in body["answer"], body["answer"]


@pytest.mark.parametrize("question", [
    "What do the acronyms SRP and DRP stand for in Norland's resilience programme?",
    "Dans le programme de résilience de Norland, que signifient les sigles SRP et DRP ?",
])
def test_two_abbreviations_asked_together(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "sector resilience plans" in body["answer"] and "district resilience plans" in body["answer"], \
        body["answer"]
    assert "[1]" in body["answer"] and "[2]" in body["answer"]
    assert [c["id"] for c in body["citations"]] == [1, 2]
    assert all(c["document"] == "norland-resilience-programme.md" for c in body["citations"])


def test_no_plan_named_still_spelled_out(client):
    body = ask(client, "What does SRP stand for?")
    assert not body["abstained"], body["answer"]
    assert "sector resilience plans" in body["answer"] or "Systèmes de Relais Publics" in body["answer"]
