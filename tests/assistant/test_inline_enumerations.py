"""A sentence that names the kind of thing a list question asks for and lists the items
itself ("… reconnaît quatre phases que sont : (i) …, (ii) …, (iii) …") answers it, whole
when a line break falls before one of its bracketed enumerators; and a question opened by a
statement, asking with a preposition first ("En quelles phases … ?"), is a list question.
Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """Varlande : plan d'adaptation au climat 2031

Chapitre 6. Mise en oeuvre du plan

Le Gouvernement de la Varlande veut que les effets du climat pèsent durablement dans ses choix économiques,
pour que l'adaptation trouve sa place dans le cycle budgétaire de l'État et dans les lois de finances.

Le guide varlandais pour l'adaptation dans la procédure budgétaire distingue
quatre phases que sont : (i) la préparation du projet de budget, (ii) le vote du projet de budget,
(iii) l'exécution du budget voté et son contrôle, et (iv) l'évaluation du budget. Chaque phase
compte des étapes où le climat doit être pris en compte.

Chapitre 7. Suivi

Le comité de suivi se réunit deux fois par an.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande-2031.txt": PLAN}) as c:
        yield c


def test_the_sentence_that_lists_the_kind_asked_answers_whole(client):
    body = ask(client, "Le plan varlandais veut intégrer l'adaptation à la procédure budgétaire. "
                       "En quelles phases cette procédure se divise-t-elle ?")
    assert not body["abstained"], body["answer"]
    for phase in ("préparation", "vote", "exécution", "évaluation"):
        assert phase in body["answer"], body["answer"]
