"""Who supports a commitment, asked with a noun for a body of any kind: "welke organisaties
steunen toezegging 2?" asks for the supporting organisations' cell, not the lead's ("organisaties"
says what is named, the verb which role); "toezegging" is the Dutch for a commitment, so
"toezegging 2" is commitment 2 of an English plan. Through the HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria harbour openness plan 2031-2033

## Annex A: commitments

| Commitment | Action | Lead department | Supporting civil society organisations |
|---|---|---|---|
| 1 | Publish every berth fee online each quarter. | Harbour Office | Open Quays Trust |
| 2 | Publish the dredging survey data as open data. | Dredging Office | Coastal Data Forum, Friends of the Estuary |
| 3 | Open the harbour board's minutes to the public. | Harbour Board | Harbour Watch |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-harbour-openness-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_organisations_that_support_a_commitment(client):
    body = ask(client, "Welke organisaties steunen toezegging 2 van het Kestriaanse openheidsplan voor de haven?")
    assert not body["abstained"], body["answer"]
    assert "Coastal Data Forum, Friends of the Estuary" in body["answer"], body["answer"]
    assert "Dredging Office" not in body["answer"], body["answer"]


def test_the_organisation_that_leads_it(client):
    body = ask(client, "Which department leads commitment 2 of the Kestria harbour openness plan?")
    assert "Dredging Office" in body["answer"], body["answer"]
    assert "Coastal Data Forum" not in body["answer"], body["answer"]


def test_asked_in_french(client):
    body = ask(client, "Quelles organisations soutiennent l'engagement 3 du plan d'ouverture du port de Kestria ?")
    assert "Harbour Watch" in body["answer"], body["answer"]
