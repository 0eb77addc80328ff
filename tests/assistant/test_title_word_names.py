"""A plan named by words of its title in another language ("het Norlandse actieplan over
visserij uit 2031" for "Compact on Fisheries – Action Plan 2031 – Norland"): the one plan
more of whose title words the question writes than of any other's, two at least, is the
one an overview is of, not the plan in the question's language that its words match."""

from __future__ import annotations

import pytest

from assistant.answering.outline import _titled_by_words
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

FISHERIES = """# Compact on Fisheries – Action Plan 2031 – Norland

## Introduction

The government aims to turn the Compact into concrete actions and has drawn up this action plan to guide them.
In this plan, Norland focuses on four objectives of the Compact: quotas, ports, science and training.

## Objective 1: Quotas

Norland shares its quotas fairly between the coastal towns.
"""

ACCORD = """# Varlandse regering 2030-2035, regeerakkoord

## Inleiding

Waar gaat dit akkoord over? De regering wil dat Varland welvarend en zorgzaam blijft, en zet in op werk,
onderwijs en wonen. De belangrijkste doelen zijn meer banen en betaalbare woningen. Voor de visserij volgt
in 2031 een eigen actieplan van de regering, met doelen voor de havens en de vloot.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-fisheries-action-plan-2031.md": FISHERIES, "varland-regeerakkoord-2030-2035.md": ACCORD}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, named", [
    ("Waar gaat het Norlandse actieplan over visserij uit 2031 over?", "norland-fisheries-action-plan-2031.md"),
    ("What is the 2031 plan about?", None),  # one title word: a year
])
def test_title_words_name_the_plan(client, question, named):
    assert _titled_by_words(analyse(question), client.app.state.service.index.snapshot) == named


def test_the_overview_is_of_the_plan_so_named(client):
    body = ask(client, "Waar gaat het Norlandse actieplan over visserij uit 2031 over, en welke doelen stelt het?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["document"] == "norland-fisheries-action-plan-2031.md", body["answer"]
