"""A register of services ("Service | Provider | Location | Fleet") is an action table whose "who"
column names the provider or operator: "who provides X?" asks for that column. Rows carry
no id, and two rows may carry the same label (two providers of one service): the question
names both, so both answer."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Havenland shared mobility study

## Annex 2: shared vehicles on the streets of Havenland

| Service | Provider | Location | Fleet |
|---|---|---|---|
| shared bikes | Tidecycle | Portmouth and Saltby | 900 |
| shared bikes, electric | Gullride | Portmouth | 120 |
| shared mopeds, electric | Brinemoto | Saltby and Kelp Bay | 700 |
| shared cargo bikes, electric | Quaywheel | Saltby | 40 |
| shared cargo bikes, electric | Dockcart | Portmouth | 25 |

## Conclusions

The province wants one permit system for all shared vehicles by 2025.
"""

PLAN_NL = """# Verkenning deelmobiliteit Varlande

## Bijlage 1: deelvoertuigen in Varlande

| Soort | Aanbieder | Waar | Aantal |
|---|---|---|---|
| deelfietsen | Duinrijder | Zeestad en Polderwijk | 800 |
| deelbakfietsen, elektrisch | Kadekar | Zeestad | 30 |
| deelbakfietsen, elektrisch | Sluisvracht | Polderwijk | 15 |
| deelscooters, elektrisch | Golfslag | Zeestad | 400 |

## Aanbevelingen

De provincie wil één vergunningstelsel voor alle deelvoertuigen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-shared-mobility.md": PLAN,
                                                    "varlande-deelmobiliteit.md": PLAN_NL}) as c:
        yield c


def test_both_providers_of_a_service_listed_twice(client):
    body = ask(client, "Who provides electric shared cargo bikes in Havenland?")
    assert not body["abstained"], body["answer"]
    assert "Quaywheel" in body["answer"] and "Dockcart" in body["answer"], body["answer"]
    assert "Gullride" not in body["answer"], body["answer"]
    assert {c["quote"] for c in body["citations"]} >= {"Quaywheel", "Dockcart"}, body["citations"]


def test_a_provider_column_answers_who_in_dutch(client):
    body = ask(client, "Wie biedt in Varlande elektrische deelbakfietsen aan?")
    assert not body["abstained"], body["answer"]
    assert "Kadekar" in body["answer"] and "Sluisvracht" in body["answer"], body["answer"]
    assert "Golfslag" not in body["answer"], body["answer"]


def test_a_service_with_one_provider_names_only_it(client):
    """Control: a label written once is one row."""
    body = ask(client, "Which company operates the electric shared mopeds in Havenland?")
    assert "Brinemoto" in body["answer"], body["answer"]
    assert "Quaywheel" not in body["answer"] and "Tidecycle" not in body["answer"], body["answer"]


def test_the_row_of_a_name_only_it_holds(client):
    """"What does X offer, and where?": the provider's name is a cell of one row alone; the
    question asks for that row's place. (A control in English, where the row's meaning found
    it before; the Dutch question below was not answered.)"""
    body = ask(client, "What does Brinemoto offer in Havenland, and where?")
    assert not body["abstained"], body["answer"]
    assert "shared mopeds" in body["answer"] and "Saltby and Kelp Bay" in body["answer"], body["answer"]
    assert "Portmouth" not in body["answer"], body["answer"]


def test_the_row_of_a_name_only_it_holds_in_dutch(client):
    body = ask(client, "Waar rijdt Golfslag volgens de verkenning van Varlande?")
    assert "Zeestad" in body["answer"], body["answer"]
    assert "Polderwijk" not in body["answer"], body["answer"]


def test_a_name_of_one_of_the_rows_labelled_alike_picks_it(client):
    """The question names one provider of a service two rows offer: that row alone answers."""
    body = ask(client, "Where does Quaywheel offer electric shared cargo bikes in Havenland?")
    assert "Saltby" in body["answer"], body["answer"]
    assert "Portmouth" not in body["answer"] and "Dockcart" not in body["answer"], body["answer"]
