"""Question analysis: language, answer type, counted noun and terms, from one table per language."""

from __future__ import annotations

import pytest

from assistant.query import Query
from assistant.question import analyse
from plans.index.lexical import stem


@pytest.mark.parametrize(
    "question, lang, expects",
    [
        ("When did the Council of Ministers approve the strategy?", "en", "date"),
        ("Quand le Conseil des ministres a-t-il approuvé la stratégie ?", "fr", "date"),
        ("Wanneer keurde de Ministerraad de strategie goed?", "nl", "date"),
        ("How many civil society organisations took part?", "en", "number"),
        ("Combien d'organisations ont participé ?", "fr", "number"),
        ("Hoeveel organisaties namen deel?", "nl", "number"),
        ("Met hoeveel partners werkt de stad samen?", "nl", "number"),
        ("Met hoeveel is het budget gestegen?", "nl", "change"),
        ("How much could the sea at Norland rise by 2100?", "en", "change"),
        # a question word after a preposition asks as it does at the start
        ("En quelles phases le cycle budgétaire de Varlande est-il découpé ?", "fr", "list"),
        ("In welke fasen is de begrotingscyclus van Havenland verdeeld?", "nl", "list"),
        ("What does a ferry passenger have to pay for a bicycle?", "en", "amount"),
        ("Que doit payer un passager pour son vélo ?", "fr", "amount"),
        ("Wat moet een passagier betalen voor zijn fiets?", "nl", "amount"),
        ("What does ICSD stand for?", "en", "acronym"),
        ("Que signifie le sigle PNACC ?", "fr", "acronym"),
        ("Waar staat VITO voor?", "nl", "acronym"),
        ("What is the plan about?", "en", "overview"),
        ("Résumez le plan national d'adaptation", "fr", "overview"),
        ("Waar gaat de snelstudie over?", "nl", "overview"),
        ("What is the National Coastal Adaptation Plan of Varlande about?", "en", "overview"),
        ("What is Varlande's Coastal Adaptation Program about?", "en", "overview"),
        ("What is the aim of Varlande's National Coastal Adaptation Plan?", "en", "overview"),  # its maker's
        ("What does Norland's harbour strategy seek to achieve?", "en", "overview"),
        ("What does the Kestria ferry panel report of June 2031 deal with?", "en", "overview"),  # dated
        ("Que couvre le rapport du comité portuaire de Varlande ?", "fr", "overview"),
        ("Wat behandelt het havenrapport van Norland van 2031?", "nl", "overview"),
        ("Which ministries set the harbour fees of Varland?", "en", "names"),  # a body asked, not the fees
        ("Which agencies get the largest budget?", "en", "names"),
        ("Waar gaat de studie 'Kansen voor de deelfiets en de deelscooter in de kustgemeenten van Varland' over?", "nl",
         "overview"),
        ("Who wrote the country report?", "en", "document"),
        ("Who's the author of Norland's harbour report?", "en", "document"),  # a contraction
        ("Quels sont les quatre axes stratégiques ?", "fr", "list"),
        ("Wat zijn de acht kansen voor mobiliteit?", "nl", "list"),
        ("Quel ministère est responsable de la mesure 1.9 ?", "fr", "agent"),
        ("Wie is verantwoordelijk voor actie 3?", "nl", "agent"),
        ("Under whose coordination will the harbour plan be carried out?", "en", "agent"),
        ("Onder wiens leiding wordt het havenplan uitgevoerd?", "nl", "agent"),
        ("In which towns are the factories?", "en", "names"),
        ("Combien la Varlande a-t-elle versé au fonds des digues ?", "fr", "amount"),
        ("Combien de projets ont été financés ?", "fr", "number"),
        ("By what deadline must the quays be repaired?", "en", "date"),
        ("Wat is de deadline voor de herstelling van de kaaien?", "nl", "date"),
        ("Quelle est la date limite pour réparer les quais ?", "fr", "date"),
        ("À combien Varlande évalue-t-elle le coût des quais ?", "fr", "amount"),
        ("What would the new quays of Zeestad cost, according to the Norland plan?", "en", "amount"),
        ("Combien de quais ont un budget propre ?", "fr", "number"),
        ("How much did Harbourland pay for the new quay?", "en", "amount"),
        ("Does the plan foresee a joint budget?", "en", "yesno"),
        ("How much money is set aside for the reform?", "en", "amount"),
        ("Hoeveel bedraagt de premie per jaar?", "nl", "amount"),
        ("How much does the grant amount to?", "en", "amount"),
        ("Hoeveel gemeenten doen mee?", "nl", "number"),
        ("Combien coûtent les digues du littoral ?", "fr", "amount"),  # any form of "coûter"
        # a count of money is a sum
        ("How many million euros go to the dykes?", "en", "amount"),
        ("Combien de millions d'euros vont aux digues ?", "fr", "amount"),
        ("Combien de milliards de FCFA vont aux digues ?", "fr", "amount"),
        ("Hoeveel miljoen euro gaat er naar de dijken?", "nl", "amount"),
        ("How many million trees will be planted?", "en", "number"),
        # a phrase with its article is defined, an abbreviation is expanded
        ("What does the principle 'first the quays, then the sheds' mean in the harbour plan?", "en", "definition"),
        ("Que signifie le principe « d'abord les quais » dans le plan ?", "fr", "definition"),
        ("Wat betekent het principe 'eerst de kaaien' in het havenplan?", "nl", "definition"),
        ("Which frameworks and accords is the harbour plan tied to?", "en", "list"),
        ("Which crisis is the harbour plan about?", "en", None),
        ("Que signifie HCV ?", "fr", "acronym"),
        ("Wat betekent HCV?", "nl", "acronym"),
        ("Combien des communes du littoral participent ?", "fr", "number"),
        ("Waar staan de letters van het RAAK-model voor?", "nl", "acronym"),
        ("What do the letters of the RAAK model stand for?", "en", "acronym"),
        # a plural asked for (by the question word, or by the verb that agrees with it) is a list
        ("Quels critères ont servi à classer les projets ?", "fr", "list"),
        ("Which criteria were used to rank the projects?", "en", "list"),
        ("Welke criteria werden gebruikt om de projecten te rangschikken?", "nl", "list"),
        ("Quel critère a servi à classer les projets ?", "fr", None),
        ("What risks is Norland's harbour fund meant to cover?", "en", "list"),
        ("What harbour-related actions does Norland's plan set out for the ports?", "en", "list"),
        # a web site is where a text is published
        ("On which website is Norland's harbour report published?", "en", "place"),
        ("Sur quel site internet Varlande publie-t-elle son rapport portuaire ?", "fr", "place"),
        ("Op welke website wordt het Havenlandse havenrapport gepubliceerd?", "nl", "place"),
        # a clause of condition or time before the question word is no question of its own
        ("When the harbour fund is reformed, what must the ministries draw up?", "en", None),
        ("Quand le fonds portuaire est réformé, que doivent rédiger les ministères ?", "fr", None),
        ("Wanneer het havenfonds hervormd wordt, wat moeten de ministeries opstellen?", "nl", None),
        ("If the harbour fund runs dry, when must the ministries report?", "en", "date"),
        ("When was the harbour fund reformed, and what did the ministries draw up?", "en", "date"),
        ("Quand le fonds a-t-il été réformé, et que doivent rédiger les ministères ?", "fr", "date"),
        ("Wanneer werd het havenfonds hervormd, en wat moeten de ministeries opstellen?", "nl", "date"),
        ("What status is Norland's harbour fund in?", "en", None),
        # Dutch writes the kind asked as the end of a compound
        ("Tot welk recyclagepercentage wil Havenland gaan?", "nl", "percent"),
        ("Welk investeringsbedrag voorziet de provincie voor de kade?", "nl", "amount"),
        ("Welke einddatum heeft het havenproject?", "nl", "date"),
        # asked to list them, by a verb
        ("Kun je de maatregelen van het Havenlandse plan even op een rij zetten?", "nl", "list"),
        ("Peux-tu lister les chantiers prévus par le plan de Varlande ?", "fr", "list"),
        # a measure read off a scale is a number
        ("What satisfaction score did ferry passengers award the crossing?", "en", "number"),
        ("What occupancy rate did the harbour offices reach?", "en", "number"),
        ("Quelle note de satisfaction les passagers ont-ils donnée au bac de Varlande ?", "fr", "number"),
        ("Welk rapportcijfer gaven de reizigers aan de veerdienst?", "nl", "number"),
        ("What ratio of benefits to costs did Norland's port find?", "en", "number"),
        ("Quel ratio entre gains et coûts le port de Varlande a-t-il calculé ?", "fr", "number"),
        ("Welke verhouding tussen baten en kosten berekende de Havenlandse haven?", "nl", "number"),
        # several years asked for at once
        ("In welke jaren werd de Havenlandse kade hersteld?", "nl", "date"),
        ("En quelles années la digue de Varlande a-t-elle été rehaussée ?", "fr", "date"),
        ("Quelles années le rapport de Varlande couvre-t-il ?", "fr", "date"),
        # "when is/does …" with a verb of a time-table asks a date, not a condition
        ("When does the Norland harbour plan end?", "en", "date"),
        ("When is the Norland harbour plan going to be revised?", "en", "date"),
        ("When is the harbour plan updated?", "en", "date"),
        ("When is a harbour task force co-chaired?", "en", None),
        # "quand"/"wanneer" opening a clause of time after the question word asks no date
        ("Quels services interviennent quand il faut draguer le port de Varlande ?", "fr", "names"),
        ("Welke diensten komen tussenbeide wanneer het gaat om het baggeren van de Havenlandse haven?", "nl", "names"),
        ("Et quand le plan portuaire de Varlande a-t-il été adopté ?", "fr", "date"),
        ("Wie keurde het Havenlandse havenplan goed en wanneer?", "nl", "date"),
        # a plural asked for, hyphenated, with what it is of, or named in the passive
        ("In Norland's harbour plan, which sub-chapters form its ferry chapter?", "en", "list"),
        ("Which categories of harbour data are checked for each port in Norland's report?", "en", "list"),
        ("Which deputy harbour masters in Norland's port authority are mentioned in the report?", "en", "list"),
    ],
)
def test_answer_type_and_language_come_from_the_table(question, lang, expects):
    q = analyse(question)
    assert (q.lang, q.expects) == (lang, expects)


@pytest.mark.parametrize("question, focus", [
    ("Wat wordt in het havenplan verstaan onder deelmobiliteit?", "deelmobiliteit"),
    ("Wat wordt bedoeld met een groene kade?", "groene kade"),
    ("Qu'entend-on par adaptation fondée sur les écosystèmes ?", "adaptation fondée sur les écosystèmes"),
    ("What is meant by a rain garden?", "rain garden"),
    # "how does the glossary define X?": X, not the glossary
    ("Comment le glossaire du plan de Varlande définit-il la résilience ?", "résilience"),
    ("How does the Norland strategy define a blue corridor?", "blue corridor"),
    ("Hoe wordt een groene kade gedefinieerd in het havenplan?", "groene kade"),
    # how briefly to answer is no part of the thing asked about
    ("Wat is in het kort een groene kade?", "groene kade"),
    ("What is a blue corridor, in short?", "blue corridor"),
    ("Qu'est-ce qu'une digue verte, en bref ?", "digue verte"),
    ("Qu’est-ce qu’une digue verte ?", "digue verte"),
    ("Qu’est-ce que l’adaptation fondée sur la nature ?", "adaptation fondée sur la nature"),
    # what a thing is for is asked of the thing
    ("What is the Norland dredging fund meant to do?", "Norland dredging fund"),
    ("What is the quay register for?", "quay register"),
    ("À quoi sert le registre des quais ?", "registre des quais"),
    ("Waarvoor dient het kaderegister?", "kaderegister"),
])
def test_what_a_definition_asks_about_wherever_its_words_stand(question, focus):
    q = analyse(question)
    assert (q.expects, q.focus) == ("definition", focus)


@pytest.mark.parametrize("question, expects, focus", [
    # statements before the question set the scene; the question is what asks
    ("The Norland plan copies a body like the HSA. What is the HSA?", "definition", "HSA"),
    ("Le plan de Varlande veut créer ailleurs un office comme l'OVD. Qu'est-ce que l'OVD ?", "definition", "OVD"),
    ("Het Havenlandse plan noemt een paar waarden. Welke waarden zijn dat?", "list", None),
    ("The Norland plan names a few harbour towns. Which towns are they?", "names", None),
    ("The Norland plan was revised in 2031. When was it adopted?", "date", None),
])
def test_statements_before_a_question_do_not_hide_what_it_asks(question, expects, focus):
    q = analyse(question)
    assert (q.expects, q.focus) == (expects, focus)


def test_an_abbreviated_word_does_not_split_a_question():
    q = analyse("Who is Dr. Vos?")
    assert (q.expects, q.focus) == ("agent", "Dr. Vos")


def test_short_questions_take_the_language_of_their_question_word():
    assert analyse("Wat is Myria?").lang == "nl"
    assert analyse("Qui préside ?").lang == "fr"
    assert analyse("What is Myria?").lang == "en"


def test_counted_nouns_in_each_language():
    counted = analyse("How many organisations of civil society joined in April?").counted
    assert counted[0] == "organis" and "group" in counted  # (other nouns for bodies count them too)
    assert analyse("Combien de secteurs prioritaires le plan retient-il ?").counted == ["secteur"]
    assert analyse("Hoeveel nieuwe woningen worden er gebouwd?").counted == [stem("woningen", "nl")]
    assert analyse("Hoeveel mensen werken er?").counted == [stem("mensen", "nl")]
    # the plan's word for them, given in brackets after them, counts them too
    assert analyse("How many berths ('moorings') did the port add in 2022?").counted == ["berth", "moor"]
    assert analyse("Combien de digues (« levées ») la Varlande a-t-elle rehaussées ?").counted == ["digu", stem("levées", "fr")]


def test_words_borrowed_from_the_conversation_count_as_context():
    q = analyse(Query("When was line 5.d adopted?", "When was it adopted?", "What is line 5.d about?"))
    assert [t.word for t in q.terms] == ["adopted"]
    assert {t.word for t in q.context_terms} >= {"5.d", "line"}
    assert q.context == "What is line 5.d about?"


def test_a_question_word_matches_its_stem_in_any_language():
    [term] = [t for t in analyse("Quels enseignants ?").terms if t.word == "enseignants"]
    assert term.matches({"enseign"})  # French stem


@pytest.mark.parametrize("question, measured", [
    ("Hoe groot is het begrotingstekort (in euro) dat de regering in 2020 toelaat?", ("begrotingstekort",)),
    ("Hoeveel bedraagt de Vlaamse jobbonus minimaal op jaarbasis?", ("vlaamse", "jobbonus", "minimaal")),
    ("How much is the budget deficit that the government allows?", ("budget", "deficit")),
    ("À combien s'élève le déficit budgétaire de la Région ?", ("déficit", "budgétaire")),
    ("How much does the youth jobs bonus amount to each year?", ()),  # the words name no measured thing
])
def test_what_an_amount_measures_in_each_language(question, measured):
    assert analyse(question).measured == measured


@pytest.mark.parametrize("focus, text, defines", [
    ("near misses", "Near misses are unplanned events that did not cause harm.", True),
    ("near misses", "Near misses are increasing in the outer harbour.", False),
    ("near misses", "Near misses are published every quarter.", False),
    ("zones humides", "Les zones humides sont des espaces de transition entre terre et eau.", True),
    ("deelfiets", "Een deelfiets is een fiets die je met anderen deelt.", True),
])
def test_a_sentence_that_defines_a_term(focus, text, defines):
    from assistant.answering.extractive import _defines

    assert _defines(focus, text) is defines
