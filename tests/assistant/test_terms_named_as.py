"""A plan may define a term by naming what it has just described as that term ("This
approach, referred to as blue budgeting, makes …", "la démarche dite « budget bleu » …"):
a definition question is answered by that sentence, found among the many passages that
merely use the term. Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

USES = ["The ministry of finance trains its staff in blue budgeting.",
        "Blue budgeting is reported on each year to parliament.",
        "Two pilot towns try blue budgeting in 2031.",
        "The harbour authority joins blue budgeting in 2032.",
        "A guide to blue budgeting is published online.",
        "The regions are invited to adopt blue budgeting as well.",
        "Blue budgeting tools are shared with the towns.",
        "The audit office reviews blue budgeting every three years."]

PLAN = "# Havenland sea budget plan\n\n" + "".join(
    f"## Measure {i}\n\n{text} The measure is funded from the sea fund.\n\n" for i, text in enumerate(USES, start=1)
) + """## Method

Every public budget must weigh its effect on the sea and the coast. This approach,
referred to as blue budgeting, makes the health of the sea a test of every spending line.
"""

PLAN_FR = "# Plan de la Kestrie pour le budget de la mer\n\n" + "".join(
    f"## Mesure {i}\n\nLe budget bleu est appliqué par le service {i}. La mesure est financée par le fonds marin.\n\n"
    for i in range(1, 9)
) + """## Méthode

Chaque budget public doit peser son effet sur la mer. La démarche dite « budget bleu » fait de
la santé de la mer un critère de chaque dépense.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"havenland-sea-budget.md": PLAN, "kestria-budget-mer.md": PLAN_FR, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_term_named_as_what_was_described(client):
    body = ask(client, "What does the Havenland plan mean by blue budgeting?")
    assert not body["abstained"], body["answer"]
    assert "health of the sea a test of every spending line" in body["answer"], body["answer"]


def test_a_term_named_as_in_french(client):
    body = ask(client, "Qu'entend le plan de la Kestrie par budget bleu ?")
    assert not body["abstained"], body["answer"]
    assert "critère de chaque dépense" in body["answer"], body["answer"]
