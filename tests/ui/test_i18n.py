"""ui.i18n: every message in English, French and Dutch with the same blanks to fill, counts in
the singular and plural, the browser's language from its locale or its Accept-Language
header, and the API out of reach said in the user's language."""

from __future__ import annotations

import string

import pytest

from tests.conftest import free_port
from ui.client import ApiError, PlansClient
from ui.i18n import (COUNTS, EXAMPLES, LANGUAGES, MESSAGES, ROLES, accepted, browser_language, count, error_text,
                     examples, role_name, text)


def blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_is_in_every_language_with_the_same_blanks():
    for key, table in MESSAGES.items():
        assert set(table) == set(LANGUAGES), key
        assert all(table[lang].strip() for lang in LANGUAGES), key
        assert len({frozenset(blanks(table[lang])) for lang in LANGUAGES}) == 1, key
    for key, table in COUNTS.items():
        assert set(table) == set(LANGUAGES), key
        assert len({frozenset(blanks(t)) for lang in LANGUAGES for t in table[lang]}) == 1, key
    for role, table in ROLES.items():
        assert set(table) == set(LANGUAGES), role
    assert set(EXAMPLES) == set(LANGUAGES) and len({len(q) for q in EXAMPLES.values()}) == 1


def test_the_languages_differ_where_the_words_do():
    """A table copied from English and never translated would pass the check above."""
    for lang in ("fr", "nl"):
        same = [k for k, t in MESSAGES.items() if t[lang] == t["en"]]
        assert len(same) < len(MESSAGES) // 4, (lang, same)
        assert not set(examples(lang)) & set(examples("en"))
    assert examples("fr")[0].endswith(" ?") and examples("nl")[0].endswith("?")


def test_messages_fill_their_blanks_and_an_unknown_language_is_english():
    assert text("remove_confirm", "fr", document="plan.pdf") == "Retirer plan.pdf de l'index ?"
    assert text("remove_confirm", "de", document="plan.pdf") == "Remove plan.pdf from the index?"
    assert examples("de") == examples("en")
    assert role_name("lead", "nl") == "trekker" and role_name("a new role", "fr") == "a new role"


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("en", 0, "0 plans"), ("en", 1, "1 plan"), ("en", 2, "2 plans"),
    ("fr", 0, "0 plan"), ("fr", 1, "1 plan"), ("fr", 2, "2 plans"),
    ("nl", 1, "1 plan"), ("nl", 3, "3 plannen"),
])
def test_counts_take_the_singular_or_the_plural(lang, n, expected):
    assert count("plans", n, lang) == expected


def test_counts_fill_their_other_blanks():
    assert count("added", 3, "en", ok=2) == "Added 2 of 3 files"
    assert count("added", 1, "nl", ok=1) == "1 van 1 bestand toegevoegd"


@pytest.mark.parametrize(("locale", "header", "expected"), [
    ("fr-BE", None, "fr"),
    ("nl-BE", "fr-BE,fr;q=0.9", "nl"),  # the locale first
    ("nl", None, "nl"),
    ("en_GB", None, "en"),
    ("FR", None, "fr"),
    ("de-DE", None, "en"),  # none of the three
    (None, None, "en"),
    ("", "", "en"),
    ("de-DE", "de-DE,de;q=0.9,nl;q=0.8,en;q=0.7", "nl"),  # the first of the three it accepts
    (None, "en;q=0.5, fr-CH;q=0.8, *;q=0.1", "fr"),  # by preference, not by position
    (None, "nl;q=0, de", "en"),  # q=0: not acceptable
    (None, "fr;q=abc, nl", "nl"),  # a malformed weight counts as 0
])
def test_the_browser_language(locale, header, expected):
    assert browser_language(locale, header) == expected


def test_accept_language_is_ranked_by_weight_and_keeps_order_on_ties():
    assert accepted("da, en-GB;q=0.8, en;q=0.7, fr;q=0.8") == ["da", "en-GB", "fr", "en"]
    assert accepted("") == [] and accepted(None) == []


def test_the_api_out_of_reach_is_said_in_the_users_language_and_its_own_lines_as_sent():
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ApiError) as caught:
        PlansClient(url).documents()
    assert error_text(caught.value, "en") == str(caught.value)  # the same line as the client's
    french = error_text(caught.value, "fr")
    assert french == f"Impossible de joindre l'API des plans à {url} — `plans serve` est-il lancé ?"
    assert error_text(ApiError("question: blank", 422), "nl") == "question: blank"
