"""Sentence boundaries with character offsets, tuned for policy documents.

Rule based rather than Punkt: plans are full of "nr. 13", "art. 7.4", "i.a.", "(2018–2020)."
and line ids such as "3.b", which a news-trained model splits in the wrong places.
"""

from __future__ import annotations

import re

from plans.text import trim_span
from plans.vocabulary import alternation
from plans.vocabulary.conversation import ROW_WORDS

_ABBREVIATIONS = {
    "nr", "no", "nos", "art", "arts", "e.g", "i.e", "i.a", "etc", "vs", "mr", "mrs", "ms", "dr",
    "st", "fig", "p", "pp", "cf", "approx", "incl", "resp", "viz", "al", "ibid", "n.d", "vol",
    "ch", "sect", "par", "para", "min", "max", "dept", "govt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.u", "u.n",
}
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets or a glued
# footnote number) when whitespace and an upper-case letter, digit or opening quote follow.
_END = re.compile(r"""[.!?…]+["'”’»)\]]*\d{0,2}(?=\s+[\[("'“‘«]*[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and text[m.start(1)].isupper()  # an initial: "J. Smith"


# A sentence or line that opens with a numbered label ("Measure 3.3. Creation of fish ponds",
# "Mesure 3.3. Création d'étangs", "Actie 4. …"): its full stop ends the label, not a sentence.
_LABEL = re.compile(rf"(?:[-•▪*]\s*)?{alternation(ROW_WORDS)}\s+[\dIVX]+(?:\.\d+)*[a-z]?", re.I)
_LABEL_CHARS = 40  # the longest label read so


def _ends_label(text: str, cursor: int, dot: int) -> bool:
    """Is the text from the sentence's start, or from the last line break in it, to the full
    stop at `dot` a numbered label?"""
    start = max(cursor, text.rfind("\n", cursor, dot) + 1)
    return dot - start <= _LABEL_CHARS and _LABEL.fullmatch(text[start:dot].strip()) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) of `text[start:end]`, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        first_dot = m.start()
        if text[first_dot] == "." and (_is_abbreviation(text, first_dot) or _ends_label(text, cursor, first_dot)):
            continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    return [s for s in (trim_span(text, a, b) for a, b in spans) if s[1] > s[0]]
