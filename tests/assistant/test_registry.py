"""Line-level questions answered from the commitments registry, from the text and from the PDF."""

from __future__ import annotations

import pytest

from tests.conftest import DATA_DIR, NAP_PDF, serving
from tests.conftest import ask_http as ask


@pytest.fixture(scope="module")
def pdf_client(tmp_path_factory, embedder):
    with serving(tmp_path_factory.mktemp("pdf-index"), embedder, [NAP_PDF]) as client:
        yield client


CASES = [
    ("Which department monitors line 17.b?", ["Foreign Affairs", "Development", "Justice"], ["Defence", "Interior"], "17.b"),
    ("How is 14.c monitored?", ["Internal communication with potential experts"], ["Concrete action undertaken"], "14.c"),
    ("What is line 18.d about?", ["de-mining programmes"], ["Arms Trade Treaty"], "18.d"),
    ("Who is responsible for line 20.b?", ["Interior-Office for Foreigners", "Justice"], ["Defence"], "20.b"),
    ("Which department coordinates line 33?", ["Equality"], [], "33"),
    ("Under which goal does line 16.b fall?", ["zero tolerance"], [], "16.b"),
    ("How is goal 22 monitored?", ["Actions of encouragement"], [], "22"),  # a goal of one line: that line's cell
]


@pytest.mark.parametrize("client_name, document", [("plans_client", "wps-nap-1325-2013-2016.txt"),
                                                   ("pdf_client", "wps-nap-1325-2013-2016.pdf")])
@pytest.mark.parametrize("question, must, must_not, ref", CASES)
def test_line_questions_from_the_text_and_from_the_pdf(request, client_name, document, question, must, must_not, ref):
    body = ask(request.getfixturevalue(client_name), question)
    assert not body["abstained"]
    for m in must:
        assert m in body["answer"], body["answer"]
    for m in must_not:
        assert m not in body["answer"], body["answer"]
    cite = body["citations"][0]
    assert cite["ref"] == ref and cite["document"] == document
    if document.endswith(".pdf"):  # the row's page
        assert isinstance(cite["page"], int) and cite["page"] >= 4


def test_the_17b_row_cites_page_10_of_the_pdf(pdf_client):
    cite = ask(pdf_client, "Which department monitors line 17.b?")["citations"][0]
    assert cite["page"] == 10 and cite["quote"].split() == ["Foreign", "Affairs", "Development", "Justice"]


@pytest.mark.parametrize("client_name", ["plans_client", "pdf_client"])
def test_list_the_lines_under_a_goal(request, client_name):
    body = ask(request.getfixturevalue(client_name), "List the lines of action under goal 17")
    for ref in ("17.a", "17.b", "17.c", "17.d", "17.e"):
        assert ref in body["answer"]
    assert "18.a" not in body["answer"] and "16.c" not in body["answer"]
    assert [c["ref"] for c in body["citations"]] == ["17.a", "17.b", "17.c", "17.d", "17.e"]


@pytest.mark.parametrize("client_name", ["plans_client", "pdf_client"])
def test_which_lines_a_department_is_responsible_for(request, client_name):
    body = ask(request.getfixturevalue(client_name), "Which lines is Justice responsible for?")
    for ref in ("14.c", "17.b", "20.b"):
        assert f"{ref} [" in body["answer"]
    assert all(c["ref"] for c in body["citations"])


@pytest.mark.parametrize("client_name", ["plans_client", "pdf_client"])
def test_which_line_concerns_a_topic(request, client_name):
    body = ask(request.getfixturevalue(client_name), "Which line concerns the Arms Trade Treaty?")
    assert "18.c" in body["answer"] and body["citations"][0]["ref"] == "18.c"


@pytest.mark.parametrize("question", ["Which department monitors line 45.c?", "How is line 17.f monitored?", "What is goal 77 about?"])
def test_a_line_that_does_not_exist_is_declined(plans_client, question):
    body = ask(plans_client, question)
    assert body["abstained"] and body["citations"] == []


def test_numbered_actions_written_as_prose(plans_client):
    body = ask(plans_client, "What does action nr. 13 of the business and human rights plan aim at?")
    assert not body["abstained"] and "public procurement" in body["answer"]


SCHEDULE = """# Dune Programme

## Actions

| No | Action | Lead |
|---|---|---|
| 1 | Map the dunes | Coastal Agency |
| 2 | Fence the nesting sites | Nature Service |
| 3 | Replant marram grass | Coastal Agency |
| 4 | Clear old munitions from the beach | Arms Disposal Unit/Arms |
"""


@pytest.fixture(scope="module")
def mixed_client(tmp_path_factory, embedder):
    """The NAP beside a plan whose rows are numbered 1, 2, 3."""
    folder = tmp_path_factory.mktemp("mixed-plans")
    (folder / "dune-programme.md").write_text(SCHEDULE, encoding="utf-8")
    files = [DATA_DIR / "wps-nap-1325-2013-2016.txt", folder / "dune-programme.md"]
    with serving(tmp_path_factory.mktemp("mixed-index"), embedder, files) as client:
        yield client


def test_an_objective_number_is_not_also_another_plans_row_number(mixed_client):
    body = ask(mixed_client, "Which lines of objective 2 involve Defence?")
    assert not body["abstained"], body["answer"]
    refs = {c["ref"] for c in body["citations"]}
    assert refs and refs <= {"5.a", "5.b", "6.a", "6.b", "6.c", "6.d", "7.a", "7.b", "7.c", "10.a"}, refs
    assert {c["document"] for c in body["citations"]} == {"wps-nap-1325-2013-2016.txt"}


def test_a_one_word_body_written_in_lower_case_is_a_word_of_the_question(mixed_client):
    # another plan has a body called "Arms"; "arms trade treaty" does not name it
    body = ask(mixed_client, "Which line of the NAP covers the arms trade treaty?")
    assert not body["abstained"], body["answer"]
    assert [c["ref"] for c in body["citations"]][:1] == ["18.c"], body


def test_a_goal_of_one_line_says_so_in_the_singular(plans_client):
    body = ask(plans_client, "Show me goal 22 and its lines of action")
    assert "has one line of action:" in body["answer"], body["answer"]
