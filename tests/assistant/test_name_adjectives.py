"""A name's adjective is the name: a plan that writes "Havenland" writes what "de Havenlandse
studie" names, so it is not set aside as a plan about something else (Dutch plans, HTTP)."""

from __future__ import annotations

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

STUDY = """# Studie mobiliteit Havenland 2025

## Planning

Deze studie over de mobiliteit in Havenland wordt in maart 2027 geactualiseerd.

## Fietsen

Havenland legt tegen 2030 veertig kilometer nieuwe fietspaden aan.
"""

OTHER = """# Regeerakkoord van Norland 2024-2029

## Wonen

De regering van Norland bouwt tienduizend sociale woningen. Het akkoord wordt elk jaar geëvalueerd.
"""


def test_a_plan_writing_the_name_of_an_adjective_answers(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"studie-havenland.md": STUDY, "regeerakkoord-norland.md": OTHER}) as c:
        body = ask(c, "Wanneer wordt de Havenlandse studie over mobiliteit geactualiseerd?")
    assert not body["abstained"], body["answer"]
    assert "maart 2027" in body["answer"], body["answer"]
