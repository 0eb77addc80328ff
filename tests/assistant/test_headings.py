""""Under which section does the plan deal with X?", "dans quel chapitre …", "in welk
hoofdstuk …": the heading of the plan's section that names the topic, with its number,
quoted from the text (not from the table of contents); a heading in the plan's language
answers a question in another; no heading naming the topic, no such answer. Through the
HTTP API, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

# the agreement's lower levels are printed in the text's own type, a number on its own line
# over the heading, as a PDF reading keeps them inside the passages
AGREEMENT = ["Coalition agreement of Norland 2031-2036", "",
             "Contents", "1 Work and the social economy .......... 1", "1.2.3 Social economy .......... 1",
             "2 Harbours and shipping .......... 1", "",
             "1 Work and the social economy", "",
             "Too many people in Norland stay out of work for more than two years.",
             "The government helps jobseekers with a coach of their own.", "",
             "1.2.3", "", "Social economy", "",
             "We give social enterprises more room and buy more of their services.", "",
             "2 Harbours and shipping", "",
             "The quays of the northern harbour are raised by half a metre."]

PLAN = """# Plan d'adaptation de la Varlande 2031-2035

## 1. Contexte

Les côtes de la Varlande reculent de deux mètres par an.

## 2. Agriculture

Les agriculteurs reçoivent des semences résistantes à la sécheresse.

## 3. Tourisme

Les sentiers du littoral sont déplacés vers l'intérieur des terres.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-coalition-agreement.pdf": AGREEMENT, "plan-adaptation-varlande.md": PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Under which section does Norland's coalition agreement treat the social economy?",
    "In welk hoofdstuk behandelt het regeerakkoord van Norland de social economy?",
])
def test_the_numbered_heading_in_the_text(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "1.2.3 Social economy" in body["answer"], body["answer"]
    quote = body["citations"][0]["quote"]
    assert "Social economy" in quote and "...." not in quote, body["citations"]


def test_a_heading_in_the_plan_s_language(client):
    body = ask(client, "Which chapter of the Varland adaptation plan deals with tourism?")
    assert not body["abstained"], body["answer"]
    assert "3. Tourisme" in body["answer"], body["answer"]
    assert body["citations"][0]["document"] == "plan-adaptation-varlande.md"


def test_no_heading_names_the_topic(client):
    # (a guard: no answer "under the heading" of another topic; the passages may still answer)
    body = ask(client, "Which section of Norland's coalition agreement deals with fisheries?")
    assert "under the heading" not in body["answer"], body["answer"]


def test_which_part_of_something_asks_a_share_not_a_heading():
    from assistant.answering.headings import _asks_section

    assert not _asks_section("Which part of the harbour fund goes to the northern quays?", "en")
    assert not _asks_section("Quelle partie du fonds portuaire va aux quais du nord ?", "fr")
    assert not _asks_section("Welk deel van het havenfonds gaat naar de noordelijke kaden?", "nl")
    assert _asks_section("Welk hoofdstuk van het havenplan gaat over de kaden?", "nl")


def test_the_words_naming_the_plan_in_the_question_s_own_words():
    from assistant.answering.headings import _before_plan_nouns

    assert {"flemish", "coalition"} <= _before_plan_nouns("Which section of the Flemish coalition agreement is on ports?",
                                                          "en")
    # (after the noun in French, its elision undone: "d'adaptation" names it as "adaptation")
    assert "adaptation" in _before_plan_nouns("Dans quel chapitre le plan d'adaptation traite-t-il des ports ?", "fr")
