"""Units of measure written as symbols after a number ("12 000 ha", "45 km"), with the nouns
that name them in English, French and Dutch: "how many hectares?" is answered by a figure in
"ha"."""

from __future__ import annotations

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
