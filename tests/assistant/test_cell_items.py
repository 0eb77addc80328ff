"""A table cell that lists items ("• Law 12 on fishing • Law 20 on hunting") offers each item
as a sentence of its own, as a bulleted list in prose does: a question about one item is
answered with that item, not the whole cell. A long row indexed in parts is read once."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

LAWS = ["Loi n° 2016-03 du 4 mars 2016 portant code forestier de la Varlande",
        "Loi n° 2019-11 du 2 juillet 2019 relative à la pêche continentale",
        "Loi n° 2021-07 du 3 mai 2021 portant code de la chasse en Varlande",
        "Loi n° 2022-15 du 9 juin 2022 portant code de l'eau"]

AIMS = ("Protéger les forêts classées et les zones humides contre le défrichement, restaurer les terres dégradées "
        "des bassins versants, associer les communautés riveraines à la gestion des aires protégées, développer "
        "l'agroforesterie dans les zones de savane, lutter contre les feux de brousse tardifs, suivre l'état des "
        "peuplements forestiers par des inventaires réguliers, former les agents des eaux et forêts aux techniques "
        "de surveillance, et soutenir les filières de bois énergie durables dans toutes les régions du pays") * 2

PLAN = f"""<html><head><title>Plan national d'adaptation de la Varlande</title></head><body>
<h1>Plan national d'adaptation de la Varlande</h1>
<h2>Cadre juridique</h2>
<p>Le tableau suivant donne les lois de chaque secteur et les institutions qui en sont responsables.</p>
<table>
<tr><th>Secteur</th><th>Objectifs</th><th>Lois</th><th>Institution responsable</th></tr>
<tr><td>Forêts et faune</td><td>{AIMS}</td><td>{"<br>".join("• " + law for law in LAWS)}</td>
<td>Ministère des Forêts</td></tr>
<tr><td>Énergie</td><td>Assurer l'accès de tous à l'électricité</td>
<td>• Loi n° 2020-05 du 1er avril 2020 portant code de l'électricité</td><td>Ministère de l'Énergie</td></tr>
</table>
<h2>Mise en œuvre</h2>
<p>Le comité national suit la mise en œuvre du plan chaque année.</p>
</body></html>"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"pna-varlande.html": PLAN}) as c:
        yield c


def test_one_item_of_a_cell_answers(client):
    body = ask(client, "Par quelle loi le code de la chasse de la Varlande a-t-il été établi ?")
    assert "2021-07" in body["answer"], body["answer"]
    assert "2016-03" not in body["answer"] and "2022-15" not in body["answer"], body["answer"]
    assert body["citations"][0]["quote"].strip("• ").startswith("Loi n° 2021-07"), body["citations"]


def test_a_row_indexed_in_parts_is_read_once(client):
    from assistant.answering.evidence import passages
    from assistant.retrieval import Hit

    snapshot = client.app.state.service.index.snapshot
    parts = [c for c in snapshot.chunks.values() if c.kind == "row" and c.commitment.action == "Forêts et faune"]
    assert len(parts) >= 2  # the long row is indexed in parts
    [passage] = passages([Hit(c, 1.0) for c in parts])
    laws = [s.text for s in passage.sentences if s.label == "Lois"]
    assert laws == LAWS
