"""A fact asked of a numbered thing ("when was resolution 41 adopted?") is not taken from a
sentence that names that thing but says the question's verb of another one ("… resolutions
41 and 57 by adopting resolution 63"): the fact is that other thing's (generated plan, HTTP)."""

from __future__ import annotations

import pytest

from assistant.answering.items import said_of_another
from assistant.question import analyse
from tests.conftest import UNRELATED_PLAN, serving_files
from tests.conftest import ask_http as ask

PLAN = """# Harbourland plan on coastal safety 2021-2025

## Resolutions of the Harbour Assembly

On 4 March 2015, the Harbour Assembly unanimously adopted a first resolution on coastal safety. Resolution 41
focuses mainly on storm warnings for the fishing fleet.
Resolution 57, which was unanimously adopted by the Harbour Assembly on 2 May 2018, extends resolution 41 to the
islands.
On 9 October 2020, the Harbour Assembly recalled the application of resolutions 41 and 57 by unanimously adopting
resolution 63.

## Measures

The coastguard will double its patrols during the storm season.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"harbourland-coastal-safety.md": PLAN,
                                                    "norland-energy.md": UNRELATED_PLAN}) as c:
        yield c


@pytest.mark.parametrize("question, date, others", [
    ("When was resolution 41 adopted?", "4 March 2015", ("9 October 2020", "2 May 2018")),
    ("When was resolution 57 adopted?", "2 May 2018", ("9 October 2020", "4 March 2015")),
])
def test_the_date_of_the_thing_asked_not_of_another(client, question, date, others):
    body = ask(client, question)
    assert date in body["answer"], body["answer"]
    assert not any(o in body["answer"] for o in others), body["answer"]


@pytest.mark.parametrize("text, another", [
    ("The Assembly recalled resolutions 41 and 57 by adopting resolution 63 on 9 October 2020.", True),
    ("Resolution 57, adopted on 2 May 2018, extends resolution 41.", True),
    ("Resolution 41 was adopted on 4 March 2015, three years before resolution 57.", False),
    ("On 4 March 2015 the Assembly adopted a first resolution.", False),  # names no numbered thing
    ("In June 2019, 41 members adopted the text.", False),  # "June 2019" and "members" are no resolution
])
def test_the_verb_said_of_another_numbered_thing(text, another):
    assert said_of_another(analyse("When was resolution 41 adopted?"), text, "en") is another
