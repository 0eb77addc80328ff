"""An English verb written in another tense than the question's, in an irregular form ("who
leads the review?" of "… was led by …", "when will the forum be held?" of "… holds the
forum …"), is the same word: the sentence that writes it answers, not a sentence that only
shares the other words."""

from __future__ import annotations

import pytest

from plans.index.lexical import stem
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Havenland Port Review Plan 2030

## The port review

The port review was discussed by the Harbour Council at its spring session.
The port review was led by the Coastal Agency, with help from the three port towns.
The review's findings were sent to the Ministry of Ports in May 2030.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-port-review.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("form, verb", [("led", "lead"), ("met", "meet"), ("held", "hold"), ("spent", "spend"),
                                        ("written", "write"), ("undertaken", "undertake")])
def test_an_irregular_form_stems_as_its_verb(form, verb):
    assert stem(form) == stem(verb)


def test_irregular_forms_are_only_english():
    assert stem("held", "nl") != stem("hold", "nl")  # Dutch "held" is a hero


def test_the_sentence_writing_the_verb_in_another_tense_answers(client):
    body = ask(client, "Who leads the port review?")
    assert "Coastal Agency" in body["answer"], body["answer"]
    assert "Harbour Council" not in body["answer"], body["answer"]
