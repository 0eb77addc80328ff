"""A number in thousands is one token however its language groups the digits ("10,000" in
English, "10.000" in Dutch, "10 000" in French), so a question's figure meets the plan's;
ids and decimals keep their dots."""

from __future__ import annotations

import pytest

from plans.index.lexical import words
from plans.text import in_digits


@pytest.mark.parametrize("written", ["12,000 hectares", "12.000 hectares", "12 000 hectares", "12\u00a0000 hectares"])
def test_a_number_in_thousands_is_read_alike(written):
    assert words(written) == ["12000", "hectares"]


def test_millions_are_read_alike():
    assert in_digits("1.574.502 views") == in_digits("1,574,502 views") == "1574502 views"


@pytest.mark.parametrize("text, tokens", [
    ("line 3.2.1 and 17.b", ["line", "3.2.1", "and", "17.b"]),  # ids stay whole
    ("a rate of 3.5 in 2019 2020", ["rate", "of", "3.5", "in", "2019", "2020"]),  # years are no groups of 3
    ("12.5000 units", ["12.5000", "units"]),  # four digits after the dot: no thousands
])
def test_ids_decimals_and_years_keep_their_form(text, tokens):
    assert words(text) == tokens
