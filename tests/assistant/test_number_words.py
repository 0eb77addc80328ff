"""A number written out counts as one only in its own language: Dutch "ten eerste" (firstly)
holds no ten, so a sentence with it does not answer "how much?"."""

from __future__ import annotations

from assistant.answering.entities import mentions


def test_a_number_written_out_counts_in_its_own_language():
    assert not mentions("number", "Ten eerste: met een subsidie van de overheid.", "", ["subsidie"], "nl")
    assert mentions("number", "Er zijn tien subsidies.", "", ["subsidie"], "nl")
    assert mentions("number", "There are ten grants.", "", ["grant"], "en")
    assert mentions("number", "Il y a douze secteurs.", "", ["secteur"], "fr")


def test_without_a_language_every_spelled_number_counts():
    assert mentions("number", "Ten grants are given.", "", ["grant"])
