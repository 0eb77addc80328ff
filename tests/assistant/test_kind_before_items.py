"""A list question about a kind of thing ("quels grands rapaces …?", "which large raptors
…?") is answered by the sentence that names that kind and then lists its items ("Les rapaces
sont représentés par l'aigle pêcheur, le milan noir, …"), even when the sentences around it
share the question's other words ("grands mammifères", "parcs"): the kind weighs more than
the rest. A qualifier before the kind ("grands", "large") is not the kind."""

from __future__ import annotations

import pytest

from assistant.answering.base import kind_asked
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = """# Plan national d'adaptation de la Varlande

## Ressources fauniques

La faune de la Varlande est surtout concentrée dans les réserves naturelles, notamment dans les parcs
nationaux et les réserves de chasse. On y trouve la plupart des grands mammifères de la région des lacs.
L'élan s'impose par sa taille. Le cerf et le chamois sont les deux autres espèces les plus nombreuses.
Les rapaces sont représentés essentiellement par l'aigle pêcheur, le milan noir, le faucon crécerelle
et le vautour fauve. Leur nombre baisse depuis dix ans.

## Ressources en eau

Les lacs de la Varlande fournissent l'eau potable de trois villes.
"""

NORLAND = """# Norland nature plan

## Wildlife

Norland's wildlife lives mostly in its nature reserves, in the national parks and the hunting reserves.
Most of the large mammals of the lake region are found there. The elk stands out by its size.
The raptors are mainly the osprey, the black kite, the kestrel and the griffon vulture.
Their numbers have fallen for ten years.

## Water

The lakes of Norland supply the drinking water of three towns.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"varlande-adaptation.md": VARLANDE, "norland-nature-plan.md": NORLAND}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


@pytest.mark.parametrize("question, kind", [
    ("Quels grands rapaces peut-on observer dans les réserves naturelles de la Varlande ?", ["rapaces"]),
    ("Quelles principales espèces vivent dans les parcs ?", ["espèces"]),
    ("Which main factors explain the fall?", ["factors"]),
    ("Quels aspects concernent le plan ?", []),  # a generic noun, then its verb: no kind
])
def test_a_qualifier_before_the_kind_is_not_the_kind(question, kind):
    assert kind_asked(analyse(question)) == kind


def test_the_sentence_naming_the_kind_asked_and_its_items(client):
    body = ask(client, "Quels grands rapaces peut-on observer dans les parcs de la Varlande ?")
    assert not body["abstained"], body["answer"]
    assert "aigle pêcheur" in body["answer"] and "milan noir" in body["answer"], body["answer"]


def test_the_same_in_english(client):
    body = ask(client, "Which large raptors are found in the nature reserves of Norland?")
    assert not body["abstained"], body["answer"]
    assert "osprey" in body["answer"] and "black kite" in body["answer"], body["answer"]
