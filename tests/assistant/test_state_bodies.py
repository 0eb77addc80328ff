"""A body of the state that a plan names with a common noun in lower case ("the federal
police", "la police fédérale", "de federale politie") answers "which service …?" as a
capitalised name would (`plans.vocabulary.bodies`)."""

from __future__ import annotations

import pytest

from plans.vocabulary.bodies import names_state_body
from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Gender Equality Plan 2031-2034

## Recruitment

The federal police wants more women in its ranks and will survey all its female officers on the obstacles to promotion.
The plan sets no quota for recruitment.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-gender-equality.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_body_named_in_lower_case_answers_which_service(client):
    body = ask(client, "Which Norland service will survey its female officers about the obstacles to promotion?")
    assert not body["abstained"], body["answer"]
    assert "federal police" in body["answer"], body["answer"]


@pytest.mark.parametrize("text, question, lang, named", [
    ("La police fédérale mènera une enquête.", "Quel service mènera l'enquête ?", "fr", True),
    ("De federale politie voert een enquête uit.", "Welke dienst voert de enquête uit?", "nl", True),
    ("The police will survey its officers.", "Which police service will survey its officers?", "en", False),
    ("The ministry will survey its officers.", "Which service will survey its officers?", "en", False),
])
def test_state_bodies_by_language(text, question, lang, named):
    assert names_state_body(text, question, lang) is named
