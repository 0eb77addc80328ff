"""Follow-up questions resolved from the history, unit by unit and through the API."""

from __future__ import annotations

import pytest

from assistant.conversation import rewrite
from assistant.models import Turn


def history(*pairs: tuple[str, str]) -> list[Turn]:
    turns: list[Turn] = []
    for q, a in pairs:
        turns += [Turn(role="user", content=q), Turn(role="assistant", content=a)]
    return turns


@pytest.mark.parametrize(
    "question, turns, expected",
    [
        ("And for line 17.c?", [("Which departments are responsible for line 17.b?", "Line 17.b is ... [1]")],
         "Which departments are responsible for line 17.c?"),
        ("What about 4.2?", [("How is line 3.1 monitored?", "Line 3.1 is monitored through ... [1]")],
         "How is line 4.2 monitored?"),
        ("and 20.e", [("Who is responsible for line 20.b?", "...")], "Who is responsible for line 20.e?"),
        ("How is it monitored?", [("What is line 5.d about?", "Line 5.d: Coordinate ... [1]")], "How is line 5.d monitored?"),
        ("Who is responsible for that line?", [("Which line concerns the Arms Trade Treaty?", "Line 18.c: Ensure ... [1]")],
         "Who is responsible for line 18.c?"),
        ("When was it founded?", [("What is Myria?", "It has an independent Federal Migration Centre (Myria) [1]")],
         "When was Myria founded?"),
        ("Which of its working groups drafted the plan?", [("Who chairs the ICSD?", "The FIDO chairs the ICSD [1]")],
         "Which of the ICSD's working groups drafted the plan?"),
        ("And for the Flemish government?", [("When did the Walloon government approve its plan?", "...")],
         "When did the Flemish government approve its plan?"),
        # "its" of a long subject: "the budget of <subject>", read as asking for the budget
        ("What is its budget?", [("Who runs the flood warning plan for the river towns?", "...")],
         "What is the budget of the flood warning plan for the river towns?"),
        ("How large is its yearly budget in 2030?", [("Who runs the flood warning plan for the river towns?", "...")],
         "How large is the yearly budget of the flood warning plan for the river towns in 2030?"),
    ],
)
def test_follow_ups_are_rewritten_into_self_contained_questions(question, turns, expected):
    assert rewrite(question, history(*turns)).text == expected


def test_chains_of_follow_ups_resolve_in_order():
    turns = history(("Which departments are responsible for line 17.b?", "..."), ("And for 17.c?", "..."))
    assert rewrite("And 17.d?", turns).text == "Which departments are responsible for line 17.d?"


def test_demonstratives_without_a_single_antecedent_carry_the_previous_question():
    q = rewrite("What can these centres apply for?", history(("Which centres assist victims of trafficking?", "Three centres ... [1]")))
    assert q.text == "What can these centres apply for?" and q.context == "Which centres assist victims of trafficking?"
    assert q.own == "What can these centres apply for?"


@pytest.mark.parametrize("question, earlier, answer", [
    ("Qui en est responsable ?", "Quelle ligne d'action concerne le traité sur le commerce des armes ?",
     "Ligne 18.c : promouvoir le traité ... [1]"),
    ("Wie is daarvoor verantwoordelijk?", "Welke actielijn gaat over het wapenhandelsverdrag?",
     "Lijn 18.c: het verdrag promoten ... [1]"),
])
def test_adverbial_pronouns_carry_the_row_the_answer_named(question, earlier, answer):
    q = rewrite(question, history((earlier, answer)))
    assert q.text == question and q.context == f"{earlier} (line 18.c)"


@pytest.mark.parametrize("question, earlier, expected", [
    ("Wat wil de regering van Havenland ermee doen?", "Wat is het Havenfonds?",
     "Wat wil de regering van Havenland met het Havenfonds doen?"),
    ("Wie is daarvoor verantwoordelijk?", "Wat is de Dijkraad van Norland?", "Wie is voor de Dijkraad van Norland verantwoordelijk?"),
])
def test_a_dutch_adverbial_pronoun_is_its_preposition_and_what_the_question_before_asked_about(
        question, earlier, expected):
    q = rewrite(question, history((earlier, "...")))
    assert q.text == expected and q.context == ""


def test_it_after_an_answer_about_a_project_sheet_is_that_sheet_with_its_unit():
    """"Projet 5" keeps its unit: "action 5" would be line 5 of any table numbered without a word."""
    q = rewrite("How long does it run?", history(("Who leads the Varlande dyke project?", "Projet 5 (Digues du Varl) — Pilote: Office des eaux [1].")))
    assert q.text.lower() == "how long does projet 5 run?"


def test_an_adverbial_pronoun_of_another_language_is_a_word():
    # Dutch "en" is "and", not the French pronoun: the question stands alone
    q = rewrite("Wie leidt actie 3 en wanneer?", history(("Welke actielijn gaat over wapens?", "Lijn 18.c ... [1]")))
    assert q.context == ""


@pytest.mark.parametrize("question, earlier, expected", [
    ("À quelle fréquence se réunit-il ?", "En Varlande, qui préside le Comité national de l'eau (CNE) ?",
     "À quelle fréquence se réunit le Comité national de l'eau (CNE) ?"),
    ("Quand a-t-elle été créée ?", "Qu'est-ce que la Commission des forêts ?",
     "Quand a la Commission des forêts été créée ?"),
    ("Hoe vaak komt hij samen?", "Wie zit de Waterraad voor?", "Hoe vaak komt de Waterraad samen?"),
    ("Wanneer werd hij opgericht?", "Wie leidt de Waterraad van Havenland?",
     "Wanneer werd de Waterraad van Havenland opgericht?"),
])
def test_a_french_or_dutch_subject_pronoun_is_replaced_by_what_the_question_before_asked_about(
        question, earlier, expected):
    q = rewrite(question, history((earlier, "...")))
    assert q.text == expected and q.context == ""


@pytest.mark.parametrize("question, earlier, answer, expected", [
    ("Par quel décret ce fonds a-t-il été créé ?", "Que signifie FPN ?", "FPN signifie Fonds pour la Protection de la Nature [1].",
     "Par quel décret Fonds pour la Protection de la Nature a-t-il été créé ?"),
    ("Wanneer komt die raad samen?", "Wie leidt de Vlaamse Raad voor Water?", "...",
     "Wanneer komt Vlaamse Raad voor Water samen?"),
    ("When does that council meet?", "Who chairs the Council of Harbour Towns?", "...",
     "When does the Council of Harbour Towns meet?"),
])
def test_a_demonstrative_names_the_earlier_name_with_its_head_noun_where_the_language_puts_it(
        question, earlier, answer, expected):
    q = rewrite(question, history((earlier, answer)))
    assert q.text == expected and q.context == ""


@pytest.mark.parametrize("question", ["Combien faut-il de membres ?", "Y a-t-il un budget ?",
                                      "De quoi s'agit-il ?"])
def test_an_impersonal_il_stands_for_nothing(question):
    q = rewrite(question, history(("Qui préside le Comité national de l'eau ?", "...")))
    assert q.text == question


@pytest.mark.parametrize(
    "question",
    ["Which department monitors line 17.b?", "What is Finexpo?", "When was resolution 1325 adopted?",
     "How many States voted in favour of the Global Compact?"],
)
def test_questions_that_stand_alone_are_not_changed(question):
    turns = history(("What is Myria?", "It has an independent Federal Migration Centre (Myria) [1]"))
    assert rewrite(question, turns).text == question
    assert rewrite(question, []).text == question


def test_follow_ups_through_the_api(plans_client):
    q1 = "Which departments are responsible for line 17.b?"
    a1 = plans_client.post("/v1/ask", json={"question": q1}).json()
    hist = [{"role": "user", "content": q1}, {"role": "assistant", "content": a1["answer"]}]
    a2 = plans_client.post("/v1/ask", json={"question": "And for line 17.c?", "history": hist}).json()
    assert a2["query"] == "Which departments are responsible for line 17.c?"
    assert "Foreign Affairs" in a2["answer"] and "Justice" not in a2["answer"]
    assert a2["citations"][0]["ref"] == "17.c"
    hist += [{"role": "user", "content": "And for line 17.c?"}, {"role": "assistant", "content": a2["answer"]}]
    a3 = plans_client.post("/v1/ask", json={"question": "How is it monitored?", "history": hist}).json()
    assert a3["query"] == "How is line 17.c monitored?"
    assert "Interventions carried out" in a3["answer"]


def test_pronoun_follow_up_about_an_organisation_through_the_api(plans_client):
    q1 = "What is Myria?"
    a1 = plans_client.post("/v1/ask", json={"question": q1}).json()
    hist = [{"role": "user", "content": q1}, {"role": "assistant", "content": a1["answer"]}]
    a2 = plans_client.post("/v1/ask", json={"question": "Which agency did it sign a collaboration agreement with in 2022?",
                                            "history": hist}).json()
    assert "Myria" in a2["query"] and "Enabel" in a2["answer"]


def test_a_french_follow_up_with_en_asks_about_the_row_the_answer_named(plans_client):
    a1 = plans_client.post("/v1/ask", json={"question": "Que prévoit la ligne 18.c ?"}).json()
    hist = [{"role": "user", "content": "Que prévoit la ligne 18.c ?"}, {"role": "assistant", "content": a1["answer"]}]
    a2 = plans_client.post("/v1/ask", json={"question": "Qui en est responsable ?", "history": hist}).json()
    assert not a2["abstained"], a2["answer"]
    assert a2["citations"][0]["ref"] == "18.c"
