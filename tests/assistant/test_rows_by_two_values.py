"""A question that finds rows by a cell value and also names something rarer ("which measure
is performed by the Kestria harbour office, due in the 2nd quarter?"): of the rows with that
value, those that also write the rare name. The performer's cell holds several bodies run
together, so the name is not read as a value of its own. A question naming no rare name
still gets every row with the value (a control)."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Programme of Coastal Measures of Ostravia 2031-2035

## List of measures

| N | Measure | Performer | Due date |
|---|---|---|---|
| 1.1 | Drafting the decree on coastal setback lines | Ministry of Environment of Ostravia | 2032, 2nd quarter |
| 1.2 | Mapping the flood zones of the northern delta | Delta Water Board Ministry of Environment of Ostravia | 2032, 2nd quarter |
| 1.3 | Preparing the adaptation plan of the Kestria harbour district | Kestria Harbour Office Ministry of Transport of Ostravia | 2032, 2nd quarter |
| 1.4 | Training municipal staff in coastal risk assessment | Ministry of Interior of Ostravia | 2033, 1st quarter |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"ostravia-coastal-measures.md": PLAN}) as c:
        yield c


def test_the_row_with_the_value_that_writes_the_rare_name(client):
    body = ask(client, "Which measure of Ostravia's coastal programme is carried out by the Kestria Harbour Office, "
                       "due in the 2nd quarter?")
    assert not body["abstained"], body["answer"]
    assert "1.3" in body["answer"], body["answer"]
    assert "1.1" not in body["answer"] and "1.2" not in body["answer"], body["answer"]


def test_every_row_with_the_value_when_no_rare_name_is_given(client):
    body = ask(client, "Which measures of Ostravia's coastal programme are due in the 2nd quarter?")
    assert all(ref in body["answer"] for ref in ("1.1", "1.2", "1.3")), body["answer"]
    assert "1.4" not in body["answer"], body["answer"]
