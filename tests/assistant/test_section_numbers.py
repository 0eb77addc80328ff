"""A question that names a section by its number ("point 2.3 of the plan"), over a PDF written
here whose section numbers stand on their own line over the headings' words: the number is
part of the section's heading, so the passage under it answers (its number is what the
question asks about, not a number the plans do not write)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving
from tests.support import synth_layouts as S


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    path = S.numbers_over_headings(folder / "norland-coastal-plan.pdf")
    with serving(tmp_path_factory.mktemp("index"), embedder, [path]) as c:
        yield c


def test_the_section_named_by_its_number(client):
    body = ask(client, "Who coordinates the dyke works under point 2.3 of the Norland coastal plan?")
    assert not body["abstained"], body["answer"]
    assert "Coastal Works Agency" in body["answer"], body["answer"]
