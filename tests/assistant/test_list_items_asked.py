"""A bulleted list read as one sentence, where one item writes what the question asks about
("which lake villages and islands …?": the item on them, with their names) and the
others do not: that item answers, not the whole list. When every item is about what the
list's heading says ("which measures for water?" under "Water"), the list answers whole."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de Varlande

## Tourisme

Les mesures retenues pour le tourisme sont :

- Valoriser les savoirs locaux des populations riveraines face aux crues ;
- Renforcer les capacités des acteurs du secteur face aux effets des changements climatiques ;
- Aménager les villages lacustres et les îles (Sorvane, Agolo, Tévi, Hlamé) en tenant compte de la montée des eaux ;
- Protéger les aires protégées, les plans d'eau et les sites touristiques.

## Ressources en eau

Les mesures retenues pour les ressources en eau sont :

- Protéger les captages d'eau potable contre les inondations ;
- Créer des comités de bassin dans chaque région ;
- Restaurer les berges des rivières ;
- Suivre la qualité de l'eau des puits chaque année.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.md": PLAN}) as c:
        yield c


def test_the_item_that_writes_what_is_asked(client):
    body = ask(client, "Quels villages lacustres et quelles îles le plan de Varlande nomme-t-il pour le tourisme ?")
    assert not body["abstained"], body["answer"]
    assert "Sorvane, Agolo, Tévi, Hlamé" in body["answer"], body["answer"]
    assert "savoirs locaux" not in body["answer"] and "aires protégées" not in body["answer"], body["answer"]


def test_a_list_about_its_heading_answers_whole(client):
    body = ask(client, "Quelles mesures le plan de Varlande retient-il pour les ressources en eau ?")
    assert not body["abstained"], body["answer"]
    for item in ("captages d'eau potable", "comités de bassin", "berges des rivières", "qualité de l'eau"):
        assert item in body["answer"], body["answer"]


ANNEX = """# Regeerakkoord Havenland 2024-2029

## Omgeving

De regering vereenvoudigt het advieslandschap. Ter vervanging van de adviesraden KORA en WATRA wordt één
Havenraad opgericht, naast de sociaal-economische raad.

## Bijlage: fusie van entiteiten

### Het Havenbedrijf wordt ontbonden.

De taken van het Havenbedrijf gaan naar het departement Economie, dat ook het personeel overneemt.

### Mobiliteit

Het departement Mobiliteit en het agentschap Wegen worden samengevoegd tot één entiteit.
"""


@pytest.fixture(scope="module")
def annex_client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"regeerakkoord-havenland-2024-2029.md": ANNEX}) as c:
        yield c


def test_a_named_list_that_is_not_about_what_is_asked(annex_client):
    # the annex's parts write neither the councils nor the new council: the sentence that does answers
    body = ask(annex_client, "Welke adviesraden fuseert de regering tot één Havenraad, volgens de bijlage over de "
                             "fusie van entiteiten?")
    assert not body["abstained"], body["answer"]
    assert "KORA en WATRA" in body["answer"], body["answer"]


_CHARTER = "\n\n".join(f"## Chapter {i}\n\nUnder the Ocean Charter, the ministry reports on topic {i} every year "
                       f"to parliament and to the coastal towns. " + "The figures are checked by the statistics office "
                       "and published in the spring. " * 12 for i in range(1, 25))
CHARTER_PLAN = f"""# Norland second plan on the seas

## Priorities

The second plan has a new structure. The priority objectives of this plan are:

1. The international legal framework;
2. Fishing quotas within the context of the Ocean Charter;
3. The protection of coral reefs from all forms of pollution;
4. Support for the implementation of the Ocean Charter and the plan;
5. Follow-up and reporting.

{_CHARTER}
"""


@pytest.fixture(scope="module")
def charter_client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-seas-plan-2.md": CHARTER_PLAN}) as c:
        yield c


def test_a_word_many_passages_write_does_not_pick_items(charter_client):
    # "the Ocean Charter" names what the whole plan is about; two items happen to write it
    body = ask(charter_client, "What are the priority objectives of Norland's second plan on the Ocean Charter?")
    assert not body["abstained"], body["answer"]
    for item in ("legal framework", "coral reefs", "Follow-up and reporting"):
        assert item in body["answer"], body["answer"]
