"""Words the grounding check of a language model's sentences needs, per language.

NEGATIONS: words that turn a statement around (a sentence and the span that supports it must
agree on them). NUMBER_WORDS: numbers a passage may spell out, from two to twelve (index + 2 =
value; "one" is left out: "un" and "een" are also articles), so that a sentence may write them
as digits.
"""

from __future__ import annotations

NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("not no never none nor without cannot n't".split()),
    "fr": frozenset("ne n' pas jamais aucun aucune sans non ni".split()),
    "nl": frozenset("niet geen nooit zonder noch".split()),
}
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "en": tuple("two three four five six seven eight nine ten eleven twelve".split()),
    "fr": tuple("deux trois quatre cinq six sept huit neuf dix onze douze".split()),
    "nl": tuple("twee drie vier vijf zes zeven acht negen tien elf twaalf".split()),
}
