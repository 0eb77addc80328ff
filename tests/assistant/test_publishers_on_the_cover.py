""""Qui est l'éditeur du plan ?", "who published the plan?" of a plan that states no "published by"
(its "Financé et publié par :" over logos only) and prints no imprint: the body its cover
names ("Ministère de la Mer et des Côtes"), or the author of its suggested citation without
the title the citation writes after it, or the publisher the citation's imprint names
("Zeestad: Harbour Foundation, 2031"). Through the HTTP API over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

VARLANDE = ["**Plan d'adaptation de la Varlande", "", "Ministère de la Mer et des Côtes",
            "Direction des Digues (DDG)", "mai 2031", "", "", "Financé et publié par :", "", "", "",
            "**Digues", "", "La Varlande rehausse les digues du littoral nord avant 2034.", "",
            "Les communes entretiennent les dunes chaque hiver."]

OSTRAVIA = ["**Plan des ports d'Ostravie", "", "Décembre 2031", "", "", "Citation",
            "Ministère des Ports (MDP): Plan des ports d'Ostravie. Port-Neuf, Ostravie.", "", "",
            "**Quais", "", "Les quais du port nord sont rehaussés avant 2035."]


WESTERLAND = ["**Westerland quay report 2031", "", "Author", "Piet Smal", "", "",
              "The report looks at the state of the quays of Westerland after the winter storms.", "",
              "Please cite as follows:", "Piet Smal, Westerland Quay Report 2031. Zeestad: Harbour Foundation, 2031.",
              "", "", "**Quays", "", "The northern quays need new fenders before 2033."]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-adaptation-varlande.pdf": VARLANDE,
                                                     "plan-ports-ostravie.pdf": OSTRAVIA,
                                                     "westerland-quay-report.pdf": WESTERLAND}) as c:
        yield c


@pytest.mark.parametrize("question", [
    "Qui a édité le plan d'adaptation de la Varlande ?",
    "Who published the Varlande adaptation plan?",
])
def test_the_body_the_cover_names(client, question):
    body = ask(client, question)
    assert not body["abstained"], body["answer"]
    assert "Ministère de la Mer et des Côtes" in body["answer"], body["answer"]


def test_the_author_of_the_suggested_citation(client):
    body = ask(client, "Qui est l'éditeur du plan des ports d'Ostravie ?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "Ministère des Ports (MDP)", body["citations"]


def test_the_publisher_of_the_suggested_citation_s_imprint(client):
    body = ask(client, "Which organisation published the Westerland quay report?")
    assert not body["abstained"], body["answer"]
    assert "Harbour Foundation" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] == "Zeestad: Harbour Foundation, 2031", body["citations"]
