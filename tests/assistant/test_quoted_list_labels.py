"""A list the question names by quoting its heading in the plan's own words ("the chapter
'Veilige havens'"), whatever language the rest of the question is in; and the names by which
the question says where to look ("In the Eastern Isles harbour agreement, …", the plan's
name in the question's language) are no topic that the list's items must write."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Havenakkoord van de Oostelijke Eilanden 2031-2035

## 1 Veilige havens

### 1.1 Uitdagingen en visie

De havens van de eilanden kampen met verouderde kaaien en te weinig reddingsposten. We maken
de havens tegen 2035 veilig voor vissers, veerboten en bezoekers.

### 1.2 Kadebeheer

Elke haven krijgt een kademeester die de staat van de kaaien jaarlijks opvolgt.

### 1.3 Reddingsposten

Op elk eiland komt een bemande reddingspost met een snelle boot.

### 1.4 Verlichting van de havengeulen

De geulen krijgen nieuwe lichtboeien op zonne-energie.

## 2 Schone havens

### 2.1 Baggerslib

Het baggerslib wordt voortaan op het vasteland verwerkt.

### 2.2 Afvalinzameling

Elke haven zamelt het afval van de schepen gescheiden in.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenakkoord-oostelijke-eilanden.md": PLAN}) as c:
        yield c


def test_a_quoted_heading_names_the_list_in_another_language(client):
    body = ask(client, "In the Eastern Isles harbour agreement, which sub-sections form the chapter on "
                       "safe harbours ('Veilige havens')?")
    assert not body["abstained"], body["answer"]
    for heading in ("Kadebeheer", "Reddingsposten", "Verlichting van de havengeulen"):
        assert heading in body["answer"], body["answer"]
    assert "Baggerslib" not in body["answer"], body["answer"]


def test_the_other_quoted_heading_gives_its_own_list(client):
    body = ask(client, "What are the sub-sections of the chapter 'Schone havens' in the Eastern Isles harbour agreement?")
    assert not body["abstained"], body["answer"]
    for heading in ("Baggerslib", "Afvalinzameling"):
        assert heading in body["answer"], body["answer"]
    assert "Kadebeheer" not in body["answer"], body["answer"]
