"""A list written as sentences ("We see three factors … First, … Second, … Finally, …") is
answered with its items, in English, French and Dutch; a run that does not name the kind
asked is not taken for the list."""

from __future__ import annotations

import pytest

from assistant.answering.enumerations import enumerations
from assistant.answering.outline import Section
from plans.index import StoredChunk
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REVIEW = """# Review of the Norland harbour strategy

## Conclusions

Whether the Norland harbour strategy will work cannot be judged before its first year. Still, we see three main factors that may help it succeed. First, the strategy was approved by the cabinet of Norland, which gives every ministry a clear mandate. Second, the ports of Harbourland and Varlande already share their pilots and their tugboats. This cooperation goes back many years. Finally, the steering committee is small and meets every month.

## Risks

The strategy also faces risks. First, no joint budget has been agreed. Second, the transport ministry changes its director every year.
"""

REVUE = """# Revue de la stratégie portuaire de Norland

## Conclusions

Le succès de la stratégie ne pourra être jugé qu'après sa première année. Nous voyons toutefois trois atouts majeurs pour la stratégie. Premièrement, la stratégie a été approuvée par le conseil des ministres de Norland. Deuxièmement, les ports de Harbourland et de Varlande partagent déjà leurs pilotes. Enfin, le comité de pilotage est restreint et se réunit chaque mois.
"""

EVALUATIE = """# Evaluatie van de havenstrategie van Havenland

## Conclusies

Of de havenstrategie slaagt, valt pas na het eerste jaar te beoordelen. Toch zien wij drie sterke punten van de strategie. Ten eerste is de strategie goedgekeurd door de regering van Havenland. Ten tweede delen de havens van Norland en Varlande al hun loodsen. Ten slotte is het stuurcomité klein en komt het elke maand samen.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-review.md": REVIEW, "revue-strategie-norland.md": REVUE,
             "evaluatie-havenstrategie-havenland.md": EVALUATIE}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, items", [
    ("What factors may help the Norland harbour strategy succeed?",
     ["approved by the cabinet of Norland", "share their pilots and their tugboats", "meets every month"]),
    ("Quels sont les atouts de la stratégie portuaire de Norland ?",
     ["approuvée par le conseil des ministres", "partagent déjà leurs pilotes", "se réunit chaque mois"]),
    ("Wat zijn de sterke punten van de havenstrategie van Havenland?",
     ["goedgekeurd door de regering", "delen de havens", "komt het elke maand samen"]),
])
def test_items_opened_by_their_places_are_the_list(client, question, items):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    for item in items:
        assert item in body["answer"], body["answer"]
    quotes = " ".join(c["quote"] for c in body["citations"])
    assert all(item in quotes for item in items), body["citations"]


def test_a_run_about_another_kind_of_thing_is_not_the_list(client):
    body = ask(client, "What factors may help the Norland harbour strategy succeed?")
    assert "no joint budget" not in body["answer"], body["answer"]


def _section(text: str) -> Section:
    chunk = StoredChunk(id="c1", doc_id="d", kind="passage", text=text, search_text=text, section="Heading",
                        page=None, start=0, end=len(text))
    return Section(("Heading",), [chunk])


def test_a_place_out_of_turn_ends_the_run():
    runs = enumerations(_section("We see two reasons. First, it is cheap. Third, it is quick. Second, it is old."))
    assert runs == []


def test_first_as_an_adjective_opens_no_item():
    runs = enumerations(_section("Our plan has two parts. First Minister Varga opened it. Second, the ports met."))
    assert runs == []
