""""On which web page will X be published?" asks for a web site: a sentence
without a web address ("the baseline will be open to all residents") does not
answer it; one that writes the address does."""

from __future__ import annotations

import pytest

from plans.vocabulary.questions import asks_website
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland coast adaptation programme 2031-2035

## Information

The flood risk baseline will be open to all residents, so that they can take part in the work
on adaptation. The ministry publishes the flood risk baseline every two years.

## Data

The tide gauge records are published on www.norland-tides.example.org every month.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coast-adaptation.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, lang, web", [
    ("Which online portal carries the flood risk baseline?", "en", True),
    ("Sur quel site web le rapport est-il publié ?", "fr", True),
    ("Op welke website staat de studie?", "nl", True),
    ("Where are the tide gauges?", "en", False),
])
def test_questions_asking_for_a_web_site(question, lang, web):
    assert asks_website(question, lang) == web


def test_a_sentence_without_an_address_is_no_web_site(client):
    body = ask(client, "On which web page will the flood risk baseline be published?")
    assert body["abstained"], body["answer"]


def test_the_address_answers(client):
    body = ask(client, "On which website are the tide gauge records published?")
    assert not body["abstained"], body["answer"]
    assert "www.norland-tides.example.org" in body["answer"], body["answer"]


REPORT = """# Norland open data report 2031

Published by the Norland Data Office.

## Findings

The ministries opened 40 new datasets this year, most of them on harbours and roads.
"""


def test_a_publisher_line_is_no_web_site(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-open-data-report-2031.md": REPORT}) as client:
        body = ask(client, "On which web page is the Norland open data report published?")
    assert "Norland Data Office" not in body["answer"], body["answer"]
