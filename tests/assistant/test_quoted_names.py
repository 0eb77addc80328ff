"""A name the question quotes ("what does the 'PSW' concept add …?") says what it is
about: when the best sentence does not write it and a sentence of its passage does, that
sentence is given too."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Norland Whole-of-Government Report 2031

## Cooperation between ministries

Norland's ministries of Ports and of Shipping, with the Coastal Works Directorate of the former, regularly work together in a
so-called 'PS' (ports-shipping) approach to harbour crises. Because the Ministry of Fisheries (catch) and the Ministry of
Tourism (visitors) also take part at times, a so-called 'PSW' concept has been worked out. Weekly meetings bring the
ministries together under the Ministry of Ports.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-whole-of-government-2031.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


def test_the_sentence_that_writes_the_quoted_name_is_given(client):
    body = ask(client, "In Norland's whole-of-government report, what does the 'PSW' concept bring to the usual "
                       "ports-shipping approach?")
    assert not body["abstained"], body["answer"]
    assert "Ministry of Fisheries" in body["answer"], body["answer"]
