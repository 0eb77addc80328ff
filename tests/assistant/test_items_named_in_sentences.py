""""Could you name the projects …?" is a request for a list, not a yes/no question, and its kind
is the noun after the verb ("name the projects"). A paragraph that names one project a
sentence ("… the project 'Harbour Bridge' …. Other examples include the 'Dock Duo'
project …") gives its items: the sentences of the paragraph that each write the kind asked
and a name of their own. Through the HTTP API, over a plan written here."""

from __future__ import annotations

import pytest

from assistant.answering.base import kind_asked
from assistant.question import analyse
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland integration plan 2031

## Work

Several organisations help newcomers find work in the harbour towns, and the chamber of commerce trains the companies that hire them. In the same vein, the project "Harbour Bridge" brings job seekers and port companies together every month. Other examples include the "Dock Duo" project, in which young job seekers are matched with retired dockers who coach them. "Sea Start" is a project that trains newcomers who want to open a business on the quays.

## Housing

The towns build 400 homes for newcomers before 2034.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-integration-plan.md": PLAN}) as c:
        yield c


def test_the_projects_named_one_a_sentence(client):
    body = ask(client, "Could you name the projects of the Norland integration plan that help newcomers into work or into business?")
    assert not body["abstained"], body["answer"]
    for name in ("Harbour Bridge", "Dock Duo", "Sea Start"):
        assert name in body["answer"], body["answer"]


@pytest.mark.parametrize("question, kind", [
    ("Could you enumerate the projects of the plan?", ["projects"]),
    ("Could you name the ferries that cross the bay?", ["ferries"]),
    ("Pouvez-vous citer les mesures du plan ?", ["mesures"]),
])
def test_a_request_for_a_list_names_its_kind(question, kind):
    q = analyse(question)
    assert q.expects == "list", q.expects
    assert kind_asked(q) == kind


def test_a_yes_no_question_stays_one():
    assert analyse("Can the plan be amended by the towns?").expects == "yesno"
