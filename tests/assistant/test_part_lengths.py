"""A question of several parts is answered in about the length of one answer: each part's
quote is cut to the clauses that give its fact when the whole would run long, and still
quotes the plan verbatim."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Havenland Export Support Plan 2028

## The Harbour Export Board

The Harbour Export Board is an inter-agency advisory body, run by the Directorate for Maritime Trade and made up of delegates from the ministries of Ports, Fisheries, Transport, Finance, Budget and Foreign Trade, the Havenland Credit Office and the coastal provinces.

After a full review of each request and of the questionnaire that goes with it, the Harbour Export Board sends its advice to the Council of Harbour Ministers, which then decides whether to grant the loan, the loan with a top-up or the grant, and informs the applicant in writing within sixty days.

## The Port Forum

The Havenland Port Forum, held in Havenstad on 3 and 4 May 2029 under the patronage of the Minister for Ports, the Minister for Trade and the Governor of the Coastal Province, with the help of the Green Berth Foundation and of the Havenstad Chamber of Commerce, welcomed over 2,400 visitors from 61 port authorities and shipping firms and secured 45 new pledges on clean shipping.

## Fees

Applicants pay no fee for the review of a request.
"""

PARTS_CHARS = 480


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-export-support.md": PLAN}) as c:
        yield c


def test_two_parts_answered_in_the_length_of_one(client):
    body = ask(client, "Who runs the Harbour Export Board, and who decides in the end whether a loan is granted?")
    answer = body["answer"]
    assert "Directorate for Maritime Trade" in answer, answer
    assert "Council of Harbour Ministers" in answer, answer
    quotes = "".join(c["quote"] for c in body["citations"])
    assert len(quotes) <= PARTS_CHARS, answer
    for c in body["citations"]:
        assert " ".join(c["quote"].split()) in " ".join(PLAN.split()), c["quote"]


def test_one_question_alone_keeps_its_sentence_whole(client):
    body = ask(client, "Who decides in the end whether a loan is granted by the Harbour Export Board?")
    assert "within sixty days" in body["answer"], body["answer"]


def test_a_part_cut_to_its_fact_keeps_the_counted_noun(client):
    body = ask(client, "Who runs the Harbour Export Board, and how many port authorities did the 2029 Havenland Port "
                       "Forum bring together?")
    answer = body["answer"]
    assert "Directorate for Maritime Trade" in answer and "61 port authorities" in answer, answer
    assert "do not say" not in answer, answer


def test_parts_quoting_one_sentence_quote_it_once(client):
    body = ask(client, "How many visitors and how many port authorities did the 2029 Havenland Port Forum bring together?")
    assert "2,400 visitors" in body["answer"] and "61 port authorities" in body["answer"], body["answer"]
    assert len(body["citations"]) == 1, body["answer"]
