"""A yes-no part that the earlier part's quote already states: "who drew up the plan, and were
the fishing unions consulted on it?" of "The plan was drawn up by X … and submitted to the fishing
unions for consultation." is answered by that quote alone, not by another sentence besides. A
yes-no part whose words the quote does not all write is still asked on its own. Through the
HTTP API."""

from __future__ import annotations

import pytest

from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Kestria fisheries action plan 2031

## How the plan was made

The Kestria fisheries action plan was drawn up by the Ministry of Ports and Fisheries, and submitted to the
fishing unions for consultation. The unions of the northern coast also run training courses for young crews
every winter, paid for by the harbour towns.

## Quotas

The fishing unions are consulted each autumn on the catch quotas of the next year.

## Adoption

The harbour parliament adopted the plan on 12 May 2031.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"kestria-fisheries-action-plan.md": PLAN, "norland-energy.md": UNRELATED_PLAN}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_the_earlier_quote_answers_the_yes_no_part(client):
    body = ask(client, "Who drew up the Kestria fisheries action plan, and were the fishing unions consulted on it?")
    assert not body["abstained"], body["answer"]
    assert "Ministry of Ports and Fisheries" in body["answer"], body["answer"]
    assert "for consultation" in body["answer"], body["answer"]
    assert len(body["citations"]) == 1, body["answer"]
    assert "catch quotas" not in body["answer"], body["answer"]


def test_a_part_the_quote_does_not_state_is_asked(client):
    body = ask(client, "Who drew up the Kestria fisheries action plan, and did the harbour parliament adopt it?")
    assert "12 May 2031" in body["answer"], body["answer"]


QUOTE = ("The Kestria fisheries action plan was drawn up by the Ministry of Ports and Fisheries, and submitted to the "
         "fishing unions for consultation.")


def _quoted(text: str):
    from assistant.models import Answer, Citation

    return Answer(answer=f"{text} [1]", citations=[Citation(id=1, document="plan.md", title="plan", quote=text)])


@pytest.mark.parametrize("part, stated", [
    ("Were the fishing unions consulted on it?", True),
    ("Werden de vissersbonden erover geconsulteerd?", False),  # (words the quote does not write)
    ("Did the harbour parliament adopt it?", False),
    ("Who drew it up?", False),  # (not a yes-no part: the kind of fact asked is looked for otherwise)
])
def test_which_parts_a_quote_states(part, stated):
    from assistant.joined import states

    assert states(_quoted(QUOTE), part) is stated
