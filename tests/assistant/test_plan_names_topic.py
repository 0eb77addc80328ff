"""The words that name a plan ("the GEAP", "the plan of Atlantis") say where to look, not what a question
is about. A row that names the plan itself ("Draft the next GEAP") is no answer to "which line
of the GEAP concerns pensions?" asked in another language, where the meaning of the question
alone chooses the sentence: read without the plan's name, nothing in the plan is about
pensions, so the question is declined."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Gender Equality Action Plan (GEAP) 2020-2024

The GEAP sets out the commitments of the federal government on gender equality for 2020-2024.
Each line of the GEAP names the department that leads it.

| Line | Action | Lead |
|---|---|---|
| 1.a | Extend the opening hours of public childcare centres in the regions. | Family Affairs |
| 1.b | Train labour inspectors to detect pay discrimination in the private sector. | Employment |
| 2.a | Fund shelters for victims of domestic violence in every province. | Justice |
| 2.b | Draft the next Gender Equality Action Plan (GEAP). | Equal Opportunities |
"""

# another plan in the index, so that the first plan's name is a rare word, as in a real index
OTHER = "# Regional Water Strategy 2021-2030\n\n" + "\n\n".join(
    f"## {i}. {topic.capitalize()}\n\nThe region will improve {topic} in its river basins by {2022 + i}, "
    f"with the water boards and the municipalities, and report on {topic} every year."
    for i, topic in enumerate(["drinking water", "flood defences", "irrigation", "groundwater", "wetlands",
                               "sewage treatment", "drought planning", "river dredging", "water pricing",
                               "leak detection", "rain harvesting", "water quality"], start=1))


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"geap-2020-2024.md": PLAN, "water-strategy.md": OTHER}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which line of the GEAP concerns the reform of pensions?",
    "Welke actielijn van het GEAP gaat over de hervorming van de pensioenen?",
    "Quelle ligne du GEAP concerne la réforme des retraites ?",
])
def test_a_row_naming_the_plan_does_not_answer_what_the_plan_does_not_cover(client, question):
    body = ask(client, question)
    assert body["abstained"], body["answer"]


@pytest.mark.parametrize("question, ref", [
    ("Which line of the GEAP concerns childcare?", "1.a"),
    ("Which line of the GEAP concerns pay discrimination?", "1.b"),
    ("Welke actielijn van het GEAP gaat over de openingsuren van de kinderopvang?", "1.a"),
])
def test_the_row_on_the_topic_still_answers(client, question, ref):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["ref"] == ref, body["answer"]
