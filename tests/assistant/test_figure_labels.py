"""The numbers that label a part of a document ("figures 9 and 10", "Table 2", "hoofdstuk 3")
are no figures a question asks for: "by how much did the minimum temperatures rise?" is not
answered by the sentence that says which figures show them. Through the HTTP API, and on
the fact check itself."""

from __future__ import annotations

import pytest

from assistant.answering.entities import mentions
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Norland climate adaptation plan

## Temperatures

Figures 4 and 5 show the change of the yearly minimum and maximum temperatures in Norland over the period 1970 to 2019, for every weather station of the country.
The data of the weather service come from twelve stations on the coast and in the hills.
Over that period the maximum temperatures rose by about 1 °C and the minimum temperatures by about 2 °C.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"norland-climate-adaptation.md": PLAN}) as c:
        yield c


def test_the_change_not_the_figures_that_show_it(client):
    body = ask(client, "By how much did the minimum temperatures in Norland rise over the period 1970 to 2019?")
    assert not body["abstained"], body["answer"]
    assert "2 °C" in body["answer"], body["answer"]


@pytest.mark.parametrize("kind, text, held", [
    ("change", "Figures 4 and 5 show the change of the temperatures over 1970 to 2019.", False),
    ("change", "Les figures 9 et 10 présentent les variations des températures.", False),
    ("number", "Tabel 3 geeft de havens van de provincie.", False),
    ("change", "The minimum temperatures rose by about 2 °C.", True),
    ("number", "See Table 3 for the 12 harbours of the province.", True),
])
def test_a_label_s_number_is_no_figure(kind, text, held):
    assert mentions(kind, text, "", None, "en") is held
