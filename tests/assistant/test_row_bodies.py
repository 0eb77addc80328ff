"""A row's cells asked about a body it does not name, its funding asked with "where", and
rows without ids asked about in another language."""

from __future__ import annotations

import pytest

from assistant.answering.asked import asked_roles
from tests.conftest import ask_http as ask
from tests.conftest import serving

PROGRAMMES = [
    ("Programme 1", "Raise the sea walls of the northern harbour", "Ministry of Ports", "40 million USD",
     "Harbour Fund, State Budget", "Delta Council, Port Authority, Fisheries Agency, Coastal Trust"),
    ("Programme 2", "Replant the mangroves of the southern delta", "Ministry of Forests", "25 million USD",
     "Coastal Trust, State Budget", "Forest Guards"),
    ("Programme 3", "Train fishers in early warning of storms. The courses start on 1 March 2026. The Weather Office "
     "will report on the training by 30 June 2027.", "Fisheries Agency", "5 million USD",
     "Harbour Fund", "Weather Office"),
]

SECTORS = [("Foresterie", "554"), ("Agriculture", "1 210"), ("Santé", "310"), ("Tourisme", "95")]


def _plan() -> str:
    cells = "\n".join(f"<tr><td>{ref}</td><td>{action}</td><td>{lead}</td><td>{cost}</td><td>{funding}</td>"
                      f"<td>{partners}</td></tr>" for ref, action, lead, cost, funding, partners in PROGRAMMES)
    return f"""<html lang="en"><head><title>Norland Coastal Adaptation Plan</title></head><body>
<h1>Norland Coastal Adaptation Plan</h1>
<p>This plan sets out the programmes that Norland will carry out to adapt its coast to a rising sea.</p>
<h2>Programmes</h2>
<table><tr><th>Programme</th><th>Action</th><th>Lead</th><th>Cost</th><th>Source of funding</th><th>Partners</th></tr>
{cells}</table>
</body></html>"""


def _french_plan() -> str:
    cells = "\n".join(f"<tr><td>{sector}</td><td>{cost}</td></tr>" for sector, cost in SECTORS)
    return f"""<html lang="fr"><head><title>Plan d'adaptation de la Varlande</title></head><body>
<h1>Plan d'adaptation de la Varlande</h1>
<p>Le plan présente les mesures d'adaptation aux changements climatiques de la Varlande pour chaque secteur.</p>
<h2>Coût des mesures par secteur</h2>
<table><tr><th>Secteur</th><th>Coût estimatif (millions de dollars USD)</th></tr>{cells}</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("norland")
    (folder / "norland-coastal-plan.html").write_text(_plan(), encoding="utf-8")
    (folder / "varlande-adaptation.html").write_text(_french_plan(), encoding="utf-8")
    with serving(tmp_path_factory.mktemp("index"), embedder,
                 [folder / "norland-coastal-plan.html", folder / "varlande-adaptation.html"]) as c:
        yield c


def test_a_body_another_row_names_is_not_answered_with_this_rows_cell(client):
    # the Harbour Fund funds programmes 1 and 3, not 2: programme 2's cost is not its share
    body = ask(client, "How much does the Harbour Fund give to programme 2 of the Norland coastal plan?")
    assert body["abstained"], body["answer"]
    assert "Harbour Fund" in body["answer"] and "25 million" not in body["answer"], body["answer"]


def test_a_body_the_row_names_still_gets_the_rows_cells(client):
    body = ask(client, "How much does programme 3 of the Norland coastal plan, funded by the Harbour Fund, cost?")
    assert not body["abstained"] and "5 million USD" in body["answer"], body["answer"]
    body = ask(client, "What is the cost of programme 2 of the Norland coastal plan?")
    assert not body["abstained"] and "25 million USD" in body["answer"], body["answer"]


def test_one_partner_among_many_does_not_name_the_row(client):
    # the Delta Council is one of four partners of programme 1: the cost asked for its running is
    # not programme 1's cost
    body = ask(client, "Which cost does the Norland coastal plan give for the running of the Delta Council?")
    assert "40 million" not in body["answer"], body["answer"]


def test_a_date_the_action_itself_gives_when_the_row_has_no_timeline(client):
    body = ask(client, "Who leads programme 3 of the Norland coastal plan, and by when must the Weather Office report?")
    assert not body["abstained"], body["answer"]
    assert "Fisheries Agency" in body["answer"] and "30 June 2027" in body["answer"], body["answer"]
    assert "gives no" not in body["answer"], body["answer"]
    quote = body["citations"][-1]["quote"]
    assert quote.startswith("The Weather Office will report") and "30 June 2027" in quote, quote


def test_where_the_funding_comes_from_asks_for_the_funding_cell(client):
    body = ask(client, "Who leads programme 2 of the Norland coastal plan, and where does its funding come from?")
    assert not body["abstained"], body["answer"]
    assert "Ministry of Forests" in body["answer"] and "Coastal Trust" in body["answer"], body["answer"]


@pytest.mark.parametrize("question, roles", [
    ("Who leads it, and where does its funding come from?", ["lead", "funding"]),
    ("Who funds programme 3?", ["funding"]),
    ("Qui finance le projet 5 ?", ["funding"]),
    ("Where is programme 3 carried out?", ["place"]),
    ("Who monitors line 4?", ["lead"]),
    # a possessor that names no field ("in Norland's plan") is not what is asked
    ("What is the estimated cost of the measures for the harbour in Norland's coastal plan?", ["budget"]),
    ("What is the owner of B2's deadline?", ["timeline"]),
    # one city, town or region asked for is a place as much as several
    ("How many bikes does Velocity run, and in which city?", ["quantity", "place"]),
    ("Hoeveel fietsen heeft Velocity, en in welke stad?", ["quantity", "place"]),
    ("Dans quelle ville le projet 4 est-il mené ?", ["place"]),
    # a yes-no part after a wh-part asks for its own field
    ("Who is handling the recruitment, and is it finished?", ["lead", "status"]),
    ("Qui pilote la mesure 3, et est-elle terminée ?", ["lead", "status"]),
    ("Wie trekt actie 4, en is die klaar?", ["lead", "status"]),
])
def test_roles_asked(question, roles):
    assert asked_roles(question) == roles


def test_a_row_without_an_id_found_across_languages(client):
    # the rows of a costs-by-sector table have no id: each is told apart by its label
    body = ask(client, "What is the estimated cost of the adaptation measures for the forestry sector in Varlande's plan?")
    assert not body["abstained"], body["answer"]
    assert "554" in body["answer"] and "1 210" not in body["answer"], body["answer"]
