"""A list set in bold under the sentence that opens it ("... three axes, as follows:" over
"Axis 1: ...;", "Axis 2: ...;", "Axis 3: ... ."), as plans print their strategic axes: the
reader takes the bold lines for list items, not headings, so the list is answered whole."""

from __future__ import annotations

import pytest

from ingest.reading import read_document
from tests.conftest import ask_http as ask
from tests.conftest import serving_files
from tests.support.synth_pdf import lines_pdf

LINES = [
    "**Harbour Plan of Varlande", "",
    "**Strategic framework", "",
    "The plan is built around three strategic axes, as follows:", "",
    "**Axis 1: Strengthen the governance of the harbours;", "",
    "**Axis 2: Protect the dunes against storm surges;", "",
    "**Axis 3: Finance the adaptation of the coast.", "",
    "**Implementation", "",
    "The Harbour Agency reports every year to the parliament on the progress of the plan.",
]


def test_bold_lines_that_end_a_clause_under_an_opening_line_are_list_items(tmp_path):
    doc = read_document(lines_pdf(tmp_path / "harbour-plan.pdf", LINES))
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["Strategic framework"] == kinds["Implementation"] == "heading"
    assert [kinds[t] for t in kinds if t.startswith("Axis")] == ["list_item"] * 3


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbour-plan.pdf": LINES}) as c:
        yield c


def test_the_axes_are_answered_as_one_list(client):
    body = ask(client, "What are the three strategic axes of the Harbour Plan?")
    for axis in ("Strengthen the governance of the harbours", "Protect the dunes against storm surges",
                 "Finance the adaptation of the coast"):
        assert axis in body["answer"], body["answer"]
    assert "Harbour Agency" not in body["answer"]
