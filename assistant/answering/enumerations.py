"""Lists written as sentences: a sentence that introduces them ("We see four factors that
may help."), then one sentence per item, opened by its place ("First, …", "Second, …",
"Finally, …"; `plans.vocabulary.enumeration`).

A section is read sentence by sentence across its passages (a long paragraph is cut into
passages), so a run may go on from one passage into the next. Other sentences may stand
between two items (an item may take several sentences); a place out of turn ends the run.
Each item is quoted verbatim from its sentence, past the word that opens it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.outline import Section
from plans.index import StoredChunk
from plans.sentences import split_sentences
from plans.vocabulary.enumeration import CLOSING, ORDINALS

_GAP = 4  # sentences that may stand between two items before the run is over
_LAST = -1  # the place of an item opened by a closing word ("Finally, …")


@dataclass
class Enumeration:
    label: str  # the sentence that introduces the items (the section's heading when none)
    items: list[tuple[StoredChunk, int, int, str]]  # chunk, document span, item text


def enumerations(section: Section) -> list[Enumeration]:
    """The runs of two or more items opened by their places in a section, in order."""
    out: list[Enumeration] = []
    run: list[tuple[StoredChunk, int, int, str]] = []
    label = section.heading
    previous = section.heading
    gap = 0

    def close() -> None:
        if len(run) >= 2:
            out.append(Enumeration(label, list(run)))
        run.clear()

    for chunk in section.chunks:
        for a, b in split_sentences(chunk.text):
            sentence = chunk.text[a:b]
            place, opener = _place(sentence, chunk.lang or "en")
            if place == 1:
                close()
                label = previous
            elif place is not None and run and (place == len(run) + 1 or place == _LAST):
                pass
            else:
                if place is not None:
                    close()
                elif run:
                    gap += 1
                    if gap > _GAP:
                        close()
                previous = sentence
                continue
            gap = 0
            start = a + opener
            run.append((chunk, chunk.start + start, chunk.start + b, chunk.text[start:b].strip().rstrip(".;")))
            if place == _LAST:
                close()
            previous = sentence
    close()
    return out


def _place(sentence: str, lang: str) -> tuple[int | None, int]:
    """The place a sentence's opening word gives it (1, 2, … or _LAST), and where the item's
    own words begin; (None, 0) for a sentence that opens no item."""
    m = _openers(lang).match(sentence)
    if m is None:
        return None, 0
    word = " ".join(m.group(1).lower().replace("’", "'").split())
    places = _places(lang)
    return places[word], m.end()


@lru_cache(maxsize=None)
def _places(lang: str) -> dict[str, int]:
    table = {w: i + 1 for i, words in enumerate(ORDINALS.get(lang, ())) for w in words}
    return table | dict.fromkeys(CLOSING.get(lang, ()), _LAST)


@lru_cache(maxsize=None)
def _openers(lang: str) -> re.Pattern:
    """An opening word at a sentence's start, then a comma or a colon (a bare "First" may be
    an adjective: "First Minister"); Dutch puts the verb right after it ("Ten eerste is …")."""
    words = sorted(_places(lang), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    after = r"(?:\s*[,:]\s*|\s+)" if lang == "nl" else r"\s*[,:]\s*"
    return re.compile(rf"\W{{0,3}}({alternatives}){after}", re.I)
