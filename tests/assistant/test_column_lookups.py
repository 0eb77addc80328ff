""""Which <column> ... <cells of other columns>?": the rows of a table that hold every name the
question writes (a cell, or a name a cell lists), answered with the asked column's cells."""

from __future__ import annotations

import pytest

from tests.conftest import serving
from tests.conftest import ask_http as ask

ROWS = [
    ("shared bikes", "Pedalo", "Harbourtown and Millbrook", "500"),
    ("shared bikes", "Spokes", "Harbourtown, Eastbay", "1,600"),
    ("shared bikes", "Wheelie", "Northfield", "65"),
    ("shared scooters, electric", "Zoom", "Harbourtown, Eastbay and Northfield", "1,500"),
    ("shared scooters, electric", "Volta", "Eastbay", "250"),
    ("cargo bikes", "Loadster", "Millbrook", "50"),
]


def _plan() -> str:
    cells = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
    return f"""<html><head><title>Shared mobility in the Riverside region</title></head><body>
<h1>Shared mobility in the Riverside region</h1>
<p>Shared bikes and scooters add travel options for residents and visitors of the region.</p>
<h2>Annex 1: providers in the region</h2>
<table><tr><th>Vehicle</th><th>Provider</th><th>Where</th><th>Fleet</th></tr>{cells}</table>
<h2>Annex 2: partners of the pilots</h2>
<table><tr><th>Pilot</th><th>Partner</th><th>Budget</th></tr>
<tr><td>Bike racks at schools</td><td>CARE, Harbourtown schools</td><td>2 million</td></tr>
<tr><td>Scooter parking rules</td><td>Eastbay council</td><td>40,000</td></tr></table>
</body></html>"""


CLIMATE = """# Riverside climate plan 2030

## Climate adaptation

The climate plan protects Eastbay and Millbrook against floods with new dykes and green roofs.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("plans")
    (folder / "riverside-shared-mobility.html").write_text(_plan(), encoding="utf-8")
    (folder / "riverside-climate-plan.md").write_text(CLIMATE, encoding="utf-8")
    files = [folder / "riverside-shared-mobility.html", folder / "riverside-climate-plan.md"]
    with serving(tmp_path_factory.mktemp("index"), embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, providers", [
    ("Which provider of shared bikes is active in Harbourtown and Millbrook?", ["Pedalo"]),
    ("Which provider has shared scooters in Northfield?", ["Zoom"]),
    ("Which provider operates in Eastbay?", ["Spokes", "Zoom", "Volta"]),
])
def test_the_rows_holding_every_name_the_question_writes(client, question, providers):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    quotes = [c["quote"] for c in body["citations"]]
    assert quotes == providers, body["answer"]


def test_a_name_no_row_holds_is_not_answered_from_the_table(client):
    body = ask(client, "Which provider operates in Westport?")
    assert not {c["quote"] for c in body["citations"]} & {r[1] for r in ROWS}, body["answer"]


def test_a_one_word_cell_is_a_name_only_as_the_cell_writes_it(client):
    # the partner "CARE" is not the word "care" of the question
    body = ask(client, "What budget is there to take care of flood victims?")
    assert "2 million" not in body["answer"], body["answer"]
    body = ask(client, "What budget does the pilot with CARE have?")
    assert "2 million" in body["answer"], body["answer"]


def test_rows_of_another_plan_than_the_one_named_are_no_answer(client):
    body = ask(client, "Which provider does the climate plan name in Eastbay?")
    assert not {c["quote"] for c in body["citations"]} & {r[1] for r in ROWS}, body["answer"]


@pytest.mark.parametrize("question, fleet", [
    ("What is the fleet of Spokes?", "1,600"),
    ("What is the Fleet of the provider Volta in Eastbay?", "250"),
])
def test_what_is_the_column_of_a_row_named_by_a_cell(client, question, fleet):
    # "what is the <column> of <a cell>?" asks for the column as "which <column>" does
    body = ask(client, question)
    assert [c["quote"] for c in body["citations"]] == [fleet], body["answer"]


@pytest.mark.parametrize("question, fleet", [
    ("Quel est le parc de véhicules (Fleet) de Spokes ?", "1,600"),
    ("What is the vehicle count (Fleet) of Volta?", "250"),
])
def test_a_column_named_in_the_plans_words_in_parentheses(client, question, fleet):
    # a question glosses its own words for the column with the plan's header (a question in
    # another language, most often): "le parc de véhicules (Fleet) de Spokes" asks for Fleet
    body = ask(client, question)
    assert [c["quote"] for c in body["citations"]] == [fleet], body["answer"]
