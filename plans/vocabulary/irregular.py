"""The irregular verb forms of English that policy plans and questions write in another tense
than each other ("who led the review?" of "the review was led by …" is alike, but "who
should lead it?" of "… led from the highest level" is not, for a stemmer): each form and the
verb it is a form of, read as that verb when a word is stemmed in English. Forms that are
also common words of another kind ("found", "left", "rose", "saw", "lay") are left out.
"""

from __future__ import annotations

_VERBS: dict[str, tuple[str, ...]] = {
    "lead": ("led",),
    "meet": ("met",),
    "hold": ("held",),
    "take": ("took", "taken"),
    "undertake": ("undertook", "undertaken"),
    "give": ("gave", "given"),
    "make": ("made",),
    "bring": ("brought",),
    "build": ("built",),
    "keep": ("kept",),
    "send": ("sent",),
    "spend": ("spent",),
    "pay": ("paid",),
    "buy": ("bought",),
    "sell": ("sold",),
    "tell": ("told",),
    "choose": ("chose", "chosen"),
    "draw": ("drew", "drawn"),
    "begin": ("began", "begun"),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "grow": ("grew", "grown"),
    "know": ("knew", "known"),
    "fall": ("fell", "fallen"),
    "drive": ("drove", "driven"),
    "withdraw": ("withdrew", "withdrawn"),
    "oversee": ("oversaw", "overseen"),
    "become": ("became",),
    "win": ("won",),
    "lose": ("lost",),
    "seek": ("sought",),
    "teach": ("taught",),
    "think": ("thought",),
}

IRREGULAR_EN: dict[str, str] = {form: verb for verb, forms in _VERBS.items() for form in forms}
