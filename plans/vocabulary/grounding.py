"""Words the grounding check of a language model's sentences needs, per language.

NEGATIONS: words that turn a statement around (a sentence and the span that supports it must
agree on them). NUMBER_WORDS: numbers a passage may spell out, from two to twelve (index + 2 =
value; "one" is left out: "un" and "een" are also articles), so that a sentence may write them
as digits. COUNT_WORDS: the other words a count may be written as ("forty wells", "quarante
puits", "veertig putten"), which a question for a number accepts.
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
COUNT_WORDS: dict[str, tuple[str, ...]] = {
    "en": tuple("one thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
                "sixty seventy eighty ninety hundred thousand million dozen".split()),
    "fr": tuple("treize quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million "
                "millions douzaine".split()),
    "nl": tuple("dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig "
                "zestig zeventig tachtig negentig honderd duizend miljoen dozijn".split()),
}
