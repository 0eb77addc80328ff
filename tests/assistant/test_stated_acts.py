"""The act a question asks about ("who chairs …?", "wanneer keurde … goed?") is what a
sentence states to answer it best, in any language: the date of the work's start is not the
date of its approval. A sentence that tells the act in other words still answers."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland Harbour Water Plan 2030

## The Harbour Water Council

The Harbour Water Council (HWC), which coordinates the Norland harbour water policy, brings
together the port authorities, the water boards and the coastal municipalities.

The Harbour Water Council also advises the Norland government on dredging and on the quality
of the harbour water. The Harbour Water Council was set up by the Norland Ministry of Ports,
and the Harbour Water Council meets in the Norland Port House.

## The harbour strategy note

On 2 May 2027, the Norland Ministry of Ports began work on a strategy note for the harbours, to
set out the priorities of the ports for the next ten years and the way the ports share their quays.

The Council of Ministers approved the harbour strategy note on 14 March 2028, after a year of
talks with the ferry companies.

## Reporting

Plan adopted.

The yearly report to parliament meets point 3 of resolution 12/4 of the Norland Harbour
Committee, which requires that parliament be told of the progress of the quays.

## Members

The HWC is made up of nine members. The Norland Port Institute chairs the HWC, and the Water
Boards Office keeps its records.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-harbour-water-plan.md": PLAN}) as c:
        yield c


def test_the_act_asked_across_languages(client):
    body = ask(client, "Wanneer keurde de Ministerraad de strategienota voor de havens goed?")
    assert not body["abstained"], body["answer"]
    assert "14 March 2028" in body["answer"], body["answer"]


def test_the_act_told_in_other_words(client):
    body = ask(client, "Which body adopted the resolution that requires parliament to be told of the quays' progress?")
    assert not body["abstained"], body["answer"]
    assert "Norland Harbour Committee" in body["answer"], body["answer"]
