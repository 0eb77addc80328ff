"""A list question answered by a sentence that only names the kind of items ("… on over
twenty topics.") is given the sentence after it that lists them ("These include A, B, C and
D.", or "The themes include A, B and C." when it asks "which themes"), once: the same
sentence in an overlapping passage is not quoted twice; so are the items numbered 1, 2, 3
after it in its paragraph. "Which standing boards govern X?" (a plural and
the verb that agrees with it) asks for a list (generated plans)."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import _listed, _spells_out
from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Harbourland Open Policy Plan 2014-2016

## Public dialogue

The Harbour Dialogue Programme has been bringing citizens and experts together on science policy for ten years.
It has supported public dialogues on over twenty scientific and technology topics important to the region.
These include Tidal Energy, Coastal Erosion, Marine Robotics and Port Automation.
The programme will pilot open policy making with two ministries in 2015.

## Open data

The open data portal holds more than 2,000 datasets from the port authority and the city.
The portal team has tagged the datasets with themes, as shown on its home page. The themes include Shipping,
Weather, Tourism and Public Works. New themes will be added when users ask for them.

## Outreach

The plan must also be explained across Harbourland, both to ministers and to civil servants. Harbour workers
form a third target group.
"""

TOPICS = ("Tidal Energy", "Coastal Erosion", "Marine Robotics", "Port Automation")


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-open-policy.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which topics has the Harbour Dialogue Programme held public dialogues on?",
    "The Harbour Dialogue Programme has run public dialogues on over twenty topics. Which ones does the plan name?",
])
def test_the_sentence_that_lists_the_items_follows(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert all(t in body["answer"] for t in TOPICS), body["answer"]
    quotes = [c["quote"] for c in body["citations"]]
    sentences = [s for q in quotes for s in q.split(". ")]
    assert len(sentences) == len(set(sentences)), quotes


BOARDS = """# Harbourland Digital Strategy Report 2015

## Governance

Digital strategy is the responsibility of the Chief Information Office and is embedded at all levels of its
governance. IT governance is undertaken under the auspices of multiple standing Boards. 1. The Harbour Strategy Board decides on strategy and on significant investments. 2. The Harbour Programme Board keeps approved projects on track. 3. The Harbour Systems Board manages the technical environment.

## Open data

The open data portal holds more than 2,000 datasets from the port authority and the city.
The portal team has tagged the datasets with themes, as shown on its home page. The themes include Shipping,
Weather, Tourism and Public Works. New themes will be added when users ask for them.

## Outreach

The plan must also be explained across Harbourland, both to ministers and to civil servants. Harbour workers
form a third target group.
"""


@pytest.fixture(scope="module")
def boards(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-digital-strategy.md": BOARDS,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_numbered_items_after_the_sentence_are_the_list(boards):
    body = ask(boards, "Which standing boards govern IT in Harbourland?")
    assert not body["abstained"], body["answer"]
    for board in ("Harbour Strategy Board", "Harbour Programme Board", "Harbour Systems Board"):
        assert board in body["answer"], body["answer"]


LONG_BOARDS = """# Harbourland Digital Strategy Report 2016

## Governance

Digital strategy is the responsibility of the Chief Information Office and is embedded at all levels of its
governance. IT governance is undertaken under the auspices of multiple standing Boards.
1. The Harbour Strategy Board (HSB) has authority for decisions regarding digital strategy and resultant policies, significant investments and their prioritisation, and the enterprise architecture of the port.
2. The Harbour Programme Board has authority for application and infrastructure projects, to ensure that the investments approved by the strategy board stay on track during their design and delivery.
3. The Harbour Systems Board has authority for decisions regarding the technical environment of the port, including configuration management, integration and the performance of its systems.
4. The Harbour Integration Board provides a forum where senior stakeholders take part in setting strategy and policy of broad impact on the budget or the operational capacity of the port.

## Review

The review of the strategy runs in steps.
1. The Harbour Audit Office collects the reports of every department and checks their figures against the budget of the year before.
2. The Harbour Council discusses the findings in a public session and asks the departments to answer its questions within a month.
3. The Harbour Minister publishes the final review on the open data portal together with the answers of the departments.

## Open data

The open data portal holds more than 2,000 datasets from the port authority and the city.
The portal team has tagged the datasets with themes, as shown on its home page. The themes include Shipping,
Weather, Tourism and Public Works. New themes will be added when users ask for them.

## Outreach

The plan must also be explained across Harbourland, both to ministers and to civil servants. Harbour workers
form a third target group.
"""


@pytest.fixture(scope="module")
def long_boards(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-digital-strategy.md": LONG_BOARDS,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_long_numbered_items_are_given_by_the_names_asked_for(long_boards):
    """Four long items would make an answer of over 700 characters: the question asks which
    boards, so each item is given by the board's name, and the citation holds the rest."""
    body = ask(long_boards, "Which standing boards govern IT in Harbourland?")
    assert not body["abstained"], body["answer"]
    for board in ("Harbour Strategy Board (HSB)", "Harbour Programme Board", "Harbour Systems Board",
                  "Harbour Integration Board"):
        assert board in body["answer"], body["answer"]
    assert len(body["answer"]) <= 500 and "has authority" not in body["answer"], body["answer"]
    assert any("Harbour Strategy Board (HSB)" in c["quote"] for c in body["citations"]), body["citations"]


def test_items_that_say_what_is_done_are_not_cut_to_names(long_boards):
    """"What are the steps?" asks what each item says, not whom it names."""
    body = ask(long_boards, "What are the steps of the review of the Harbourland digital strategy?")
    assert not body["abstained"], body["answer"]
    assert "checks their figures" in body["answer"] and "publishes the final review" in body["answer"], body["answer"]


def test_the_sentence_after_that_lists_the_kind_asked(client):
    body = ask(client, "Which themes did the portal team use to tag the datasets of the open data portal?")
    assert not body["abstained"], body["answer"]
    assert all(t in body["answer"] for t in ("Shipping", "Weather", "Tourism", "Public Works")), body["answer"]


def test_the_sentence_after_that_names_another_of_the_kind_asked(client):
    body = ask(client, "Harbourland's open policy plan must be explained widely. Which target groups does it mention?")
    assert not body["abstained"], body["answer"]
    assert all(t in body["answer"] for t in ("ministers", "civil servants", "Harbour workers")), body["answer"]


FINANCE = """# Harbourland Climate Finance Programme 2021-2025

## Abbreviations

HCFF Harbour Climate Finance Framework and Investment Plan for Coastal Adaptation
HPA Harbour Ports Authority
HWA Harbour Works Agency

## Finance

The Harbour Works Agency will prepare the HCFF in 2022 together with the ministry of finance.
The preparation of the HCFF will address key issues, including: 1) assessing the demand for and supply of money from public and private sources; 2) review of funding options; 3) training the staff of the ministries to reach international funds.
The programme will be reviewed in 2024.
"""


@pytest.fixture(scope="module")
def finance(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-climate-finance.md": FINANCE,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_line_of_the_abbreviations_list_does_not_answer_what_else_is_asked(finance):
    """"What issues is X's … (HCFF) meant to address?" asks for a list (a plural, and the
    verb that agrees with the subject after it); the line of the abbreviations list that
    spells HCFF out says what it stands for, nothing else."""
    body = ask(finance, "What issues is Harbourland's Climate Finance Framework and Investment Plan (HCFF) "
                        "meant to address while it is being prepared?")
    assert not body["abstained"], body["answer"]
    assert "review of funding options" in body["answer"], body["answer"]
    assert "Harbour Ports Authority" not in body["answer"], body["answer"]


@pytest.mark.parametrize("text, entry", [
    ("HCFF Harbour Climate Finance Framework", True),
    ("HCFF\nHarbour Climate Finance Framework", True),  # the abbreviation and its name on two lines
    ("HCFF: Harbour Climate Finance Framework\nHWA: Harbour Works Agency", True),
    ("Harbour Works Agency (HWA)", True),
    ("The HWA builds the harbour works in 2031.", False),
    ("The Harbour Works Agency (HWA) builds the quays.", False),
])
def test_a_line_of_a_list_of_abbreviations(text, entry):
    assert _spells_out(text) is entry


@pytest.mark.parametrize("raw, said", [
    ("The review will look at three points:\n1) the demand for money;\n2) funding options; and\n3) the staff.",
     "The review will look at three points: the demand for money; funding options; the staff."),
    ("La revue examinera :\n• la demande ;\n• les options ; et\n• le personnel.",
     "La revue examinera : la demande; les options; le personnel."),
])
def test_items_joined_without_the_conjunction_that_closed_one(raw, said):
    assert _listed(raw, 400) == said
