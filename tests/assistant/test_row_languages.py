"""Which line of a plan in one language a question in another asks about: found by meaning
(the words share no stem), answered only when one row stands out, and followed up."""

from __future__ import annotations

import pytest

from assistant.answering.rows import value_named
from assistant.question import analyse
from plans.records import Commitment, RowField, Source
from tests.conftest import serving
from tests.conftest import ask_http as ask

ROWS = [
    ("1.a", "Ratify the convention on the protection of wetlands and migratory waterbirds.", "Environment"),
    ("1.b", "Vaccinate cattle and sheep against foot-and-mouth disease in the border provinces.", "Agriculture"),
    ("2.a", "Digitise the land registers and publish cadastral maps online.", "Finance"),
    ("2.b", "Train judges and prosecutors on domestic violence cases.", "Justice"),
    ("3.a", "Build protected cycle lanes in the ten largest cities.", "Mobility"),
    ("3.b", "Fund free school meals for girls in rural primary schools.", "Education"),
    ("4.a", "Protect journalists against online harassment and threats.", "Interior"),
    ("4.b", "Clear landmines from farmland along the eastern border.", "Defence"),
    ("5.a", "Development of a climate budget tagging system to track public expenditure on adaptation.", "Finance"),
    ("5.b", "Development of climate adaptation plans for the eight coastal districts.", "Environment"),
    ("5.c", "Development of a guideline on climate risks in crop production.", "Agriculture"),
    ("5.d", "Development of a review of climate-related public spending and its tracking.", "Finance"),
]


def _plan() -> str:
    cells = "\n".join(f"<tr><td>{ref}</td><td>{action}</td><td>{lead}</td></tr>" for ref, action, lead in ROWS)
    return f"""<html><head><title>Harbourland Resilience Action Plan 2030</title></head><body>
<h1>Harbourland Resilience Action Plan 2030</h1>
<p>This plan sets out the lines of action the government of Harbourland will carry out until 2030.</p>
<p>The government also funds the harbour museum from the culture budget.</p>
<h2>Lines of action</h2>
<table><tr><th>Line</th><th>Action</th><th>Responsible department</th></tr>{cells}</table>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("harbourland")
    (folder / "harbourland-resilience-plan.html").write_text(_plan(), encoding="utf-8")
    with serving(tmp_path_factory.mktemp("index"), embedder, [folder / "harbourland-resilience-plan.html"]) as c:
        yield c


@pytest.mark.parametrize("question, ref, lead", [
    ("Quelle ligne du plan de résilience concerne la vaccination du bétail contre la fièvre aphteuse ?",
     "1.b", "Agriculture"),
    ("Quelle ligne d'action du plan de résilience concerne les cantines scolaires pour les filles ?", "3.b", "Education"),
    ("Welke lijn van het weerbaarheidsplan gaat over het digitaliseren van het kadaster?", "2.a", "Finance"),
    ("Welke actielijn gaat over het ruimen van landmijnen op landbouwgrond?", "4.b", "Defence"),
    # rows alike in meaning: the words the row writes alike in its language ("système", "budgétaire") tell
    ("Quelle ligne porte sur le marquage budgétaire des dépenses climatiques ?",
     "5.a", "Finance"),
])
def test_a_french_or_dutch_question_finds_the_english_row(client, question, ref, lead):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["ref"] == ref, body["answer"]
    # the template speaks the question's language; the row is quoted as written
    assert body["answer"].startswith(("Ligne", "Lijn")), body["answer"]
    follow = ask(client, "Qui en est responsable ?" if question.startswith("Quelle") else "Wie is daarvoor verantwoordelijk?",
                 history=[{"role": "user", "content": question}, {"role": "assistant", "content": body["answer"]}])
    assert lead in follow["answer"] and follow["citations"][0]["ref"] == ref, follow["answer"]


@pytest.mark.parametrize("question", [
    "Quelle ligne du plan de résilience concerne l'exploration spatiale ?",
    "Welke lijn van het weerbaarheidsplan gaat over de pensioenen van ambtenaren?",
    "Which line of the resilience plan funds the harbour museum?",
])
def test_a_topic_no_row_holds_gets_no_row(client, question):
    # nor a sentence of the plan's text: it does not say which line
    body = ask(client, question)
    assert body["abstained"], body["answer"]


def test_a_cell_value_of_function_words_is_not_named_by_a_question():
    row = Commitment(document="p.pdf", ref="7", action="Fund the ports",
                     fields=[RowField(header="Pilote", roles=["lead"], text="Ministère / du", items=["Ministère", "du"],
                                      source=Source(start=0, end=14, text="Ministère / du"))])
    assert value_named(analyse("Quelle ligne du plan concerne les ports ?"), [row], ["lead"]) is None
    assert value_named(analyse("Quelle ligne relève du Ministère ?"), [row], ["lead"]) == ("Ministère", ["lead"])


@pytest.mark.parametrize("question, lead", [
    ("Quel département est responsable de la vaccination du bétail contre la fièvre aphteuse ?", "Agriculture"),
    ("Welk departement is verantwoordelijk voor het digitaliseren van het kadaster?", "Finance"),
])
def test_a_cell_of_a_row_in_another_language_found_by_its_topic(client, question, lead):
    # not "which line?" but the row's cell: the row is found by the meaning of its topic alike
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert lead in body["answer"] and body["citations"][0]["ref"], body["answer"]
