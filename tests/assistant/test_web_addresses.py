"""A web site the question writes is the most exact of names: the sentence that writes
it ("www.norland.gov") answers before one that shares its words ("open.norland.gov")."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Digital Services Report 2031

## Customer engagement

Visitor satisfaction with open.norland.gov is measured through the comments that visitors leave on the site.
The main www.norland.gov website uses SurveyPro analytics, which lets citizens rate their visit.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-digital-services-2031.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_sentence_that_writes_the_address_asked_about(client):
    body = ask(client, "How is visitor satisfaction measured on www.norland.gov?")
    assert not body["abstained"], body["answer"]
    assert "SurveyPro" in body["answer"], body["answer"]


def test_web_sites_are_hosts_of_several_labels():
    from assistant.answering.entities import web_sites

    assert web_sites("See http://www.norland.gov/pdf/plan.pdf and Open.Norland.gov, or data.norland.gov.uk.") == \
        {"www.norland.gov", "open.norland.gov", "data.norland.gov.uk"}
    assert web_sites("Is it measured on www.norland.gov?") == {"www.norland.gov"}
