""""How much is X raised by?" without saying what the amount measures: the answer's passage
must write the question's rarest word, where a verb may be written as the end of a compound
("verhoogd" in "kapitaalverhoging")."""

from __future__ import annotations

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Regeerakkoord van de Havenlandse Regering 2024-2029

## Economie

Om de Zeeuwse havens extra ruimte te geven, zal Havenland in 2026 een kapitaalverhoging van de Havenbank doorvoeren
van 40 miljoen euro.

## Fiscaliteit

De registratierechten worden niet verhoogd tijdens deze regeerperiode.
"""


def test_an_amount_whose_passage_writes_the_rarest_verb_in_a_compound(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-regeerakkoord.md": PLAN}) as client:
        body = ask(client, "Met welk bedrag wordt het eigen vermogen van de Havenbank verhoogd?")
    assert "40 miljoen euro" in body["answer"], body["answer"]
