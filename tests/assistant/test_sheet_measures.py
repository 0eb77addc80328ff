"""A sector sheet's measures, under a label too long for the table reader to take as a field,
are answered from the plan: the lines a row does not keep are read as the plan's text."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving
from tests.support import synth_layouts as S


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    path = S.sector_sheets(tmp_path_factory.mktemp("plans") / "coastal-adaptation-plan.pdf")
    with serving(tmp_path_factory.mktemp("index"), embedder, [path]) as c:
        yield c


def test_a_measure_under_a_long_label_is_answered_with_its_number(client):
    body = ask(client, "Which measure of the coastal adaptation plan is about fish ponds?")
    assert "Measure 1.2" in body["answer"], body["answer"]
    assert body["citations"] and body["citations"][0]["quote"] in S.SECTOR_SHEETS[0][4][1], body["citations"]
