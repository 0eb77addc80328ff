"""A "where?" question is answered by a sentence that names a place: after a preposition of
any of the three languages, or as a named region, province or district; the place the
question itself names is no answer."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STRATEGY = """# Norland coastal strategy

## Scope

Norland's coastal strategy is binding for the national government and sets general guidelines for its ministries.
It is, of course, hard to say today whether Norland's future coastal strategy will work in Norland as a whole.
The strategy can be applied to any coast, island or estuary.
However, the most probable regions where Norland will act first are the Lakeside region (Arlo, Bessa and Corin), the Southern Delta and the Kelp Islands.

## Funding

The ministries fund the strategy from their own budgets.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coastal-strategy.md": STRATEGY}) as c:
        yield c


@pytest.mark.parametrize("text, question, place", [
    ("They will first act in the Lakeside region.", "Where will they act?", True),
    ("The most probable regions are the Lakeside region and the Southern Delta.", "Where will they act?", True),
    ("Le projet sera mené dans la région de Varlande.", "Où le projet sera-t-il mené ?", True),
    ("Het project loopt in de provincie Havenland.", "Waar loopt het project?", True),
    ("The strategy applies in Norland.", "Where in Norland does the strategy apply?", False),  # the question's own
    ("The strategy applies to every coast.", "Where does it apply?", False),
])
def test_a_sentence_names_a_place(text, question, place):
    assert mentions("place", text, question) is place


def test_where_is_answered_by_the_sentence_naming_the_regions(client):
    body = ask(client, "Where is Norland most likely to act first under its coastal strategy?")
    assert not body["abstained"], body["answer"]
    assert "Lakeside region" in body["answer"], body["answer"]
