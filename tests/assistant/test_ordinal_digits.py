"""A question's ordinal written with its digits ("du 2e trimestre") is in the answer's plan
when the plan writes the number its own way ("Q2", "2nd quarter"): the numbers a question
gives must be in the answer's passage or title, but an ordinal is written alike in any
language only by its digits."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Data Report Q2 2027

## Quay Lab

The Quay Lab opened in January 2027 to give researchers access to anonymised berth data. By the end of June 2027,
the Quay Lab had published 14 studies for the port authorities.

## Portal

The harbour data portal had 2,300 visitors a month in the second quarter.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-data-report-q2-2027.md": PLAN}) as c:
        yield c


def test_an_ordinal_of_another_language_by_its_digits(client):
    body = ask(client, "Selon le rapport du 2e trimestre 2027 sur les données portuaires, combien d'études le Quay Lab "
                       "avait-il publiées fin juin 2027 ?")
    assert "14 studies" in body["answer"], body["answer"]


def test_another_ordinal_is_still_no_answer(client):
    body = ask(client, "Selon le rapport du 3e trimestre 2027 sur les données portuaires, combien d'études le Quay Lab "
                       "avait-il publiées fin septembre 2027 ?")
    assert body["abstained"], body["answer"]
