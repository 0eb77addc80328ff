"""The acts table: a text states or asks an act in its own language's words, a Dutch verb
with its particle apart included only where the particle closes the clause."""

from __future__ import annotations

from plans.vocabulary.acts import acts, asked_acts


def test_each_language_states_an_act():
    assert acts("The Port Institute chairs the council.", "en") == {"chair"}
    assert acts("Le conseil est présidé par l'Institut des ports.", "fr") == {"chair"}
    assert acts("De voorzitter van de raad is de havendirecteur.", "nl") == {"chair"}


def test_a_dutch_verb_with_its_particle_apart():
    assert acts("Wanneer keurde de regering de nota goed?", "nl") == {"approve"}
    assert acts("Wie zit de havenraad voor?", "nl") == {"chair"}


def test_a_particle_inside_the_clause_is_a_preposition():
    assert acts("Wie zit er in de raad voor de havens van Norland?", "nl") == frozenset()
    assert acts("De minister zit voor het eerst in de raad.", "nl") == frozenset()


def test_words_are_whole_and_unaccented():
    assert acts("Le plan a été approuve par le conseil.", "fr") == {"approve"}
    assert acts("The chairwomen met.", "en") == frozenset()


def test_a_draft_states_its_drafting():
    assert acts("Preparation of the draft decree on lock data", "en") == {"draft"}
    assert acts("Opmaak van een ontwerp van decreet over sluisgegevens", "nl") == {"draft"}


def test_the_act_of_a_relative_clause_is_not_asked():
    from plans.vocabulary.acts import asked_acts

    assert asked_acts("Who chairs the port council, which coordinates the harbour plan?", "en") == {"chair"}
    assert asked_acts("Wie zit de havenraad voor, die het havenplan coördineert?", "nl") == {"chair"}
    assert asked_acts("Qui coordonne le plan portuaire ?", "fr") == {"coordinate"}
    # "qui" after a source phrase asks: the rest states no act
    assert asked_acts("Dans le plan portuaire de Varlande, qui préside le conseil des quais ?", "fr") == {"chair"}


def test_keeping_a_register_is_maintaining_it():
    assert acts("The register is maintained by the Harbour Registry.", "en") == {"maintain"}
    assert acts("Le registre est maintenu par le greffe du port.", "fr") == {"maintain"}
    assert acts("Het register wordt beheerd door de havendienst.", "nl") == {"maintain"}
    assert asked_acts("Which agency keeps the boat licence register?", "en") == {"maintain"}


def test_bringing_a_plan_up_to_date_is_updating_it():
    assert acts("Deze studie wordt in 2031 geactualiseerd.", "nl") == {"update"}
    assert acts("Le plan sera révisé en 2032.", "fr") == {"update"}
    assert asked_acts("When is the Norland study to be revised?", "en") == {"update"}


def test_preparing_a_plan_is_drafting_it():
    assert acts("Drafting of the flood plans of all districts", "en") == {"draft"}
    assert "draft" in asked_acts("Which actors prepare the flood plans?", "en")
    assert asked_acts("Quels acteurs doivent préparer les plans d'inondation ?", "fr") == {"draft"}
    assert asked_acts("Wie bereidt de overstromingsplannen voor?", "nl") == {"draft"}


def test_a_question_after_an_opening_phrase_is_not_a_relative_clause():
    # no question word before the comma: ", which actors …" is the question itself
    assert "draft" in asked_acts("In the sheet on updating the harbour plan, which actors prepare the flood plans?", "en")
    # a question word before it: ", which …" describes the council
    assert asked_acts("Who chairs the port council, which drafts the harbour plan?", "en") == {"chair"}


def test_appearing_and_releasing_are_publishing():
    assert acts("Le rapport paraîtra en juin ; sa parution est prévue à Anvers.", "fr") == {"publish"}
    assert asked_acts("Quand le livre blanc du port devait-il paraître ?", "fr") == {"publish"}
    assert asked_acts("Wanneer verschijnt de havennota?", "nl") == {"publish"}
    assert acts("De nota is in maart verschenen.", "nl") == {"publish"}
    assert asked_acts("When was the quay charter released?", "en") == {"publish"}


def test_a_name_that_writes_an_act_does_not_state_it():
    # "the Coordination Group on Fisheries" names a body; the sentence coordinates nothing
    sentence = "Norland sits in the Coordination Group on Fisheries and in the Harbour Monitoring Board."
    assert acts(sentence, "en", in_names=False) == frozenset()
    assert acts(sentence, "en") == {"coordinate", "monitor"}  # a question may name the body it asks about
    # a capital that opens the sentence, an office written alone, or a text in capitals are not names
    assert acts("Coordination of the plan rests with the Minister for the Sea.", "en", in_names=False) == {"coordinate"}
    assert acts("The Minister keeps the Secretariat of the board.", "en", in_names=False) == {"maintain", "secretariat"}
    assert acts("COORDINATION BY THE MINISTER", "en", in_names=False) == {"coordinate"}
