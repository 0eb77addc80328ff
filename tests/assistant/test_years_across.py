"""A question in one language about a plan in another is answered by meaning, and the best
sentence must stand out from the best of another passage; a year the question names ("how
many rides in 2022?") that the best sentence writes and its rival does not confirms it, as
a number or an abbreviation does, in any language. Asked for a date, a year is what is asked
and confirms nothing."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Snelstudie deelfietsen in Havenland

## Aanbod

In Havenland is de Havenfiets op 41 stations te huur, en de meeste ritten met de Havenfiets beginnen bij het station.

## Gebruik

Het gebruik van deelfietsen groeide de laatste jaren langzaam. Uitzondering is de Havenfiets, die hard is gegroeid
naar 3,4 miljoen ritten in 2022. Andere deelfietsen blijven ver achter.

## Beleid

Gemeenten leggen regels op voor het stallen van deelfietsen in drukke straten.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"snelstudie-deelfietsen-havenland.md": STUDY}) as c:
        yield c


def test_a_year_the_question_names_confirms_the_sentence(client):
    body = ask(client, "How many Havenfiets rides were there in 2022 according to the Havenland shared bike study?")
    assert not body["abstained"], body["answer"]
    assert "3,4 miljoen ritten in 2022" in body["answer"], body["answer"]
