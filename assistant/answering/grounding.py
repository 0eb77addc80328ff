"""Is a sentence a language model wrote supported by the passage it cites?

A claim is supported by passage n when, together:
- its content words are mostly in the passage (IDF-weighted, so an invented rare word
  weighs more than "plan" or "action"),
- every figure in it (number, year, amount, line id) is printed in the passage,
- every capitalised name in it (past its first word) is in the passage, its heading or the
  document's title,
- one span of the passage (a sentence, or two in a row) says the same: close in meaning
  (embedding cosine), sharing enough of its words, and negated alike.
That span is the citation's quote: chosen here, cut from the passage, never copied from the
model. Words are compared in the passage's language; nothing here depends on a question or a
plan, and the only vocabulary is `plans.vocabulary.grounding`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant.answering.claims import Claim
from assistant.answering.evidence import Passage
from plans.embedding import Embedder
from plans.index import Snapshot
from plans.index.lexical import stem, tokenize
from plans.text import strip_markup
from plans.vocabulary.grounding import NEGATIONS, NUMBER_WORDS
from plans.vocabulary.stopwords import ALL_STOPWORDS

_NEGATION = frozenset().union(*NEGATIONS.values())
_SPELLED = {w: str(i + 2) for ws in NUMBER_WORDS.values() for i, w in enumerate(ws)}
_FIGURE = re.compile(r"\d+(?:\.\d+)*\.[a-z]\b|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:[.,]\d+)*", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Rules:
    min_terms: int = 2  # a claim with fewer content words cannot be checked
    min_overlap: float = 0.6  # IDF-weighted share of the claim's content words in the passage
    min_span_overlap: float = 0.3  # ... in the quoted span itself
    min_cosine: float = 0.5  # meaning: the claim against the quoted span


@dataclass(frozen=True)
class Support:
    number: int  # the passage, 1-based as numbered for the model
    passage: Passage
    start: int  # document offsets of the quoted span
    end: int
    overlap: float
    cosine: float


def figures(text: str) -> set[str]:
    """Numbers, years, amounts and ids of `text` in one comparable form ("1,000" -> "1000")."""
    out: set[str] = set()
    for m in _FIGURE.finditer(text):
        value = m.group(0).lower()
        if re.fullmatch(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+", value):
            out.add(re.sub(r"\D", "", value))
            out.update(re.findall(r"\d+", value))  # also the groups, in case they were separate numbers
        else:
            out.add(value.replace(",", "."))
    return out


def negated(text: str) -> bool:
    lowered = text.lower().replace("’", "'")
    return any(w in _NEGATION for w in re.findall(r"[\w']+|n't", lowered)) or "n't" in lowered


def names(text: str) -> set[str]:
    """Capitalised words past the first one, lower-cased: the names a claim asserts."""
    found = _WORD.findall(text)[1:]
    return {w.lower() for w in found if w[0].isupper() and len(w) > 1 and w.lower() not in ALL_STOPWORDS}


@dataclass
class _Span:
    start: int
    end: int
    text: str
    stems: set[str]
    negated: bool


@dataclass
class _Checked:
    """What one passage offers for checking: its words, figures and candidate spans."""

    stems: set[str]
    words: set[str]
    figures: set[str]
    spans: list[_Span]
    lang: str
    vectors: np.ndarray | None = None


class Grounder:
    """Checks the claims of one answer against its numbered passages (built per answer: it
    keeps the passages' span embeddings while the answer is checked)."""

    def __init__(self, embedder: Embedder, passages: list[Passage], snapshot: Snapshot, rules: Rules | None = None):
        self.embedder = embedder
        self.passages = passages
        self.snapshot = snapshot
        self.rules = rules or Rules()
        self._checked: dict[int, _Checked] = {}
        self._claims: dict[str, np.ndarray] = {}

    def check(self, claim: Claim) -> list[Support]:
        """The cited passages that support `claim`; empty when none does, when it cites only
        passages that do not exist, or when it cites nothing."""
        return [s for n in claim.cited if 1 <= n <= len(self.passages) and (s := self._support(claim, n))]

    def _support(self, claim: Claim, number: int) -> Support | None:
        passage = self._passage(number)
        if not passage.spans:
            return None
        weights = self.snapshot.term_stats.weights(tokenize(claim.text, passage.lang))
        if len(weights) < self.rules.min_terms:
            return None
        total = sum(weights.values())
        if sum(w for t, w in weights.items() if t in passage.stems) / total < self.rules.min_overlap:
            return None
        if not figures(claim.text) <= passage.figures:
            return None
        if any(n not in passage.words and stem(n, passage.lang) not in passage.stems for n in names(claim.text)):
            return None
        cosines = self._vectors(number) @ self._claim_vector(claim.text)
        sign = negated(claim.text)
        best: tuple[float, float, _Span] | None = None
        for span, cos in zip(passage.spans, cosines):
            if span.negated != sign:
                continue
            overlap = sum(w for t, w in weights.items() if t in span.stems) / total
            if best is None or cos + overlap > best[0] + best[1]:
                best = (float(cos), overlap, span)
        if best is None or best[0] < self.rules.min_cosine or best[1] < self.rules.min_span_overlap:
            return None
        cosine, _, span = best
        overlap = sum(w for t, w in weights.items() if t in passage.stems) / total
        return Support(number, self.passages[number - 1], span.start, span.end, round(overlap, 3), round(cosine, 3))

    # -- what each passage offers, built once per answer ------------------------------------
    def _passage(self, number: int) -> _Checked:
        if number in self._checked:
            return self._checked[number]
        p = self.passages[number - 1]
        chunk = p.hit.chunk
        lang = chunk.lang
        record = self.snapshot.documents.get(chunk.doc_id)
        context = f"{p.text}\n{chunk.search_text}\n{record.info.title if record else ''}"
        words = {w.lower() for w in _WORD.findall(context)}
        spans: list[_Span] = []
        sentences = p.sentences
        for i, s in enumerate(sentences):
            group = [s] + ([sentences[i + 1]] if i + 1 < len(sentences) else [])
            for size in range(1, len(group) + 1):
                start, end = group[0].start, group[size - 1].end
                raw = p.quote(start, end)
                spans.append(_Span(start, end, strip_markup(raw), set(tokenize(raw, lang)), negated(raw)))
        checked = _Checked(
            stems=set(tokenize(context, lang)),
            words=words,
            figures=figures(context) | {_SPELLED[w] for w in words if w in _SPELLED},
            spans=spans,
            lang=lang,
        )
        self._checked[number] = checked
        return checked

    def _vectors(self, number: int) -> np.ndarray:
        checked = self._passage(number)
        if checked.vectors is None:
            checked.vectors = np.array(self.embedder.embed_documents([s.text for s in checked.spans]))
        return checked.vectors

    def _claim_vector(self, text: str) -> np.ndarray:
        if text not in self._claims:
            self._claims[text] = np.array(self.embedder.embed_query(text))
        return self._claims[text]
