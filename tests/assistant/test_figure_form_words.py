"""The words that say in what form a figure is asked for ("how many million euros …?",
"hoeveel miljoen euro …?") ask for a sum; they say nothing of what the sum is for. A sentence
that shares only them with the question ("a tax cut of more than 900 million euros") is no
answer to a question about the budget of something the plan never mentions: the answer says
the plans do not cover it. Asked about what the plan does fund, the sum is given. Through the
HTTP API, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

AKKOORD = """# Regeerakkoord van Norland 2031-2036

## Financiën

Tegelijk komt de impact van de belastinghervorming op kruissnelheid, een lastenverlaging van meer dan 900 miljoen euro voor de gezinnen.

## Waterbeheer

Voor de versterking van de dijken langs de kust trekken we deze legislatuur 120 miljoen euro uit.

## Onderwijs

De scholen krijgen meer ruimte om zelf hun lessenrooster te kiezen.
"""

AGREEMENT = """# Coalition agreement of Varland 2031-2036

## Finances

At the same time the tax reform reaches full speed, a tax cut of more than 900 million euros for households.

## Water

For strengthening the dykes along the coast we set aside 120 million euros this term.

## Schools

Schools get more room to set their own timetables.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"regeerakkoord-norland.md": AKKOORD, "coalition-agreement-varland.md": AGREEMENT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Hoeveel miljoen euro besteedt de regering van Norland aan armoedebestrijding?",
    "How many million euros does Varland's government spend on fighting homelessness?",
])
def test_a_sum_for_something_the_plan_never_names_is_declined(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]


@pytest.mark.parametrize("question", [
    "Hoeveel miljoen euro besteedt de regering van Norland deze legislatuur aan de dijken?",
    "How many million euros does Varland's government set aside this term for the dykes?",
])
def test_a_sum_for_what_the_plan_funds_is_given(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "120" in body["answer"], body["answer"]
