"""A list is the answer only when its label carries a fair part of what the question asks.
Each question word the label holds counts once: before, it counted once per stem it has in
the three languages, so a label sharing one common word with the question ("Développement
climatiques") outweighed the rest when another plan happened to write that word in English
(a rare stem there), and its items were given instead of the sentence that answers."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Plan national d'adaptation de la Varlande 2022

## Diagnostic

### Climat futur

Le climat futur a été examiné au moyen de deux modèles climatiques, le modèle OKAPI du centre national et le
modèle BARAKA de l'université de Varlande. Les précipitations baissent à l'horizon 2050.

## Objectifs

### Développement climatiques (OS 1)

- Réduction de la vulnérabilité des ménages ruraux;
- Amélioration des mécanismes de financement local.

### Eau

Les forages sont réhabilités dans les communes du nord.
""" + "\n".join(f"""
### Secteur {name}

Les risques climatiques du secteur {name} sont suivis chaque année par le ministère, qui publie les données
climatiques et les mesures prises dans les communes.
""" for name in ("agriculture", "élevage", "pêche", "forêts", "santé", "habitat", "énergie", "transport",
                  "tourisme", "littoral", "industrie", "commerce"))
OTHER = """# Norland reading list on adaptation

## Sources

The team read the report "Les changements climatiques en Afrique de l'Ouest" and the Norland energy strategy.
Norland builds two offshore wind farms by 2028.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande-pna-2022.md": PLAN, "norland-reading.md": OTHER}) as c:
        yield c


def test_a_label_with_one_common_word_of_the_question_is_not_the_answer(client):
    body = ask(client, "Quels modèles climatiques ont été utilisés pour les projections du PNA de la Varlande ?")
    assert "ménages ruraux" not in body["answer"], body["answer"]
    assert body["abstained"] or "OKAPI" in body["answer"], body["answer"]
