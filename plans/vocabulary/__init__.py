"""Vocabulary as data: small tables of words per language (en, fr, nl), one per concern,
and the two helpers that turn a table into words and patterns."""

from __future__ import annotations

import re


def union(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every word of the table in every language, longest first (so alternatives match whole)."""
    return tuple(sorted({w for words in table.values() for w in words}, key=len, reverse=True))


def alternation(words: dict[str, tuple[str, ...]] | tuple[str, ...]) -> str:
    """A regex group matching any of the words (a table's, in every language), longest first;
    a space inside an entry matches any run of whitespace."""
    if isinstance(words, dict):
        words = union(words)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
