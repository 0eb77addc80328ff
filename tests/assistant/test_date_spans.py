""""Sur quelle période …?", "over what period …?": a span between two dates ("d'octobre 2020
à mai 2023", "from March 2019 to June 2021", "van 2018 tot 2020") is the period asked for,
ahead of a sentence that only writes the word "period" with the years of something else."""

from __future__ import annotations

import pytest

from assistant.answering.entities import PATTERNS
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan d'adaptation de Varlande

## Climat

Au Varlande, la pluviométrie moyenne de la période 1991-2010 est 15% plus basse que celle de la période 1961-1980,
selon le plan d'adaptation.

## Élaboration

Le gouvernement de Varlande a élaboré le plan avec les communes et la société civile.
Le processus d'élaboration s'est déroulé d'octobre 2020 à mai 2023, avec six ateliers régionaux.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


@pytest.mark.parametrize("text, span", [
    ("s'est déroulé d'octobre 2020 à mai 2023.", "d'octobre 2020 à mai 2023"),
    ("It ran from March 2019 to June 2021.", "from March 2019 to June 2021"),
    ("De studie liep van 2018 tot 2020.", "van 2018 tot 2020"),
    ("entre 2012 et 2015", "entre 2012 et 2015"),
])
def test_a_span_between_two_dates_is_a_period(text, span):
    assert [m.group(0) for m in PATTERNS["duration"].finditer(text)] == [span]


def test_the_period_of_the_drafting(client):
    body = ask(client, "Sur quelle période le plan d'adaptation de Varlande a-t-il été élaboré ?")
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith("Le processus d'élaboration s'est déroulé d'octobre 2020 à mai 2023"), body["answer"]
