"""A figure asked for one named item of a list ("how much goes to the programme in Belmar?")
is not answered by the sentence that gives the figures of the list's other items, even
when the plan names Belmar elsewhere. A name the passage writes as an adjective
("Belmarian" for "Belmar's") is written. (The words that spell out an acronym, "the
Comité National … (CNCC)", are checked as the acronym: `plans eval` asks one such question.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import UNRELATED_PLAN, serving_files

FILLER = ("The ministry publishes a progress report on its website every spring, and civil society is invited to "
          "comment on it in an open meeting. ")

PLAN = f"""# Lindor open government plan 2013-2015

## Construction transparency

The ministry for development funds the construction transparency programmes of three partner countries.
This includes £100,000 to the programme in Orvania, £50,000 to the programme in Tessaly and £98,000 to the
programme in Varnia. {FILLER * 12}

## Partners

Belmar has shown interest in joining the construction transparency initiative next year. {FILLER * 6}

## Water

The National Water Committee (NWC) was set up in 2012 to follow the water strategy. {FILLER * 6}

## Water strategy

The Belmarian cabinet adopted its water strategy on 4 March 2014, with the support of Lindor.
{FILLER * 6}
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"lindor-ogp-plan-2013-2015.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_figure_of_an_item_the_sentence_does_not_name_is_refused(client):
    body = ask(client, "How much funding goes to the construction transparency programme in Belmar under the "
                       "Lindor open government plan?")
    assert body["abstained"], body["answer"]


def test_the_figure_of_an_item_the_sentence_names_is_given(client):
    body = ask(client, "How much funding goes to the construction transparency programme in Tessaly under the "
                       "Lindor open government plan?")
    assert "£50,000" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, fact", [
    ("When did Belmar's cabinet adopt its water strategy?", "4 March 2014"),
])
def test_a_name_written_another_way_is_still_written(client, question, fact):
    body = ask(client, question)
    assert fact in body["answer"], body["answer"]
