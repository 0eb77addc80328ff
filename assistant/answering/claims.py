"""What a language model wrote, cut into claims: one sentence each, with the passage numbers
it cites as [n]. `ClaimStream` does the same for text arriving in pieces, handing over each
claim as soon as the next one has begun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plans.sentences import split_sentences
from plans.text import strip_markup

_MARKER = re.compile(r"\[\s*(?:passages?\s*)?(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]", re.I)
_LEADING_MARKERS = re.compile(r"^(?:\s*" + _MARKER.pattern + r")+\s*[.,;:]?", re.I)
_UNCLOSED = re.compile(r"\[[^\]]*$")  # a marker still arriving
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


@dataclass(frozen=True)
class Claim:
    text: str  # the sentence as written, markers and markup removed
    cited: tuple[int, ...]  # passage numbers, as the model gave them


def _numbers(markers: str) -> list[int]:
    return [int(n) for m in _MARKER.finditer(markers) for n in re.findall(r"\d+", m.group(1))]


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`, a line break ending a sentence too (lists, paragraphs)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        spans.extend((pos + s, pos + e) for s, e in split_sentences(line))
        pos += len(line) + 1
    return spans


def split_claims(text: str) -> list[Claim]:
    """The claims of `text`. Markers the model put after a full stop ("... 2020. [2]") belong
    to the sentence before them."""
    claims: list[Claim] = []
    for start, end in _pieces(text):
        piece = text[start:end]
        lead = _LEADING_MARKERS.match(piece)
        if lead and claims:
            last = claims[-1]
            claims[-1] = Claim(last.text, tuple(dict.fromkeys(last.cited + tuple(_numbers(lead.group(0))))))
            piece = piece[lead.end():]
        body = _SPACE_BEFORE_PUNCT.sub(r"\1", strip_markup(_MARKER.sub(" ", piece)))
        if any(ch.isalpha() for ch in body):
            claims.append(Claim(body, tuple(dict.fromkeys(_numbers(piece)))))
    return claims


class ClaimStream:
    """Collects streamed text; `feed` returns the claims completed so far, `finish` the rest."""

    def __init__(self) -> None:
        self.text = ""  # everything received
        self._buffer = ""

    def feed(self, delta: str) -> list[Claim]:
        self.text += delta
        self._buffer += delta
        spans = _pieces(self._buffer)
        if len(spans) < 2:
            return []
        last = self._buffer[spans[-1][0]:]
        lead = _LEADING_MARKERS.match(last)
        rest = _UNCLOSED.sub("", last[lead.end():] if lead else last)
        if not any(ch.isalpha() for ch in rest):
            return []  # the next sentence has not begun: markers may still follow
        cut = spans[-1][0] + (lead.end() if lead else 0)
        done, self._buffer = self._buffer[:cut], self._buffer[cut:]
        return split_claims(done)

    def finish(self) -> list[Claim]:
        done, self._buffer = self._buffer, ""
        return split_claims(done)
