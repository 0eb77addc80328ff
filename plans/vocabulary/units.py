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
}
