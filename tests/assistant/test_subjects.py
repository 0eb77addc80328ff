"""A question about two named subjects that wants one value for each ("When were X and Y
adopted?") is asked once per subject, in English, French and Dutch; each answer is cited
from its own plan, through HTTP."""

from __future__ import annotations

import pytest

from assistant.decompose import split_subjects
from tests.conftest import ask_http, serving


@pytest.mark.parametrize("question, lang, parts", [
    ("When were the Harbour Charter and the River Accord signed?", "en",
     ["When was the Harbour Charter signed?", "When was the River Accord signed?"]),
    ("Who chairs the Steering Group and the Audit Committee?", "en",
     ["Who chairs the Steering Group?", "Who chairs the Audit Committee?"]),
    ("What is the budget of Axis 1 and Axis 2?", "en", ["What is the budget of Axis 1?", "What is the budget of Axis 2?"]),
    ("When were the Charter of Paris and the Treaty of Rome signed?", "en",
     ["When was the Charter of Paris signed?", "When was the Treaty of Rome signed?"]),
    # a common noun with its article on each side of "and": each subject from its article on
    ("When were the protocol of Varna and the convention of Tarn signed?", "en",
     ["When was the protocol of Varna signed?", "When was the convention of Tarn signed?"]),
    ("Quand le protocole de Varna et la convention de Tarn ont-ils pris effet ?", "fr",
     ["Quand le protocole de Varna a-t-il pris effet?", "Quand la convention de Tarn a-t-il pris effet?"]),
    ("Wanneer werden het protocol van Varna en de conventie van Tarn ondertekend?", "nl",
     ["Wanneer werd het protocol van Varna ondertekend?", "Wanneer werd de conventie van Tarn ondertekend?"]),
    ("When were the Harbour Charter, the River Accord and the Dune Pact signed?", "en",
     ["When was the Harbour Charter signed?", "When was the River Accord signed?", "When was the Dune Pact signed?"]),
    ("Quand la Charte portuaire et l'Accord fluvial ont-ils été signés ?", "fr",
     ["Quand la Charte portuaire a-t-il été signés?", "Quand l'Accord fluvial a-t-il été signés?"]),
    ("Wanneer werden het Havenhandvest en het Rivierakkoord ondertekend?", "nl",
     ["Wanneer werd het Havenhandvest ondertekend?", "Wanneer werd het Rivierakkoord ondertekend?"]),
])
def test_two_named_subjects_become_two_questions(question, lang, parts):
    assert split_subjects(question, lang) == parts


@pytest.mark.parametrize("question, lang", [
    ("Which departments monitor lines 4.c and 17.b?", "en"),  # row ids are looked up together
    ("Who is responsible for monitoring and evaluation?", "en"),  # no named subjects
    ("Which institute drafted the plan and also sits in the Board?", "en"),  # two verbs, one subject
    ("When were the charter, which the Board drafted, and the River Accord signed?", "en"),  # a clause
    ("What are the links between the Harbour Charter and the River Accord?", "en"),  # not one value each
    ("Wat zijn de doelen van het Havenhandvest en het Rivierakkoord?", "nl"),
    ("How many Principles for Ports and Coastal Towns did the study assess?", "en"),  # one name
    ("When was the Ministry of Justice and Security created?", "en"),
    ("Welk percentage van de 17- en 18-jarigen is als kiezer geregistreerd?", "nl"),  # one word, its part left out
])
def test_other_questions_with_and_stay_whole(question, lang):
    assert split_subjects(question, lang) == [question]


CHARTER = """# Harbour Charter of Norvale

The Harbour Charter was signed on 14 March 2011 by the Port Authority and the City of Norvale.

The Charter commits both parties to keep the outer quays open to fishing boats. It is reviewed every five years by a joint committee.
"""

ACCORD = """# River Accord

The River Accord was signed on 2 September 2019 by the three riverside municipalities.

The Accord sets a common flood warning procedure along the river. Each municipality appoints a river officer who reports to the regional authority.
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("two-plans")
    (folder / "harbour-charter.md").write_text(CHARTER, encoding="utf-8")
    (folder / "river-accord.md").write_text(ACCORD, encoding="utf-8")
    with serving(tmp_path_factory.mktemp("two-index"), embedder, [folder]) as client:
        yield client


@pytest.mark.parametrize("question", [
    "When were the Harbour Charter and the River Accord signed?",
    "Quand la Charte portuaire (Harbour Charter) et l'Accord fluvial (River Accord) ont-ils été signés ?",
])
def test_each_subject_gets_its_own_cited_answer(two_plans, question):
    body = ask_http(two_plans, question)
    assert not body["abstained"], body
    assert "14 March 2011" in body["answer"] and "2 September 2019" in body["answer"], body["answer"]
    cited = {(c["document"], c["quote"]) for c in body["citations"]}
    assert any(d == "harbour-charter.md" and "14 March 2011" in q for d, q in cited), cited
    assert any(d == "river-accord.md" and "2 September 2019" in q for d, q in cited), cited


def test_subjects_that_each_name_a_plan_are_asked_one_by_one(tmp_path, embedder):
    """Each subject names a plan ("Ocean Charter", "Fisheries Compact"): asked one by one,
    not once per plan with the other plan's name taken out (which leaves the "Maritime
    Council" of one subject in the question put to the other plan, which never writes it)."""
    for name, text in {
        "harbourland-ocean-charter-plan.md": "# Harbourland plan for the Ocean Charter 2012-2016\n\n## Origin\n\n"
        "The Ocean Charter of the Maritime Council was adopted by the coastal states on 3 May 2011. Harbourland "
        "signed it a month later.\n\n## Measures\n\nThe harbour authority will clean the three bays every spring. "
        "Fishing quotas are reviewed each year.\n",
        "norland-fisheries-compact-plan.md": "# Norland action plan for the Fisheries Compact 2016-2020\n\n"
        "## Background\n\nThe Fisheries Compact was adopted by the northern countries on 9 June 2015 in Kelstad.\n\n"
        "## Actions\n\nNorland will train two hundred inspectors. The fleet register will be published online.\n",
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with serving(tmp_path / "index", embedder, sorted(tmp_path.glob("*.md"))) as client:
        body = ask_http(client, "When were the Maritime Council's Ocean Charter and the Fisheries Compact adopted?")
    assert "3 May 2011" in body["answer"] and "9 June 2015" in body["answer"], body["answer"]
