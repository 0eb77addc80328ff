"""The grounding check on its own: model text cut into claims with their [n], and each claim
checked against real retrieved passages of data/plans with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.answering.claims import Claim, ClaimStream, split_claims
from assistant.answering.evidence import passages
from assistant.answering.grounding import Grounder, figures

Q_1325 = "When was UN Security Council resolution 1325 adopted?"


def test_claims_carry_their_markers_wherever_the_model_put_them():
    text = ("Resolution 1325 was adopted on 31 October 2000 [1]. The plan runs from 2013 to 2016. [2][3] "
            "It covers **peace** [1, 4].\n- Training of staff [2]\nNOT COVERED")
    assert split_claims(text) == [
        Claim("Resolution 1325 was adopted on 31 October 2000.", (1,)),
        Claim("The plan runs from 2013 to 2016.", (2, 3)),
        Claim("It covers peace.", (1, 4)),
        Claim("Training of staff", (2,)),
        Claim("NOT COVERED", ()),
    ]
    stream, got = ClaimStream(), []
    for ch in text:  # one character at a time: each claim comes out whole, once
        got += stream.feed(ch)
    assert got + stream.finish() == split_claims(text)


def test_figures_compare_across_ways_of_writing_them():
    assert figures("1,000 people in 2013-2016, line 17.b, 2,5 %") >= {"1000", "2013", "2016", "17.b", "2.5"}
    assert "2003" not in figures("31 October 2000")


@pytest.fixture(scope="module")
def grounder(plans_service):
    hits = plans_service.retriever.retrieve(Q_1325, k=10)
    found = [p for p in passages([h for h in hits if h.chunk.kind in ("passage", "about", "row")]) if p.sentences][:6]
    return Grounder(plans_service.index.embedder, found, plans_service.index.snapshot)


def source(grounder) -> int:
    """The number of the passage that holds the adoption date."""
    return next(n for n, p in enumerate(grounder.passages, 1) if "31 October 2000" in p.text)


def test_a_paraphrase_is_supported_and_quoted_from_its_passage(grounder):
    n = source(grounder)
    [support] = grounder.check(Claim("The UN Security Council adopted resolution 1325 on 31 October 2000.", (n,)))
    quote = support.passage.quote(support.start, support.end)
    assert support.number == n and "31 October 2000" in quote and quote in support.passage.text


@pytest.mark.parametrize("claim", [
    "The UN Security Council adopted resolution 1325 on 31 October 2003.",  # a figure changed
    "The UN Security Council adopted resolution 1325 on 31 March 2000.",  # a name (month) changed
    "The European Parliament adopted resolution 1325 on 31 October 2000.",  # an actor invented
    "The UN Security Council did not adopt resolution 1325.",  # turned around
    "The resolution created a fund of 20 million euro for women's organisations.",  # invented
])
def test_what_the_passage_does_not_say_is_not_supported(grounder, claim):
    assert grounder.check(Claim(claim, (source(grounder),))) == []


def test_a_claim_citing_nothing_or_a_missing_passage_is_not_supported(grounder):
    text = "The UN Security Council adopted resolution 1325 on 31 October 2000."
    assert grounder.check(Claim(text, ())) == []
    assert grounder.check(Claim(text, (len(grounder.passages) + 1,))) == []
    other = next(n for n, p in enumerate(grounder.passages, 1) if "2000" not in p.text)
    assert [s.number for s in grounder.check(Claim(text, (other, source(grounder))))] == [source(grounder)]
