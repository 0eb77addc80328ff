"""A number written out counts as one only in its own language: Dutch "ten eerste" (firstly)
holds no ten, so a sentence with it does not answer "how much?". A count asked in a unit
("hoeveel hectare extra bos") counts the unit, not the adjective after it."""

from __future__ import annotations

from assistant.answering.entities import mentions


def test_a_number_written_out_counts_in_its_own_language():
    assert not mentions("number", "Ten eerste: met een subsidie van de overheid.", "", ["subsidie"], "nl")
    assert mentions("number", "Er zijn tien subsidies.", "", ["subsidie"], "nl")
    assert mentions("number", "There are ten grants.", "", ["grant"], "en")
    assert mentions("number", "Il y a douze secteurs.", "", ["secteur"], "fr")


def test_tens_and_hundreds_written_out_count_in_each_language():
    assert mentions("number", "Varlande creuse quarante puits de village.", "", ["puit"], "fr")
    assert mentions("number", "Havenland bouwt veertig bruggen.", "", ["brug"], "nl")
    assert mentions("number", "Norland drills forty wells.", "", ["well"], "en")
    assert mentions("number", "Trois cents agents sont formés.", "", ["agent"], "fr")
    # a count word of another language is no count ("cent" in English is no hundred)
    assert not mentions("number", "Prices rose by a cent per unit.", "", ["unit"], "en")


def test_without_a_language_every_spelled_number_counts():
    assert mentions("number", "Ten grants are given.", "", ["grant"])


def test_a_count_in_a_unit_counts_the_unit():
    from assistant.question import analyse
    from plans.index.lexical import stem

    q = analyse("Hoeveel hectare extra bos moet er volgens het natuurplan tegen 2030 bijkomen?")
    assert q.expects == "number" and q.counted == [stem("hectare", "nl")]
    assert mentions("number", "Tegen 2030 moet er 10.000 hectare bos bijkomen.", q.text, q.counted, "nl")
    assert analyse("How many hectares of new forest will be planted by 2030?").counted == [stem("hectares", "en")]
