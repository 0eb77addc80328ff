""""What is HVR?": where the plan first spells an abbreviation out it may only name it (a
line of a list, a table's name cell); a later place of the same plan that spells it out in a
sentence saying what it is answers better, in prose or in a table's cell, quoted from the
plan."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PROSE = """# Norland harbour data strategy 2031

## Systems in scope

Systems: Harbour Vessel Registry (HVR); Quay Booking Service (QBS).

## Opening the data

Norland will publish the data of its harbour systems on the national portal by the end of 2032.

## The registry

The Harbour Vessel Registry (HVR) is a national register of every ship that calls at Norland's ports,
kept by the harbour masters and updated each day.
"""

TABLE = """# Varland port data report 2031

## Systems opened

| Step | Name of system | Description of system |
|---|---|---|
| 1 | Ferry Timetable Exchange (FTE) | Opened in 2030. |
| 2 | Cargo Manifest Hub (CMH) | The Cargo Manifest Hub (CMH) is a shared store of the manifests that shipping lines file before arrival. |

## Next steps

Varland will add the fishing catch data in 2032.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-data-strategy.md": PROSE,
                                                    "varland-port-data-report.md": TABLE}) as c:
        yield c


def test_the_sentence_that_says_what_it_is_answers(client):
    body = ask(client, "In the Norland harbour data strategy, what is HVR?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Vessel Registry" in body["answer"], body["answer"]
    assert "national register of every ship" in body["answer"], body["answer"]


def test_a_cell_that_says_what_it_is_answers(client):
    body = ask(client, "What is the CMH in the Varland port data report?")
    assert not body["abstained"], body["answer"]
    assert "shared store of the manifests" in body["answer"], body["answer"]
    quote = body["citations"][0]["quote"]
    assert "Cargo Manifest Hub (CMH) is a shared store" in quote, quote
