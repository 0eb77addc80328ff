"""Which row of a table comes first by a column of figures ("which route carried the most
passengers?", "quelle ligne a transporté le moins de passagers en octobre ?", "welke route
had de meeste passagiers?"): the row with the highest (or lowest) figure in the column the
question names, else the total column, quoted with its label. A table whose column the
question cannot settle, or a question without a superlative, is not ranked."""

from __future__ import annotations

import pytest

from assistant.answering.ranks import figure, superlative
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """<html><head><title>Norland ferry report, third quarter 2031</title></head><body>
<h1>Norland ferry report, third quarter 2031</h1>
<h2>Busiest routes</h2>
<p>The table gives the passengers carried on the busiest ferry routes of the quarter.</p>
<table>
<tr><th>Route</th><th>October</th><th>November</th><th>December</th><th>Total for Q3 2031</th></tr>
<tr><td>Harbour to Vell island</td><td>4120</td><td>2960</td><td>3880</td><td>10960</td></tr>
<tr><td>Varlande quay to the lighthouse</td><td>6550</td><td>1904</td><td>7020</td><td>15474</td></tr>
<tr><td>North pier shuttle</td><td>2300</td><td>2450</td><td>1990</td><td>6740</td></tr>
<tr><td>Dune beach line</td><td>1210</td><td>3105</td><td>2002</td><td>6317</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-ferry-report.html": REPORT}) as c:
        yield c


@pytest.mark.parametrize("text, value", [
    ("20209", 20209.0), ("1 077,8", 1077.8), ("1,574,502", 1574502.0), ("31.67%", 31.67), ("3.22", 3.22),
    ("12.500", 12500.0), ("2 mins 28 secs", None), ("Not Met", None),
])
def test_figures_in_cells(text, value):
    assert figure(text) == value


@pytest.mark.parametrize("question, direction", [
    ("Which route carried the most passengers in the quarter?", "max"),
    ("Quelle ligne a transporté le moins de passagers en octobre ?", "min"),
    ("Welke route had de meeste passagiers?", "max"),
    ("How many passengers took the dune beach line?", None),
    ("Which district has the most actions?", None),  # a count of rows, not a column ranked
])
def test_superlatives(question, direction):
    assert superlative(analyse(question)) == direction


def test_the_row_first_by_the_total_column(client):
    body = ask(client, "Which ferry route carried the most passengers in the third quarter of 2031?")
    assert not body["abstained"], body["answer"]
    assert "Varlande quay to the lighthouse" in body["answer"] and "15474" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "15474"


def test_the_row_last_by_the_named_month(client):
    body = ask(client, "Quelle ligne de ferry a transporté le moins de passagers en November ?")
    assert not body["abstained"], body["answer"]
    assert "Varlande quay to the lighthouse" in body["answer"] and "1904" in body["answer"], body["answer"]



@pytest.mark.parametrize("question", [
    "In which month did the North pier shuttle carry the most passengers?",
    "En quel mois la North pier shuttle a-t-elle transporté le plus de passagers ?",
])
def test_the_column_first_in_the_row_a_question_names(client, question):
    # "which month" asks for a kind the rows are not (they are routes): the named row's columns rank
    body = ask(client, question)
    assert "North pier shuttle" in body["answer"] and "November" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "2450", body["citations"]


def test_a_later_part_ranks_the_row_the_earlier_part_names(client):
    body = ask(client, "How many passengers did the dune beach line carry in the quarter, and in which month did it "
                       "carry the most?")
    assert "6317" in body["answer"], body["answer"]
    assert "November" in body["answer"] and "3105" in body["answer"], body["answer"]


YIELDS = """# Varlande crop outlook 2031

## Projected cotton yields

| Yield today (kg/ha) | Zones | 2040 | 2060 |
|---|---|---|---|
| 1 523 | Northern plateau (zone 1) | 2,6 | 0,9 |
| 890 | Lake shore (zone 2) | -21,8 | -28,1 |
| 815 | Fisheries coast (zone 3) | 72,4 | 71,5 |
"""


@pytest.fixture(scope="module")
def yields(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-crop-outlook.md": YIELDS}) as c:
        yield c


def test_the_row_is_named_by_the_column_of_the_kind_asked(yields):
    # the first cell is a yield: "which zone?" is answered by the row's zone
    body = ask(yields, "In the Varlande crop outlook, which zone has the highest projected cotton yield change for 2060?")
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith("Fisheries coast (zone 3)"), body["answer"]
    assert "71,5" in body["answer"], body["answer"]
