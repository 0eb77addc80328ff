"""A table whose headers are the terms and whose cells say what each is: "what is X?" is
answered by the cell under the header X, though the cell never writes X."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """<html><head><title>Verkenning veerdiensten Havenland</title></head><body>
<h1>Verkenning veerdiensten Havenland</h1>
<h2>Soorten veerdiensten</h2>
<p>Er zijn drie soorten veerdiensten op de rivieren van Havenland.</p>
<table>
<tr><th>vaste lijn</th><th>hub-and-spoke</th><th>vrij varen</th></tr>
<tr><td>De boot vaart heen en weer tussen twee vaste steigers. Voorbeeld: het pontje bij Zeestad.</td>
<td>Alle boten vertrekken vanuit één centrale haven naar kleinere steigers langs de oever. Voorbeeld: Rivierbus.</td>
<td>De boot legt aan bij elke steiger waar een reiziger op wacht. Voorbeeld: Watertaxi Havenland.</td></tr>
</table>
<h2>Kosten</h2>
<p>Een vaste lijn kost de gemeente het minst per reiziger.</p>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"verkenning-veerdiensten.html": PLAN}) as c:
        yield c


def test_the_cell_under_the_term_says_what_it_is(client):
    body = ask(client, "Wat is een 'hub-and-spoke'-veerdienst volgens de verkenning?")
    assert "centrale haven" in body["answer"], body["answer"]
    assert "twee vaste steigers" not in body["answer"], body["answer"]
