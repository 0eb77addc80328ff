""""What is the HWC in Norland's set-up?", "qu'est-ce que le CNPV au sein de la Varlande ?",
"wat is HWC waarvan sprake in …?": the abbreviation asked about, with where it is found after
it (a place, or a clause saying which plan writes it), is still asked what it stands for (the
words after it say where to look, not what it is); so is "que désigne X ?", "what does X
refer to?", "waar verwijst X naar?". Through the HTTP API."""

from __future__ import annotations

import pytest

from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Norland coordination report 2031

## Coordination

The ministries of Norland meet every week. The Harbour and Waterways Council (HWC) brings the harbour towns and the
ministry of transport together to plan dredging.
"""

RAPPORT = """# Rapport de coordination de la Varlande 2031

## Coordination

Les ministères de la Varlande se réunissent chaque semaine. Le Conseil national des phares et des voies (CNPV)
réunit les villes portuaires et le ministère des transports.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-coordination-report.md": REPORT, "rapport-coordination-varlande.md": RAPPORT}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, expansion", [
    ("What is the HWC in Norland's set-up?", "Harbour and Waterways Council"),
    ("What is the HWC within the Norland coordination?", "Harbour and Waterways Council"),
    ("Qu'est-ce que le CNPV dans le dispositif de la Varlande ?", "Conseil national des phares et des voies"),
    ("Qu'est-ce que le CNPV au sein de l'organisation varlandaise ?", "Conseil national des phares et des voies"),
    ("Qu'est-ce que le CNPV en Varlande ?", "Conseil national des phares et des voies"),
    ("What is the HWC that Norland's coordination report mentions?", "Harbour and Waterways Council"),
    ("Wat is HWC waarvan sprake in het coördinatieverslag van Norland?", "Harbour and Waterways Council"),
    ("Que désigne le CNPV dont parle le rapport de coordination de la Varlande ?",
     "Conseil national des phares et des voies"),
    ("What does the HWC refer to in the Norland report?", "Harbour and Waterways Council"),
    ("Waar verwijst HWC naar in het verslag over Norland?", "Harbour and Waterways Council"),
    ("What does the HWC council named in Norland's 'coordination report of 2031' stand for?",
     "Harbour and Waterways Council"),
    ("Waar staat de HWC uit het coördinatieverslag van Norland over de havens en de waterwegen voor?",
     "Harbour and Waterways Council"),
])
def test_an_abbreviation_with_where_it_is_found(client, question, expansion):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert expansion in body["answer"], body["answer"]
    assert expansion in body["citations"][0]["quote"], body["citations"]
    assert body["mode"] == "acronym", body  # spelled out as what it stands for, not a sentence that writes it


@pytest.mark.parametrize("question, expects", [
    ("Waar verwijst de term deelmobiliteit naar?", "definition"),
    ("Waar ligt de haven van Norland?", "place"),
    ("Que désigne le terme « résilience » dans le plan ?", "definition"),
])
def test_what_a_term_refers_to_is_a_definition(question, expects):
    assert analyse(question).expects == expects


def test_what_it_is_with_what_the_plan_says_of_it(client):
    # "what is X?" is answered with the sentence that spells it out when it says more of it;
    # "what does X stand for?" with the name only
    body = ask(client, "What is the HWC?")
    assert "Harbour and Waterways Council" in body["answer"] and "plan dredging" in body["answer"], body["answer"]
    assert "plan dredging" in body["citations"][0]["quote"], body["citations"]
    body = ask(client, "What does HWC stand for?")
    assert "Harbour and Waterways Council" in body["answer"] and "dredging" not in body["answer"], body["answer"]
