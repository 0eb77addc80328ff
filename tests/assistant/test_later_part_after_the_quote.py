""""When did the Region adopt its order on green clauses, and how often will it be reviewed?":
the later part leans on the earlier one ("it"), and the plan says it in a sentence right after
the earlier part's quote, in other words ("assessed every four years"); that sentence
answers, also when it opens the next passage, and also when the later part's own search
found only the earlier part's sentence again. "When?" is answered by a length of time from
an event ("uiterlijk na 3 jaar", "d'ici trois ans"). A later part whose kind of fact the
sentences after the quote do not give is still not answered. Through the HTTP API."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

FILLER = " ".join(f"The port of {town} keeps a register of the contracts it signs with builders and suppliers."
                   for town in ("Arden", "Belmoor", "Corvale", "Dunmere", "Eastwick", "Fallow"))

PLAN = f"""# Norland plan on harbour contracts and dock workers

## Public procurement

{FILLER}

Action of the Norland Region: On 8 May 2031, the Norland Region adopted an order on the inclusion of green and social clauses in the harbour contracts of the regional authorities. This order encourages clauses on the rights of dock workers, upon which a subsidy may depend.

In addition, one officer in each port authority sees to it that this order is applied and then assessed every four years.
"""


HAVENPLAN = ["Havenplan van Varland 2032", "", "Financiering", "",
             "De havens van Varland innen liggeld van elk schip", "dat aanmeert. De provincie leent geld voor",
             "baggerwerken.", "", "Huisvesting van havenarbeiders", "",
             "Er wordt verder werk gemaakt van betaalbare", "woningen voor havenarbeiders. Het herwerkte",
             "havenfonds van Varland zal op 1 maart", "2032 in werking treden. Uiterlijk na 3 jaar",
             "werking wordt het havenfonds geëvalueerd en zo", "nodig bijgestuurd."]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-business-rights.md": PLAN, "havenplan-varland.pdf": HAVENPLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_fact_of_a_later_part_in_the_sentence_after_the_quote(client):
    body = ask(client, "When did the Norland Region adopt its order on green clauses in harbour contracts, "
                       "and how often will it be reviewed?")
    assert not body["abstained"], body["answer"]
    assert "8 May 2031" in body["answer"] and "every four years" in body["answer"], body["answer"]


def test_a_later_part_the_following_sentences_do_not_answer(client):
    body = ask(client, "When did the Norland Region adopt its order on green clauses in harbour contracts, "
                       "and how much will it cost?")
    assert "8 May 2031" in body["answer"], body["answer"]
    assert "every four years" not in body["answer"], body["answer"]


def test_a_later_part_answered_by_a_length_of_time_after_the_quote(client):
    body = ask(client, "Vanaf welke datum geldt het herwerkte havenfonds volgens het havenplan van Varland, "
                       "en wanneer wordt het fonds geëvalueerd?")
    assert not body["abstained"], body["answer"]
    assert "1 maart 2032" in body["answer"] and "na 3 jaar" in body["answer"], body["answer"]


@pytest.mark.parametrize("sentence, lang", [
    ("Uiterlijk na 3 jaar werking wordt het havenfonds geëvalueerd.", "nl"),
    ("Le fonds portuaire sera évalué d'ici trois ans.", "fr"),
    ("The harbour fund is reviewed after its first 3 years.", "en"),
])
def test_a_length_of_time_from_an_event_says_when(sentence, lang):
    assert mentions("date", sentence, "When is it reviewed?", [], lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Het havenfonds loopt 3 jaar en wordt dan geëvalueerd.", "nl"),
    ("Le plan en trois volets dure 5 ans.", "fr"),
])
def test_a_length_of_time_alone_says_no_when(sentence, lang):
    assert not mentions("date", sentence, "When is it reviewed?", [], lang)
