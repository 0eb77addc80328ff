""""How much does X amount to?" asks for an amount, in English and Dutch ("hoeveel bedraagt"):
the sentence that gives it in euro answers, not a count; "how large is the X?" asks for an
amount of X: a sum given for something else beside a sentence on X is no answer, also when the
plan writes a compound's last part only ("begrotingstekort" / "tekort"); "hoeveel X" is
answered by a figure of X in a unit ("capaciteit ... tot 3,5 GW"); a share ("1 op de 4
inwoners") counts none of them; a count may be spelled out ("drie onderdelen"), and is answered by
its sentence without the list the sentence opens; "how often" is answered by a frequency or
not at all; "for what period" by the years a period runs ("(2018–2020)") (generated plans)."""

from __future__ import annotations

import pytest

from tests.conftest import serving
from tests.conftest import ask_http as ask

EN = """# Harbourland Jobs and Budget Plan 2020-2024

## Making work pay

To widen the gap between working and not working, a youth jobs bonus is introduced from 2021.
It amounts to at least 600 euro a year for young people who work full time and earn up to
1,700 euro gross a month.

## Public finances

At the same time, the tax shift of the government reaches cruising speed in 2020, with tax relief of more than
900 million euro, together with the wage agreements concluded with the social partners.
We allow a modest deficit in 2020 because the yield of the tax measures only rises after some years.
We keep public spending under control and invest in schools and roads.

## Boards

The youth jobs board meets in the town hall of Harbourland and draws up the minutes of its statutory meetings.

## Harbour

The harbour council meets four times a year to follow the budget.
"""

NL = """# Havenland Banen- en Begrotingsplan 2020-2024

## Werken moet lonen

Om het verschil tussen werken en niet-werken te vergroten, voeren we vanaf 2021 een jongerenbonus in.
Die bedraagt minimaal 600 euro op jaarbasis voor jongeren die voltijds werken en tot 1.700 euro
bruto per maand verdienen.

## Overheidsfinanciën

Tegelijk komt de taksverschuiving van de regering in 2020 op kruissnelheid, met een lastenverlaging van meer dan
900 miljoen euro, samen met de akkoorden die we met de sociale partners sloten.
We laten een bescheiden tekort in 2020 toe omdat de opbrengst van de fiscale maatregelen pas na
enkele jaren stijgt.
We houden de uitgaven onder controle en investeren in scholen en wegen.

## Energie

Tegen 2030 verhogen we de productie van hernieuwbare energie met een verhoging van de geïnstalleerde
capaciteit voor wind tot 3,5 GW en voor zon tot 5,2 GW.
We bouwen daarnaast 12 nieuwe laadpleinen langs de havenwegen.

## Samenleving

In Havenland heeft 1 op de 4 inwoners een migratieachtergrond.
Elke nieuwkomer legt een inburgeringstest af die bestaat uit drie onderdelen:

- De taal: het is belangrijk dat nieuwkomers zich zelfstandig kunnen redden in het Nederlands.
- De samenleving: nieuwkomers kennen de rechten en plichten die in Havenland gelden.
- Het werk: nieuwkomers schrijven zich in bij de dienst voor arbeidsbemiddeling.
"""


@pytest.fixture(scope="module")
def clients(tmp_path_factory, embedder):
    """One index per language, so each question is answered from its own language's plan."""
    folder = tmp_path_factory.mktemp("plans")
    (folder / "harbourland-jobs-plan.md").write_text(EN, encoding="utf-8")
    (folder / "havenland-banenplan.md").write_text(NL, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("en"), embedder, [folder / "harbourland-jobs-plan.md"]) as en, \
            serving(tmp_path_factory.mktemp("nl"), embedder, [folder / "havenland-banenplan.md"]) as nl:
        yield {"en": en, "nl": nl}


@pytest.mark.parametrize("lang, question", [
    ("en", "How much does the youth jobs bonus amount to each year?"),
    ("nl", "Hoeveel bedraagt de jongerenbonus minimaal op jaarbasis?"),
])
def test_the_figure_of_what_is_measured(clients, lang, question):
    body = ask(clients[lang], question)
    assert not body["abstained"], body["answer"]
    assert "600 euro" in body["answer"], body["answer"]


@pytest.mark.parametrize("lang, question", [
    ("en", "How large is the budget deficit (in euro) that the government allows in 2020?"),
    ("nl", "Hoe groot is het begrotingstekort (in euro) dat de regering in 2020 toelaat?"),
])
def test_an_amount_of_something_else_is_no_answer(clients, lang, question):
    body = ask(clients[lang], question)
    assert body["abstained"], body["answer"]


def test_how_much_of_a_quantity_is_its_figure_in_a_unit(clients):
    body = ask(clients["nl"], "Tot hoeveel geïnstalleerde capaciteit aan wind wil Havenland tegen 2030 gaan?")
    assert not body["abstained"], body["answer"]
    assert "3,5 GW" in body["answer"], body["answer"]


def test_a_share_is_not_a_count(clients):
    assert ask(clients["nl"], "Hoeveel inwoners telt Havenland?")["abstained"]
    body = ask(clients["nl"], "Hoeveel nieuwe laadpleinen bouwt Havenland?")
    assert not body["abstained"] and "12 nieuwe laadpleinen" in body["answer"], body["answer"]


def test_a_count_spelled_out_in_the_plans_language(clients):
    body = ask(clients["nl"], "Uit hoeveel onderdelen bestaat de inburgeringstest?")
    assert not body["abstained"] and "drie onderdelen" in body["answer"], body["answer"]
    assert "zelfstandig" not in body["answer"]  # the count, not the list the sentence opens
    listed = ask(clients["nl"], "Wat zijn de onderdelen van de inburgeringstest?")
    # the parts by their labels, each item quoted whole
    assert all(part in listed["answer"] for part in ("De taal", "De samenleving", "Het werk")), listed["answer"]
    quotes = " ".join(c["quote"] for c in listed["citations"])
    assert "zelfstandig" in quotes and "arbeidsbemiddeling" in quotes, quotes


def test_how_often_is_answered_by_a_frequency_or_not_at_all(clients):
    assert ask(clients["en"], "How often does the youth jobs board meet?")["abstained"]
    body = ask(clients["en"], "How often does the harbour council meet?")
    assert not body["abstained"] and "four times a year" in body["answer"], body["answer"]


@pytest.mark.parametrize("text, figures", [
    ("adopted by the Council in June 2011, the government decided", ["2011"]),  # not "201" of "2011"
    ("a fleet of 1500 shared bikes", ["1500"]),
    ("1.500 deelscooters en 120.000 ritten", ["1.500", "120.000"]),
    ("een stijging van 12,5 procent", ["12,5"]),
])
def test_a_figure_is_read_whole(text, figures):
    from assistant.answering.entities import PATTERNS, mentions

    assert [m.group(0) for m in PATTERNS["number"].finditer(text)] == figures
    assert mentions("number", text, "How many?") == (figures != ["2011"])  # a year counts nothing


PERIOD = """# Harbourland Foreign Policy Note 2017

## The United Nations

As an elected member of the regional security council (2018–2020), Harbourland chaired its committee on ports.
Harbourland also funds the harbour academy of the region and its courses on maritime law.
"""


@pytest.fixture(scope="module")
def period_client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("period")
    (folder / "harbourland-foreign-policy.md").write_text(PERIOD, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("period-index"), embedder, [folder / "harbourland-foreign-policy.md"]) as c:
        yield c


@pytest.mark.parametrize("question", [
    "For what period was Harbourland a member of the regional security council?",
    "Pendant quelle période Harbourland a-t-il siégé au conseil de sécurité régional ?",
])
def test_a_period_is_answered_by_the_years_it_runs(period_client, question):
    body = ask(period_client, question)
    assert not body["abstained"], body["answer"]
    assert "2018–2020" in body["answer"], body["answer"]


@pytest.mark.parametrize("text, period", [
    ("a member of the council (2018–2020), it chaired", True),
    ("the 2013-16 action plan", True),
    ("the report of 2019-12-05", False),  # a date, not a period
    ("COVID-19 measures", False),
])
def test_the_years_a_period_runs_are_a_duration(text, period):
    from assistant.answering.entities import mentions

    assert mentions("duration", text, "For what period?") == period


@pytest.mark.parametrize("text", [
    "since 31 March 2011 bodies have advertised contracts above £10,000",  # a day and a sum
    "a ten-year transition to the 20 year rule",  # lengths of time
    "40 % of the municipalities",  # a share
    "a seminar held on 25 and 26 January 2007 in Varport",  # the first day of a span of days
    "la conférence du 3 au 5 mars 2019",
    "the texts dating back to 1267 do not take account of every change",  # a year before 1900
    "the changes made by one piece of legislation to another",  # "one" as much an article as a count
])
def test_a_day_a_sum_a_share_or_a_length_of_time_is_no_count_of_things(text):
    # "hoeveel contracten …?" of an English plan: the counted noun cannot be looked for
    from assistant.answering.entities import mentions

    assert not mentions("number", text, "Hoeveel contracten?", things=True)


def test_how_much_may_be_answered_by_a_sum():
    # "hoeveel wil de regering investeren?" counts no things: the sum is the answer
    from assistant.answering.entities import mentions

    assert mentions("number", "de regering investeert 150 miljoen euro in fietspaden", "Hoeveel?")


def test_a_count_beside_them_still_counts():
    from assistant.answering.entities import mentions

    assert mentions("number", "As of September 2013, nearly 18,000 contracts had been published.", "Hoeveel contracten?",
                    things=True)
    assert mentions("number", "the 25 members met on 26 January 2007", "Hoeveel leden?", things=True)


@pytest.mark.parametrize("text, amount", [
    ("est estimé à 4 240 millions US dollars (Tableau 22)", "4 240 millions US dollars"),
    ("a grant of 3 million U.S. dollars", "3 million U.S. dollars"),
    ("112 millions de dollars USD", "112 millions de dollars"),
])
def test_a_sum_in_us_dollars_is_an_amount(text, amount):
    from assistant.answering.entities import PATTERNS

    assert PATTERNS["amount"].search(text).group(0) == amount
