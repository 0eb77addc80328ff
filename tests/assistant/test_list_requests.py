"""A request after a question that only asks for the answer's form ("… ? Som de punten op.",
"… ? List them.") names no kind of thing: the list the question itself asks about is found
("Wat voor havenbeleid wil Norland?" over "De regering wil een havenbeleid dat: 1 … 2 …")."""

from __future__ import annotations

import pytest

from assistant.answering.base import kind_asked
from assistant.question import analyse
from plans.vocabulary.questions import without_request
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

LINES = [
    "**Havenplan Norland 2027-2031",
    "",
    "**Havens en Europa",
    "",
    "De regering zal voor de belangrijkste havendossiers",
    "gedragen standpunten uitwerken die de onderhandelaars",
    "houvast bieden.",
    "",
    "De regering wil een havenbeleid dat:",
    "",
    "1 Voluit inzet op werk, veiligheid en innovatie",
    "in de havens",
    "",
    "2 De binnenvaart versterkt en de kaaien van",
    "Varhaven vernieuwt",
    "",
    "3 De kust beschermt tegen stormen en",
    "zeespiegelstijging",
    "",
    "4 Sociale dumping op de kaaien weert en zich verzet",
    "tegen deloyale concurrentie.",
    "",
    "5 Meer gewicht heeft in de Europese havenraad.",
    "",
    "Voor Norland vormen samenwerking en openheid de",
    "basis van het havenbeleid.",
    "",
    "**Financiering",
    "",
    "De regering trekt jaarlijks 40 miljoen euro uit voor",
    "de havens van Norland.",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"havenplan-norland.pdf": LINES}) as c:
        yield c


def test_the_list_asked_before_a_request_for_its_points(client):
    body = ask(client, "Wat voor havenbeleid wil de regering volgens het Norlandse havenplan? Som de punten op.")
    assert not body["abstained"], body["answer"]
    for item in ("Voluit inzet op werk", "De binnenvaart versterkt", "De kust beschermt", "Sociale dumping",
                 "Meer gewicht"):
        assert item in body["answer"], body["answer"]


@pytest.mark.parametrize("question, lang, head", [
    ("Wat voor havenbeleid wil Norland? Som de punten op.", "nl", "Wat voor havenbeleid wil Norland?"),
    ("What does the plan want for the harbours? List them.", "en", "What does the plan want for the harbours?"),
    ("Que veut le plan pour les ports ? Énumérez les points.", "fr", "Que veut le plan pour les ports ?"),
    ("Wat wil Norland? Hoe lang duurt het?", "nl", "Wat wil Norland? Hoe lang duurt het?"),  # a question, no request
])
def test_a_request_for_a_list_is_told_apart(question, lang, head):
    assert without_request(question, lang) == head


def test_a_request_names_no_kind():
    assert kind_asked(analyse("Wat voor havenbeleid wil Norland? Som de punten op.")) == []
    assert kind_asked(analyse("Welke havens vernieuwt het plan? Som ze op.")) == ["havens"]
