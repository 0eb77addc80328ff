"""A part the question numbers by its kind ("kans 3", "aanbeveling 2", "recommendation 2"), in
plans written here that number their parts in the text, not in an action table: a numbered
section under a heading naming the kind (its heading and first sentence), a section headed
with the kind and its number, or a numbered list item under such a heading (all its lines).
A number the plan does not give still gets the plain "no such part" abstention. (A section headed
with the kind and its number in English was answered from its passages before this too.)"""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

CHANCES = """# Vier kansen voor mobiliteit in Westerland

De provincie Westerland beschrijft vier kansen voor de mobiliteit van morgen in Westerland.

## Vier kansen

### 1. Bereikbaarheid door nabijheid

Wonen en werken dicht bij voorzieningen maakt veel bestemmingen in Westerland bereikbaar zonder auto.

### 2. Voorrang voor lopen en fietsen

Brede fietspaden en veilige oversteekplaatsen maken korte ritten in Westerland aantrekkelijk.

### 3. Slim onderhoud van bruggen

Oude bruggen worden hersteld met gerecyclede materialen. Zo gaan ze langer mee.

### 4. Ruim baan voor de streekbus

Vrije busbanen maken de streekbus in Westerland sneller dan de auto in de spits.
"""

STUDY = """# Snelstudie deelfietsen in Westerland

## 1. Inleiding

Deze snelstudie bekijkt hoe deelfietsen de bus in Westerland aanvullen.

## 2. Aanbevelingen

Deze snelstudie wijst uit dat de provincie verschillende acties kan ondernemen. We bevelen aan:

1. Kansrijke plekken voor deelfietsen te inventariseren samen met de gemeenten.
2. Onderzoeken waar deelfietsen kunnen helpen bij het vernieuwen van het busnetwerk
binnen het vervoerplan, bijvoorbeeld bij haltes ver van werk en school.
3. In busconcessies sturen op het aanbieden van deelfietsen bij de haltes.
"""

REVIEW = """# Harbour review of Norland

## Findings

The review visited the four harbours of Norland in 2024.

## Recommendation 1: Dredge the northern channel

The port authority should dredge the northern channel before the winter storms.

## Recommendation 2: Publish berth data

Berth occupancy should be published every week as open data by the harbour master.
"""

# a numbered list written as bullets ("- 2. …"), as a converted web page or Word list gives it
SEMINAR = """# Havenland quay seminar

## RECOMMENDATIONS for closer work between the quays and the fleet

- 1. Share the berth plans: the quay masters should send their berth plans to the fleet every month.
- 2. Pool the tugboats: Havenland's quays and the Tug Cooperative should share one tugboat pool, with the
  Coast Guard and the Pilot Service as partners.
- 3. Train together: quay staff and crews should train together twice a year.
- 4. Open up the berth data: the quays should publish the berths they have free, hour by hour, so that the
  fleet can plan its calls before it leaves port and the towns can see how busy their quays are. Much of this
  data is kept today on paper or in spreadsheets that nobody outside the quay office can read, and the
  formats differ from one quay to the next, which makes it hard to compare them. One format for all the
  quays would end this. The Harbour Data Office should host the shared register of berths.
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"vier-kansen-westerland.md": CHANCES, "snelstudie-deelfietsen-westerland.md": STUDY,
             "norland-harbour-review.md": REVIEW, "havenland-quay-seminar.md": SEMINAR}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_numbered_section_under_a_heading_naming_the_kind(client):
    body = ask(client, "Waar gaat kans 3 van de Vier kansen voor mobiliteit over?")
    assert not body["abstained"], body["answer"]
    assert "Slim onderhoud van bruggen" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"].startswith("Oude bruggen"), body["citations"]


def test_a_numbered_item_of_a_list_under_the_kind_with_all_its_lines(client):
    body = ask(client, "Wat staat er in aanbeveling 2 uit de snelstudie over deelfietsen?")
    assert not body["abstained"], body["answer"]
    assert "busnetwerk" in body["answer"] and "vervoerplan" in body["answer"], body["answer"]
    assert "Kansrijke plekken" not in body["answer"], body["answer"]
    assert "vervoerplan" in body["citations"][0]["quote"], body["citations"]


def test_a_section_headed_with_the_kind_and_its_number(client):
    body = ask(client, "Who should publish the berth data under recommendation 2 of Norland's harbour review?")
    assert not body["abstained"], body["answer"]
    assert "harbour master" in body["answer"], body["answer"]


def test_a_number_the_plan_does_not_give(client):
    body = ask(client, "Wat staat er in aanbeveling 7 uit de snelstudie over deelfietsen?")
    assert body["abstained"], body["answer"]


def test_a_part_that_does_not_say_what_is_asked_of_it(client):
    body = ask(client, "Which harbour does recommendation 1 of Norland's harbour review say the fishing fleet uses?")
    assert "Dredge the northern channel" not in body["answer"], body["answer"]
    body = ask(client, "Welke gemeente betaalt kans 3 van de Vier kansen voor mobiliteit?")
    assert "Slim onderhoud" not in body["answer"], body["answer"]


def test_the_kind_named_in_another_language(client):
    body = ask(client, "What does recommendation 3 of the Westerland bike-sharing study say?")
    assert not body["abstained"], body["answer"]
    assert "busconcessies" in body["answer"], body["answer"]


def test_a_numbered_item_of_a_bulleted_list(client):
    body = ask(client, "Which partners does recommendation 2 of the Havenland quay seminar name?")
    assert not body["abstained"], body["answer"]
    assert "Coast Guard" in body["answer"] and "Pilot Service" in body["answer"], body["answer"]
    assert "berth plans" not in body["answer"], body["answer"]


def test_a_long_item_is_answered_by_its_title_and_the_sentence_asked(client):
    body = ask(client, "Which office should keep the shared register under recommendation 4 of the Havenland "
                       "quay seminar?")
    assert not body["abstained"], body["answer"]
    assert body["answer"].startswith("4. Open up the berth data"), body["answer"]
    assert "Harbour Data Office" in body["answer"] and "spreadsheets" not in body["answer"], body["answer"]
    assert len(body["citations"]) == 2, body["citations"]
