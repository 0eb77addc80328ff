"""A bracket after a sentence's full stop ("We support young people who want a career at sea.
(Harbour Trainee Programme).") names what the sentence says: it is quoted with it."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland maritime agreement 2031-2036

## Careers at sea

We open two new nautical schools in the northern ports. We support young Norlanders who want to build a
career at sea abroad. (Harbour Trainee Programme). We evaluate these actions every two years.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-maritime-agreement.md": PLAN}) as c:
        yield c


def test_the_bracket_after_the_sentence_is_quoted_with_it(client):
    body = ask(client, "How does Norland help young people who want a career at sea abroad?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Trainee Programme" in body["answer"], body["answer"]
