"""A sentence the document cuts with a blank line ("… near the harbour of" / "Zeestad, …") is
quoted whole, in any of the three languages ("… richt zich vooral op" / "projecten rond …");
a year in an author-date reference ("(Norland Council 2019: 4)") dates nothing, so a question
for a date reads on to the sentence that gives one."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland coastal strategy

## Background

The Dune Strategy sets out a framework agreed between the ministries with the aim of protecting the northern coast (Norland Council 2019: 4). The strategy is a working method rather than an end in itself. It was approved by the cabinet on 12 May 2021.

## Works

In 2022, the Coastal Agency started the dune works near the harbour of

Zeestad, which the Ministry of Works had planned for ten years.
"""

DUTCH_PLAN = """# Varlands kustplan

## Havenoverleg

Jaarlijks komt het Havenoverleg samen met de gemeenten en de verenigingen van de kust en richt zich daarbij vooral op

projecten rond Dijken, Duinen, Jachthavens en Visserij.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-strategy.md": PLAN,
                                                          "varlands-kustplan.md": DUTCH_PLAN}) as c:
        yield c


def test_a_year_in_a_reference_is_no_date():
    assert not mentions("date", "A framework agreed by the ministries (Norland Council 2019: 4).")
    assert not mentions("date", "The dunes move inland (Varga et al. 2020), as the maps show.")
    assert mentions("date", "The framework was agreed (in June 2019) by the ministries.")
    assert mentions("date", "The framework was agreed in 2019 (see page 4).")


def test_a_date_asked_is_read_past_the_reference(client):
    body = ask(client, "When was the Dune Strategy agreed by the Norland ministries?")
    assert "12 May 2021" in body["answer"], body["answer"]


def test_a_sentence_cut_by_a_blank_line_is_quoted_whole(client):
    body = ask(client, "Near which harbour did the Coastal Agency start the dune works?")
    assert not body["abstained"], body["answer"]
    quote = " ".join(body["citations"][0]["quote"].split())
    assert "near the harbour of Zeestad, which" in quote, quote


def test_a_dutch_sentence_cut_after_its_preposition_is_quoted_whole(client):
    body = ask(client, "Welke projecten staan centraal bij het Havenoverleg?")
    assert not body["abstained"], body["answer"]
    quote = " ".join(body["citations"][0]["quote"].split())
    assert "vooral op projecten rond Dijken, Duinen" in quote, quote
