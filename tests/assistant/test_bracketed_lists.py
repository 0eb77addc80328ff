"""A list the plan gives in brackets right after the kind of thing it lists ("our four
research centres (Alphalab, Betalab, …)") answers "which research centres does the plan
name?", though many other passages mention research centres and the search ranks them
first. An aside in brackets ("(see annex 2)", "(2019)") is no list. Through the HTTP API
over a plan written here, and the list test on its own."""

from __future__ import annotations

import pytest

from assistant.answering.bracketed import _names
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

TOPICS = ["harbours", "railways", "schools", "hospitals", "forests", "rivers", "farms", "museums", "bridges",
          "prisons", "libraries", "airports", "dunes", "canals", "parks", "roads"]
SECTIONS = "\n".join(
    f"## Research on {t}\n\nThe research centres of Norland study the {t} of the north. Research centres share "
    f"their data on {t} with the provinces, and the research centres report on {t} every year.\n"
    for t in TOPICS)
AGREEMENT = f"""# Norland coalition agreement

{SECTIONS}
## Funding of science

We continue on the path we have taken and look into a lasting funding model for our four strategic
research centres (Alphalab, Betalab, Gammalab, Delta Works) to secure their growth, among other things
through access to the Norland Future Fund. We also ask them to link research with the economy and
society of Norland more closely, and we review the tax credit for young innovative companies.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-coalition-agreement.md": AGREEMENT}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Which research centres does the Norland coalition agreement name?",
    "What research centres are named in the Norland coalition agreement?",
])
def test_the_list_in_brackets_after_the_kind(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Alphalab" in body["answer"] and "Delta Works" in body["answer"], body["answer"]


@pytest.mark.parametrize("inside, listed", [
    ("IMEC, VIB, VITO, Flanders Make", True),
    ("le Mali, le Niger et le Tchad", True),
    ("Alphalab and Betalab", True),
    ("see annex 2", False),
    ("2019", False),
    ("which the agency runs, and the ports", False),
])
def test_only_names_in_brackets_are_a_list(inside, listed):
    assert _names(inside) is listed
