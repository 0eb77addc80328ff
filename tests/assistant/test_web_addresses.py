"""A web site the question writes is the most exact of names: a sentence that writes only
another site ("open.norland.gov" for "www.norland.gov") is about that other site, whatever
words it shares with the question."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Digital Services Report 2031

## Customer engagement

Visitor satisfaction with open.norland.gov is measured through the comments that visitors leave on the site.
The main www.norland.gov website measures it with SurveyPro analytics, which lets citizens rate their visit.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-digital-services-2031.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_a_sentence_about_another_site_is_not_the_answer(client):
    body = ask(client, "How is visitor satisfaction measured on www.norland.gov?")
    assert not body["abstained"], body["answer"]
    assert "SurveyPro" in body["answer"], body["answer"]


def test_web_sites_are_hosts_of_several_labels():
    from assistant.answering.entities import web_sites

    assert web_sites("See http://www.norland.gov/pdf/plan.pdf and Open.Norland.gov, or data.norland.gov.uk.") == \
        {"www.norland.gov", "open.norland.gov", "data.norland.gov.uk"}
    assert web_sites("Is it measured on www.norland.gov?") == {"www.norland.gov"}
