""""What is X?" asked in another language than the plan's, of a term many passages use:
the passage that defines X ("this process, referred to as X, …") is read, wherever the
search ranks it, and a term quoted in French quotation marks (« X ») is the term asked."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

USES = [
    "Coastal squeeze is monitored along the northern dunes every spring by the Coast Agency.",
    "The dune reinforcement programme takes coastal squeeze into account when choosing its sites.",
    "Funding for the salt-marsh pilot depends on the coastal squeeze survey of 2028.",
    "Municipalities report the coastal squeeze observed in their harbours to the Coast Agency.",
    "The harbour masters discuss coastal squeeze at their yearly meeting in Varhaven.",
    "Maps of coastal squeeze are published on the Coast Agency portal each autumn.",
]

PLACES = ["Varhaven", "Ostmark", "Kelby", "Dunmore", "Saltcombe", "Westerby", "Harlow Sands", "Brinmouth"]
USES += [f"The coastal squeeze survey of {place} counts the salt-marsh lost this year and the dune metres gained."
         for place in PLACES]
USES += [f"In {place}, the coastal squeeze observed by the rangers is reported to the Coast Agency in May."
         for place in PLACES]

PLAN = "\n\n".join([
    "# Norland Coastal Resilience Plan 2027-2032",
    "## Monitoring",
    *USES[:3],
    "## Habitats",
    "Rising seas push the shore inland while dikes and roads hold the land behind it. "
    "This process, referred to as coastal squeeze, narrows the salt marshes and beaches between the water and "
    "the fixed defences until the habitats they carry are lost.",
    "## Reporting",
    *USES[3:],
])


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-resilience-plan.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Comment le plan de résilience côtière de Norland définit-il le « coastal squeeze » ?",
    "Qu'est-ce que le « coastal squeeze » dans le plan côtier de Norland ?",
])
def test_the_defining_passage_answers_a_question_in_another_language(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "referred to as coastal squeeze" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, term", [
    ("Comment le plan définit-il le « coastal squeeze » ?", "coastal squeeze"),
    ("Qu'est-ce que la «zone tampon» du plan ?", "zone tampon"),
    ("Wat is „kustverdediging” precies?", "kustverdediging"),
    ("What is the 'blue corridor'?", "blue corridor"),
])
def test_a_quoted_term_is_the_term_asked(question, term):
    assert analyse(question).focus == term
