"""The assistant's frames in French elide "de" before a vowel, as French is written."""

from plans.vocabulary.messages import say


def test_french_elides_de_before_a_vowel():
    assert say("row_gives_no", "fr", what="indicateur") == "La ligne ne donne pas d'indicateur."
    assert say("row_lacks", "fr", label="L", document="D", what="échéance").endswith("pas d'échéance : je ne peux pas le dire.")


def test_french_keeps_de_before_a_consonant_and_other_languages_are_untouched():
    assert say("row_gives_no", "fr", what="budget") == "La ligne ne donne pas de budget."
    assert say("row_gives_no", "en", what="indicator") == "The row gives no indicator."


def test_every_frame_is_in_every_language_with_the_same_blanks():
    import string

    from plans.vocabulary.messages import MESSAGES

    def blanks(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, table in MESSAGES.items():
        assert set(table) == {"en", "fr", "nl"}, key
        assert len({frozenset(blanks(t)) for t in table.values()}) == 1, key
    for lang in ("fr", "nl"):  # a frame copied from English and never translated
        same = [k for k, t in MESSAGES.items() if t[lang] == t["en"]]
        assert len(same) < len(MESSAGES) // 8, (lang, same)
