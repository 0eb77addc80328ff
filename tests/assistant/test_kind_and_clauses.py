"""What a "which X" question asks for must be what the answer's passage writes about, and a
sentence too long to give whole is cut to the clauses that answer."""

from __future__ import annotations

import pytest

from assistant.answering.base import kind_asked
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Harbourland open data report, third quarter

## Publication of spend data

The Harbour Office reported a delay in publishing its spend data, because some of the figures held errors that needed checking before release.
The Harbour Office committed to publishing the salaries of senior staff every six months.

## Financial reports

The financial reports of the departments are published once a year on the Harbourland data portal.
"""

DECREES = """# Plan d'adaptation de la Varlande

## Cadre institutionnel

Parmi les textes qui encadrent l'action climatique de la Varlande et ceux que les partenaires techniques et financiers ont soutenus depuis dix ans, on retiendra surtout l'arrêté n° 027/MEDD/SGG du 14 juin 2018 relatif à l'organisation, aux missions et au fonctionnement de la Commission varlandaise du plan d'adaptation, ainsi que les textes d'application qui l'accompagnent, lequel complète le décret n° 2004-217 du 12 mai 2004 instituant le Comité varlandais sur le climat (CVC).
Le Comité varlandais sur le climat se réunit deux fois par an.

## Pêche

La Varlande fera respecter le décret n° 2019-101 contre la pêche illégale dans ses lacs.
"""


SEMINARS = """# Havenland recommendations on harbour safety

The recommendations below grew out of a two-day seminar on harbour safety in Havenstad, Havenland, on 3 and 4 May 2019.

## Dredging

The dredging of the outer harbour will start in 2021, under the Havenland Harbour Office.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-open-data-report.md": REPORT,
                                                     "varlande-adaptation.md": DECREES,
                                                     "havenland-harbour-safety.md": SEMINARS}) as c:
        yield c


def test_a_kind_of_thing_the_passage_never_names_is_not_answered(client):
    body = ask(client, "What financial penalty does the Harbour Office impose on departments that miss the spend data deadline?")
    assert body["abstained"], body["answer"]


def test_a_question_whose_kind_the_passage_names_is_answered(client):
    body = ask(client, "What reports of the departments are published once a year on the Harbourland data portal?")
    assert not body["abstained"] and "financial reports" in body["answer"], body["answer"]
    body = ask(client, "Why did the Harbour Office delay publishing its spend data?")
    assert not body["abstained"] and "errors" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, kind", [
    ("What financial penalty does the office impose?", ["financial", "penalty"]),
    ("What role does the office play?", []),  # a word naming no kind of its own
    ("What is the budget of line 4?", []),
    ("Quel budget annuel le plan prévoit-il ?", []),  # "budget" asks for a field
    ("Which bodies sit as observers?", []),  # "bodies" too: "sit" is a verb
    ("Quel décret faut-il suivre contre le braconnage ?", ["décret"]),  # a verb with its subject after it
])
def test_kind_asked(question, kind):
    assert kind_asked(analyse(question)) == kind


def test_a_kind_before_an_inverted_verb(client):
    body = ask(client, "Quel décret faut-il faire respecter contre la pêche illégale dans les lacs de la Varlande ?")
    assert not body["abstained"] and "2019-101" in body["answer"], body["answer"]


def test_a_long_sentence_is_cut_to_the_clauses_that_answer(client):
    body = ask(client, "Par quel décret le Comité varlandais sur le climat (CVC) a-t-il été créé, et de quand date-t-il ?")
    assert not body["abstained"], body["answer"]
    assert "2004-217" in body["answer"] and "12 mai 2004" in body["answer"], body["answer"]
    assert len(body["answer"]) <= 400 and "Parmi les textes" not in body["answer"], body["answer"]
    quote = body["citations"][0]["quote"]
    assert "2004-217" in quote and quote.rstrip(".") in body["answer"], (quote, body["answer"])


def test_what_as_the_subject_asks_for_no_kind():
    assert kind_asked(analyse("What happens to the training agency?")) == []
    assert kind_asked(analyse("Which harbours merge?")) == ["harbours", "merge"]


def test_who_did_an_act_no_sentence_says_is_not_answered(client):
    # the sentence says when and where the seminar was held, not who chaired it
    body = ask(client, "Who chaired the Havenland seminar on harbour safety?")
    assert body["abstained"], body["answer"]
