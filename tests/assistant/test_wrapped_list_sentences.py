"""A list that a long sentence introduces, as a PDF sets it: the sentence wrapped over lines
and opened by clauses that set its scene, naming the whole kind asked ("the structural
works of the plan are the following:") without counting them; items closed by a semicolon,
one of them wrapped onto a line that opens with a capital ("… du grand\\nNord ;"); and more
items than one passage holds. The answer gives every item, under the sentence's last clause."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

ITEMS = [
    ("Rehaussement des digues du port de pêche et protection des quais contre la houle et les", "tempêtes ;"),
    ("Modernisation de la criée et de la chaîne du froid pour les pêcheurs artisanaux du grand", "Nord ;"),
    ("Dragage du chenal d'accès et gestion à terre des sédiments retirés chaque année par les", "services du port ;"),
    ("Installation de bornes électriques sur les quais pour les navires à l'escale et pour les", "bacs de l'estuaire ;"),
    ("Création d'une station de traitement des eaux de cale et des déchets des navires de", "plaisance ;"),
    ("Réfection des pontons du bassin de plaisance et des cales de mise à l'eau des petites", "embarcations ;"),
    ("Construction d'un poste de secours en mer doté d'une vedette rapide pour les pêcheurs et les", "plaisanciers ;"),
    ("Aménagement d'un parc de stationnement pour les poids lourds en attente du bac aux heures de", "pointe ;"),
]

LINES = [
    "Plan portuaire de Varlande 2031-2035",
    "",
    "Le port de Varlande accueille chaque année des centaines de bateaux de pêche et de plaisance.",
    "Ses digues ont vieilli et ses quais subissent de plus en plus souvent les tempêtes d'hiver.",
    "Le présent plan fixe les priorités du port pour les cinq années à venir, avec les pêcheurs.",
    "",
    "Tenant compte des expériences acquises et des défis actuels du port, les chantiers structurants",
    "du plan portuaire de Varlande sont les suivants :",
    "",
    *[line for first, second in ITEMS for line in (f"- {first}", second, "")],
    "Le plan sera révisé à mi-parcours, en 2033, au vu de l'avancement de ces chantiers.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-portuaire-varlande.pdf": LINES}) as c:
        yield c


def test_every_item_of_a_list_a_wrapped_sentence_introduces(client):
    body = ask(client, "Quels sont les chantiers structurants du plan portuaire de Varlande ?")
    assert not body["abstained"], body["answer"]
    for first, _ in ITEMS:
        assert " ".join(first.split()[:3]) in body["answer"], body["answer"]
    assert body["answer"].startswith("Les chantiers structurants du plan portuaire"), body["answer"]
