"""Who-questions want a name the question does not already give. A capitalised word at the
start of a sentence is no name when it is a function word or an opener of any of the three
languages ("Le", "De", "Daarnaast", "However"); an acronym stays one ("US", "ON")."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions, new_names


@pytest.mark.parametrize("sentence, question", [
    ("Le CNE a été créé en 2019.", "Qui est à la tête du CNE ?"),
    ("La Commission se réunit deux fois par an.", "Qui préside cette Commission ?"),
    ("Een Waterraad werd opgericht in 2020.", "Wie zit de Waterraad voor?"),
    ("Daarnaast komt de Waterraad twee keer per jaar samen.", "Wie leidt de Waterraad?"),
    ("Ensuite, le CNE adopte son règlement intérieur.", "Qui préside le CNE ?"),
    ("However, the Board meets twice a year.", "Who chairs the Board?"),
])
def test_a_sentence_naming_only_what_the_question_names_gives_no_one(sentence, question):
    assert new_names(sentence, question) == []
    assert not mentions("agent", sentence, question)


@pytest.mark.parametrize("sentence, question, name", [
    ("Le CNE est présidé par le Secrétaire Général du Ministère de l'Eau.", "Qui préside le CNE ?",
     "Secrétaire Général"),
    ("De Waterraad wordt geleid door het Departement Water.", "Wie leidt de Waterraad?", "Departement Water"),
    ("Siègent comme observateurs : Agence de Bassin du Nord, Électricité de Varlande.", "Qui siège au CNE ?",
     "Électricité de Varlande"),
    ("The US and the EU co-chair the Board.", "Who chairs the Board?", "US"),
])
def test_the_names_a_sentence_adds_are_found(sentence, question, name):
    assert any(name in found for found in new_names(sentence, question)), new_names(sentence, question)
