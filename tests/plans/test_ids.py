"""The one grammar of row and action ids, in cells and in questions (English, French, Dutch)."""

from __future__ import annotations

import pytest

from plans.ids import Ref, find_refs, leading_id, same_unit, table_named, whole_id


@pytest.mark.parametrize("question, refs", [
    ("Which department monitors line 17.b?", [Ref("line", "17.b")]),
    ("Who leads measure 1.9 and action 3?", [Ref("line", "1.9"), Ref("action", "3")]),
    ("What do objectives 2 and 3 say?", [Ref("objective", "2"), Ref("objective", "3")]),
    # a qualifier between the unit word and its number
    ("Quelle est l'échéance du programme national 9 ?", [Ref("action", "9")]),
    ("Que prévoit l'axe stratégique 4 ?", [Ref("action", "4")]),
    # a function word is not a qualifier, a year is not an id
    ("How many projects in 12 regions were funded?", []),
    ("What does the action plan 2020 say?", []),
    ("Which action 2020 deadline?", []),
    # a number inside a quoted title is part of the title
    ("Dans le tableau « Niveau 1 de la mise en œuvre », sur quels horizons porte l'action 4 ?", [Ref("action", "4")]),
    ('In the table "Level 1 of the plan", who leads action 2?', [Ref("action", "2")]),
    # every unit word that has a match in another language makes an id in its own language
    ("Welk departement leidt verbintenis 3?", [Ref("action", "3")]),
    ("Wat zegt aanbeveling 12?", [Ref("action", "12")]),
    ("Que dit la recommandation 4 ?", [Ref("action", "4")]),
    ("Wie voert activiteit 4 uit?", [Ref("action", "4")]),
])
def test_ids_a_question_names(question, refs):
    assert find_refs(question) == refs


def test_the_unit_word_is_kept_for_matching():
    (ref,) = find_refs("Quelle est la durée du projet 2 ?")
    assert ref == Ref("action", "2") and ref.unit == "projet"


@pytest.mark.parametrize("cell, ref", [
    ("PROGRAMME NATIONAL 7 : ACCÉLÉRATION DU REBOISEMENT", "PROGRAMME NATIONAL 7"),
    ("Project 2: Update the national contingency plan", "Project 2"),
    ("Action 3 Publish the data", "Action 3"),
    ("4 Mobilise resources", "4"),
    ("3 ans de mise en œuvre", None),
])
def test_ids_a_cell_starts_with(cell, ref):
    lead = leading_id(cell)
    assert (lead[0] if lead else None) == ref


def test_whole_ids_and_years():
    assert whole_id("(A)") == "A" and whole_id("5.") == "5" and whole_id("2024") is None


@pytest.mark.parametrize("text, number", [
    ("Selon le tableau 27, quel acteur valide le PNA ?", "27"),
    ("In Table 3.1, who is responsible?", "3.1"),
    ("Volgens tabel 4, wie is verantwoordelijk?", "4"),
    ("What is on the table?", None),
])
def test_tables_named_by_number(text, number):
    assert table_named(text) == number


@pytest.mark.parametrize("a, b, alike", [
    ("project", "Projet", True),
    ("projecten", "project", True),
    ("mesure", "maatregel", True),
    ("measure", "measures", True),
    ("project", "programme", False),
    ("ligne", "mesure", False),
    ("fiche", "fiche", True),  # a word of no group is alike only to itself
])
def test_unit_words_alike_across_languages(a, b, alike):
    assert same_unit(a, b) is alike


def test_an_id_keeps_the_unit_it_was_written_with():
    [ref] = find_refs("Projet 5 (Digues du Varl) — Pilote: Office des eaux")
    assert ref.label == "action 5" and ref.written.lower() == "projet 5"
