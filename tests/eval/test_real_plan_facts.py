"""Facts asked of one real plan among the sixteen, where the plan's many passages on the
subject bury the passage or row with the fact: the named plan is searched again without
the words that name it, and a row whose action the question writes out is named by them.
Over the real plans because the burying depends on a real plan's many summaries; a
generated plan of a few passages does not reproduce it."""

from __future__ import annotations

from tests.conftest import ask_http as ask


def test_a_figure_under_the_named_studys_summaries(real_plans):
    client, failed = real_plans
    assert "nl-nl-pzh-snelstudie-deelfiets-deelscooter-2021" not in failed
    body = ask(client, "Hoeveel ritten werden er in 2019 met de OV-fiets gemaakt, volgens de snelstudie over "
                       "deelfiets en deelscooter in Zuid-Holland?")
    assert not body["abstained"], body["answer"]
    assert "5,2 miljoen ritten" in body["answer"], body["answer"]


def test_the_cells_of_a_row_the_question_writes_out(real_plans):
    # A row without an id, found by the words of its action that the question copies; the
    # plan's passages on climate finance rank above it, so its meaning alone does not find it.
    client, failed = real_plans
    assert "mg-fr-pna-2021" not in failed
    body = ask(client, "Madagascar : qui est chargé de créer un fonds national pérenne de lutte contre le "
                       "changement climatique, et dans quel délai ?")
    assert "Ministère de l’Economie et des Finances" in body["answer"], body["answer"]
    assert "8 ans" in body["answer"], body["answer"]


def test_a_named_column_and_a_role_asked_after_it(real_plans):
    # a sector's sheet, named by its label: the column the question names (budget) and the
    # role its second clause asks for (who is responsible)
    client, failed = real_plans
    assert "bj-fr-pna-2022" not in failed
    body = ask(client, "Selon le PNA du Bénin, quel budget est prévu pour la foresterie et qui en est responsable ?")
    assert "554,4 millions" in body["answer"], body["answer"]
    assert "Eaux, Forêts et Chasses" in body["answer"], body["answer"]


def test_responsibility_asks_for_the_body_in_charge(real_plans):
    client, failed = real_plans
    assert "bj-fr-pna-2022" not in failed
    body = ask(client, "Selon le PNA du Bénin, quel est le budget du secteur Foresterie, et quelle structure en a "
                       "la responsabilité ?")
    assert "Eaux, Forêts et Chasses" in body["answer"], body["answer"]
    assert "touristique" not in body["answer"], body["answer"]


def test_a_count_asked_across_languages_is_not_held_back_by_a_sentence_without_one(real_plans):
    # The sentence with the count leads another passage's sentence by little, as sentences read
    # by meaning across languages do; that one holds no count ("in June 2011" is a year, not
    # a count of 201), so it is no rival and the count is the answer.
    client, failed = real_plans
    assert "business-human-rights-nap-belgium" not in failed
    body = ask(client, "Combien de principes directeurs de l'ONU l'étude de référence du PAN belge entreprises "
                       "et droits de l'homme a-t-elle passés en revue ?")
    assert not body["abstained"], body["answer"]
    assert "31 United Nations Guiding Principles" in body["answer"], body["answer"]
