"""Units of measure written as symbols after a number ("12 000 ha", "45 km"), with the nouns
that name them in English, French and Dutch: "how many hectares?" is answered by a figure in
"ha"."""

from __future__ import annotations

import re
from functools import lru_cache

# Words that name a part of a document by its number ("figures 9 et 10", "Table 2",
# "hoofdstuk 3"): the numbers after them are labels, not the figures a question asks for.
REFERENCE_NOUNS: tuple[str, ...] = (
    "figure", "figures", "fig.", "table", "tables", "chart", "graph", "chapter", "section", "annex", "page", "pages",
    "tableau", "tableaux", "graphique", "graphiques", "chapitre", "annexe",
    "figuur", "figuren", "tabel", "tabellen", "grafiek", "hoofdstuk", "bijlage", "pagina",
)

# The words that say in what form a figure is asked for ("how many million euros …?",
# "combien de milliards de FCFA …?", "hoeveel procent …?"), per answer type: they say what is
# asked, not what the question is about.
FORM_WORDS: dict[str, tuple[str, ...]] = {
    "amount": ("euro", "euros", "eur", "dollar", "dollars", "usd", "pound", "pounds", "franc", "francs", "fcfa", "cfa",
               "ariary", "thousand", "thousands", "million", "millions", "billion", "billions", "mille", "milliers",
               "milliard", "milliards", "duizend", "miljoen", "miljoenen", "miljard", "miljarden"),
    "number": ("thousand", "thousands", "million", "millions", "billion", "billions", "mille", "milliers",
               "milliard", "milliards", "duizend", "duizenden", "miljoen", "miljoenen", "miljard", "miljarden"),
    "percent": ("percent", "percentage", "pourcent", "pourcentage", "procent", "rate", "rates", "share", "taux",
                "aandeel"),
}

UNIT_SYMBOLS: dict[str, tuple[str, ...]] = {
    "ha": ("hectare", "hectares", "hectaren"),
    "km": ("kilometre", "kilometres", "kilometer", "kilometers", "kilomètre", "kilomètres"),
    "km²": ("kilometre", "kilometres", "kilometer", "kilomètre", "kilomètres"),  # "square kilometres": by its noun
    "m": ("metre", "metres", "meter", "meters", "mètre", "mètres"),
    "kg": ("kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "t": ("tonne", "tonnes", "ton", "tons"),
    "l": ("litre", "litres", "liter", "liters"),
    "mm": ("millimetre", "millimetres", "millimeter", "millimètre", "millimètres"),
    "mw": ("megawatt", "megawatts", "mégawatt", "mégawatts"),
    "gw": ("gigawatt", "gigawatts"),
    "c": ("degree", "degrees", "celsius", "degré", "degrés", "graad", "graden"),  # "28 °C"
}

# What a measure is given in: the nouns that name it (English, French, Dutch; a Dutch compound
# names it by its end, "maximumsnelheid") and the symbols of its units. "Which speed …?" is
# answered by a figure in km/h, not by any number near the question's words.
MEASURES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("speed", "vitesse", "snelheid"), ("km",)),
    (("length", "distance", "longueur", "lengte", "afstand"), ("km", "m")),
    (("height", "depth", "altitude", "elevation", "hauteur", "profondeur", "hoogte", "diepte"), ("m", "km")),
    (("area", "superficie", "oppervlakte"), ("ha", "km²")),
    (("weight", "poids", "gewicht"), ("kg", "t")),
    (("temperature", "température", "temperatuur"), ("c",)),
)
# "Between which values does X lie?": the nouns of a range, whose measure the question names
# further on.
RANGE_NOUNS = ("values", "figures", "levels", "range", "valeurs", "chiffres", "niveaux", "fourchette", "waarden",
               "cijfers", "niveaus")

# Words that make a number a cap ("how many may a provider put out at most?", "au maximum",
# "maximaal"): a count of what there is answers another question.
LIMITS: dict[str, tuple[str, ...]] = {
    "en": ("at most", "maximum", "max", "no more than", "limit", "limits", "cap", "capped", "exceed", "ceiling"),
    "fr": ("au maximum", "maximum", "maximale", "maximal", "au plus", "plafond", "plafonné", "limite", "dépasser"),
    "nl": ("maximaal", "maximum", "hoogstens", "ten hoogste", "plafond", "limiet", "overschrijden"),
}


def writes_limit(text: str, lang: str | None = None) -> bool:
    """Does `text` write a word that makes a number a cap (`LIMITS`, of `lang` or of any)?"""
    return bool(_limit_pattern(lang if lang in LIMITS else None).search(" ".join(text.lower().split())))


@lru_cache(maxsize=None)
def _limit_pattern(lang: str | None) -> re.Pattern[str]:
    words = LIMITS[lang] if lang is not None else tuple(w for t in LIMITS.values() for w in t)
    # (a long word may open a compound: "maximumsnelheid")
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}" + ("" if len(w) >= 6 else r"(?!\w)") for w in words))
