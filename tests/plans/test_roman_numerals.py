"""Roman numerals as plans write centuries and chapters ("XXIe siècle", "xxième", "XIX"):
their value, and no value for words that only look like one letter of them."""

from __future__ import annotations

import pytest

from plans.text import roman_numeral


@pytest.mark.parametrize("word, value", [
    ("XXI", 21), ("xxi", 21), ("XXIe", 21), ("XXIème", 21), ("xxème", 20), ("XIX", 19), ("IV", 4),
    ("MCMXC", 1990), ("IIIe", 3),
])
def test_the_value_of_a_roman_numeral(word, value):
    assert roman_numeral(word) == value


@pytest.mark.parametrize("word", ["I", "X", "civil", "did", "the", "IIII", "VX", "21"])
def test_words_that_are_no_roman_numeral(word):
    assert roman_numeral(word) is None
