"""An overview question that names a part of a plan ("what does its dredging chapter
cover?", "de quoi parle le chapitre consacré aux digues ?", "waar gaat het deel over de
duinen over?") is answered from that part: its heading, its first sentence and the
headings of its own parts; not from the whole plan's statement of purpose. A part the plan
has no heading for gets no overview of the whole plan either. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Kestria Coastal Adaptation Plan 2031-2040

## Introduction

This plan aims to protect Kestria's coast from rising seas and storms over the next decade. It sets out what
the ministries will do, sector by sector, and how progress will be followed.

## Harbours and dredging

The harbours carry most of Kestria's trade and silt up faster as storms grow stronger.

### Keeping the channels open

The port authority will dredge the main channels twice a year and report the volumes removed.

### Raising the quays

The quays of the three largest harbours will be raised by half a metre before 2035.

## Dunes and beaches

Dunes are the first defence of the low coast and are losing sand each winter.

### Planting marram grass

Volunteers will plant marram grass on the dunes that lost most sand.

### Beach nourishment

Sand will be pumped onto the beaches of the south coast every third year.

## Monitoring

The coastal office publishes a yearly report on the state of the coast.
"""

PLAN_FR = """# Plan de défense du littoral de la Zembla 2031-2040

## Introduction

Ce plan vise à protéger la côte de la Zembla contre la montée des eaux pendant la décennie.

## Digues et polders

Les digues protègent les polders où vit un tiers de la population de la Zembla.

### Rehausser les digues

Les digues de la baie seront rehaussées d'un mètre avant 2036.

### Entretenir les écluses

Les écluses seront inspectées chaque printemps par le service des eaux.

## Pêche côtière

La pêche côtière fait vivre les villages du nord, menacés par les tempêtes.
"""

PLAN_NL = """# Kustplan Havenland 2031-2040

## Inleiding

Dit plan wil de kust van Havenland beschermen tegen de stijgende zee.

## Duinen en stranden

De duinen zijn de eerste verdediging van de lage kust en verliezen elke winter zand.

### Helm planten

Vrijwilligers planten helm op de duinen die het meeste zand verloren.

### Zandsuppletie

Elk derde jaar wordt zand op de stranden van de zuidkust gespoten.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-coastal-adaptation-plan.md": PLAN, "plan-defense-littoral-zembla.md": PLAN_FR,
             "kustplan-havenland.md": PLAN_NL}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_part_named_in_english(client):
    body = ask(client, "What does the dredging and harbours chapter of Kestria's coastal adaptation plan deal with?")
    assert not body["abstained"], body["answer"]
    assert "Harbours and dredging" in body["answer"], body["answer"]
    assert "Keeping the channels open" in body["answer"] and "Raising the quays" in body["answer"], body["answer"]
    assert "Dunes and beaches" not in body["answer"] and "aims to protect" not in body["answer"], body["answer"]
    assert all(c["document"] == "kestria-coastal-adaptation-plan.md" for c in body["citations"])
    assert len(body["answer"]) <= 900


def test_the_part_named_in_french(client):
    body = ask(client, "De quoi parle le chapitre du plan littoral de la Zembla consacré aux digues ?")
    assert not body["abstained"], body["answer"]
    assert "Digues et polders" in body["answer"], body["answer"]
    assert "Rehausser les digues" in body["answer"] and "Entretenir les écluses" in body["answer"], body["answer"]
    assert "vise à protéger" not in body["answer"], body["answer"]


def test_the_part_named_in_dutch(client):
    body = ask(client, "Waar gaat het deel over de duinen in het kustplan van Havenland over?")
    assert not body["abstained"], body["answer"]
    assert "Duinen en stranden" in body["answer"], body["answer"]
    assert "Helm planten" in body["answer"] and "Zandsuppletie" in body["answer"], body["answer"]
    assert "wil de kust" not in body["answer"], body["answer"]


def test_the_whole_plan_is_still_summarised(client):
    body = ask(client, "What is Kestria's coastal adaptation plan about?")
    assert "aims to protect" in body["answer"], body["answer"]


def test_a_part_the_plan_has_no_heading_for(client):
    body = ask(client, "What does the airports chapter of Kestria's coastal adaptation plan cover?")
    assert "aims to protect" not in body["answer"], body["answer"]
