""""What is the Harbour Watch paper about?" asks for an overview, as of a plan or a report; the
plan summarised is the one the question's words name, not the one most of the best passages
come from. Two words written with capitals that follow each other in one plan's file name,
and in no other plan's title or file name, name that plan, though its title does not write
them (a paper titled "RECOMMENDATIONS"). Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PAPER = """# RECOMMENDATIONS

## for safer harbours and cleaner docks

These recommendations come out of a seminar held in Norland in March 2031. This paper sets out three
recommendations to make the harbours of Norland safer for the people who work in them and the docks cleaner.

1. **Share the risk maps:** port authorities and coast guards should keep one map of the risks of each quay.
2. **Train together:** the crews of tugboats and the pilots should train together twice a year.
3. **Clean the docks:** every port should collect the waste of the ships it berths.
"""

REPORT = """# Norland coastal report 2031

## Safety at sea

The coast guard keeps a harbour watch at night in the three largest ports. The ferries of Norland carried four
million passengers in 2030, and no ferry was lost at sea.

## Docks

The docks of the capital were deepened in 2029 so that container ships can berth at low tide.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"harbour-watch-recommendations-2031.md": PAPER, "norland-coastal-report.md": REPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_two_words_of_a_file_name_name_its_plan(client):
    snapshot = client.app.state.service.index.snapshot
    assert snapshot.named_by(*analyse("Who wrote the Harbour Watch paper?").naming()) == {
        "harbour-watch-recommendations-2031.md"}


@pytest.mark.parametrize("question", ["What is the Harbour Watch paper about?", "Summarize the Harbour Watch paper."])
def test_an_overview_of_a_paper_named_by_its_file_name(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"], body
    assert all(c["document"] == "harbour-watch-recommendations-2031.md" for c in body["citations"]), body["citations"]


@pytest.mark.parametrize("question", [
    "What is the Harbour Watch paper about?",
    "What is the coastal policy of Norland about?",
])
def test_what_a_paper_or_policy_is_about_is_an_overview(question):
    assert analyse(question).expects == "overview"
