"""A word written with a hyphen in the question and joined in the plan, or the reverse
("agro-écologiques" / "agroécologiques", "socioéconomique" / "socio-économique"), is the same
word: a list whose label spells it the other way is the answer. Numbered lines after a
sentence that ends with a colon are that sentence's list, not headings (read as headings,
each closed the one above it and their words were in no passage)."""

from __future__ import annotations

import pytest

from plans.index.lexical import query_terms, tokenize
from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Plan d'adaptation de la Varlande 2030

## 1. Le pays

Le relief de la Varlande va des marais du littoral aux plateaux de l'intérieur.
Il est traditionnellement divisé en quatre zones agroécologiques :

1. Zone littorale des marais
2. Zone des collines bocagères
3. Zone des hauts plateaux calcaires
4. Zone des vallées fluviales

## 2. Les effets attendus

L'étude socio-économique de 2019 estime les pertes agricoles dues aux sécheresses à 40 millions d'euros par an.

Les communes recensent chaque année les parcelles inondées.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varlande.md": PLAN, "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_hyphenated_word_and_its_joined_spelling_share_a_token():
    assert set(tokenize("zones agro-écologiques", "fr")) & set(tokenize("zones agroécologiques", "fr")) >= {
        *tokenize("agroécologiques", "fr")}
    joined = set(tokenize("agroécologiques", "fr"))
    assert all(t.matches(joined) for t in query_terms("agro-écologiques", "fr"))
    hyphenated = set(tokenize("L'étude socio-économique de 2019", "fr"))
    assert all(t.matches(hyphenated) for t in query_terms("socioéconomique", "fr"))
    # figures and ids are not words written with a hyphen
    assert tokenize("2021-2025 COVID-19", "en") == ["2021", "2025", "covid", "19"]


def test_a_list_labelled_with_the_joined_spelling_answers_the_hyphenated_one(client):
    body = ask(client, "Quelles sont les zones agro-écologiques de la Varlande ?")
    assert not body["abstained"], body["answer"]
    for zone in ("marais", "collines bocagères", "hauts plateaux", "vallées fluviales"):
        assert zone in body["answer"], body["answer"]
