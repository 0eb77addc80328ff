"""A sentence that names the kind of thing a list question asks for and lists the items
itself ("… reconnaît quatre phases que sont : (i) …, (ii) …, (iii) …") answers it, whole
when a line break falls before one of its bracketed enumerators; and a question opened by a
statement, asking with a preposition first ("En quelles phases … ?"), is a list question.
Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """Plan national d'adaptation de la Varlande 2031

Chapitre 6. Mise en oeuvre du plan

Pour faire face à cette vulnérabilité, le Gouvernement de la Varlande entend inscrire dans la durée la prise en compte
des impacts des changements climatiques dans l'analyse économique, afin de faciliter l'intégration de l'adaptation
dans le cycle budgétaire de l'État.

Le cadre de référence pour l'intégration de l'adaptation dans le processus budgétaire de la Varlande reconnaît
quatre phases que sont : (i) la préparation du projet de budget, (ii) l'adoption du projet de budget,
(iii) l'exécution du budget adopté et son contrôle, et (iv) l'évaluation du budget. Chacune de ces
phases est organisée en activités regroupées par étapes clés.

Chapitre 7. Suivi

Le comité de suivi se réunit deux fois par an.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande-2031.txt": PLAN}) as c:
        yield c


def test_the_sentence_that_lists_the_kind_asked_answers_whole(client):
    body = ask(client, "Le plan de la Varlande décrit comment tenir compte de l'adaptation dans le cycle budgétaire "
                       "de l'État. En quelles phases ce cycle est-il découpé ?")
    assert not body["abstained"], body["answer"]
    for phase in ("préparation", "adoption", "exécution", "évaluation"):
        assert phase in body["answer"], body["answer"]
