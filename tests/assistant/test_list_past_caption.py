"""A list asked for ("which tender representatives did the panel invite …?") where the best line is
a caption over it (a table cell naming the issue, "Open harbour data in the tender process
paper"): the
caption is no answer by itself, and a sentence scored nearly as well that lists three names
or more answers instead; with no such sentence the question is still not answered by the
caption. Through the HTTP API over a plan written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

REPORT = """# Havenland harbour data panel: actions report

## Actions

| No. | Action | Issue | Owner | Notes |
|---|---|---|---|---|
| 1 | Terms of the panel | Panel terms paper | Secretariat | The secretariat drafted the terms in March. |
| 2 | Tender group | Open harbour data in the tender process paper | Lena Vos | Completed. Piet Smit, tender adviser of the port authority; Anna Bakker, head of purchasing in Havenstad and; Joris Kok, buyer for the ferry company to attend the panel meeting on 3 May. |
| 3 | Quay sensors | Sensor data paper | Tom de Wit | The sensors on the quays report the water level every ten minutes. |
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenland-harbour-data-panel-actions.md": REPORT}) as c:
        yield c


def test_the_sentence_listing_them_answers(client):
    body = ask(client, "Which tender representatives did the panel invite to attend its meeting of 3 May to discuss "
                       "open harbour data in the tender process?")
    assert not body["abstained"], body["answer"]
    for name in ("Piet Smit", "Anna Bakker", "Joris Kok"):
        assert name in body["answer"], body["answer"]
    assert "3 May" in body["citations"][0]["quote"], body["citations"]


def test_a_caption_alone_is_still_no_list(client):
    # no sentence near it lists anything: the caption does not answer
    body = ask(client, "Which sensor data papers were discussed by the harbour data panel?")
    assert "Sensor data paper" not in body["answer"], body["answer"]
