"""A word matches with or without its accents: plans drop them on capitals ("ECHEANCE",
"Economie") or in reformed spelling ("maitriser"), and people type questions without them.
The search finds the passage either way (a real index on a temp dir)."""

from __future__ import annotations

import pytest

from plans.index.lexical import tokenize


@pytest.mark.parametrize("written, typed", [
    ("Maîtriser les étapes budgétaires", "maitriser les etapes budgetaires"),
    ("ÉCONOMIE et FINANCES", "economie et finances"),
    ("Économie circulaire", "Economie circulaire"),
    ("coördinatie van de havens", "coordinatie van de havens"),
])
def test_a_word_has_one_stem_with_or_without_accents(written, typed):
    lang = "nl" if "havens" in written else "fr"
    assert tokenize(written, lang) == tokenize(typed, lang)


PLAN = """# Plan portuaire de Varlande

## Budget

Maîtriser les étapes de l'élaboration budgétaire des ports de pêche relève du ministère des Finances.

## Quais

Les quais de Varlande seront rénovés d'ici 2030.
"""


def test_a_question_typed_without_accents_finds_the_passage(service_factory, tmp_path):
    service = service_factory()
    path = tmp_path / "plan-portuaire-varlande.md"
    path.write_text(PLAN, encoding="utf-8")
    assert not service.ingestor.ingest([path]).failed
    hits = service.retriever.retrieve("maitriser etapes elaboration budgetaire", k=3, mode="bm25")
    assert hits and "Maîtriser les étapes" in hits[0].chunk.text


@pytest.mark.parametrize("question", [
    "Quel est le coût estimé des mesures dans le domaine de la santé ?",
    "Quelle est l'échéance de l'activité 3 ?",
    "À quelle fréquence le comité se réunit-il ?",
])
def test_a_question_typed_without_accents_asks_for_the_same_type(question):
    from plans.text import unaccented
    from plans.vocabulary.questions import answer_type

    assert answer_type(question, "fr") is not None
    assert answer_type(unaccented(question), "fr") == answer_type(question, "fr")
