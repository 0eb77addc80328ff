"""Is a sentence a language model wrote supported by the passage it cites?

A claim is supported by passage n when, together:
- its content words are mostly in the passage (IDF-weighted, so an invented rare word
  weighs more than "plan" or "action"),
- every figure in it (number, year, amount, line id) is printed in the passage,
- every capitalised name in it (past its first word) is in the passage, its heading or the
  document's title,
- one span of the passage (a sentence, or two in a row) says the same: close in meaning
  (embedding similarity, read on the embedding model's own scale), sharing enough of its
  words, and negated alike.
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
    min_meaning: float = 0.7  # claim against quoted span, on the embedder's own similarity scale (0..1)


@dataclass(frozen=True)
class Support:
    number: int  # the passage, 1-based as numbered for the model
    passage: Passage
    start: int  # document offsets of the quoted span
    end: int
    overlap: float
    meaning: float  # similarity to the quoted span, on the embedder's scale (0..1)


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
        weights = self.snapshot.term_stats.weights(tokenize(claim.text, passage.lang))
        if not passage.spans or len(weights) < self.rules.min_terms:
            return None
        overlap = _share(weights, passage.stems)
        if overlap < self.rules.min_overlap or not _facts_printed(claim.text, passage):
            return None
        found = self._best_span(claim, number, weights)
        if found is None:
            return None
        span, meaning = found
        return Support(number, self.passages[number - 1], span.start, span.end, round(overlap, 3), round(meaning, 3))

    def _best_span(self, claim: Claim, number: int, weights: dict[str, float]) -> tuple[_Span, float] | None:
        """The span of the passage that says what the claim says: negated alike, closest in
        meaning and words; None when even that one is too far."""
        lo, hi = self.embedder.similarity_range
        meanings = (self._vectors(number) @ self._claim_vector(claim.text) - lo) / (hi - lo)
        sign = negated(claim.text)
        scored = [(float(m), _share(weights, span.stems), span)
                  for span, m in zip(self._passage(number).spans, meanings) if span.negated == sign]
        if not scored:
            return None
        meaning, overlap, span = max(scored, key=lambda x: x[0] + x[1])
        if meaning < self.rules.min_meaning or overlap < self.rules.min_span_overlap:
            return None
        return span, meaning

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
        if text not in self._claims:  # a statement, embedded like the spans it is compared with
            self._claims[text] = np.array(self.embedder.embed_batch([text])[0])
        return self._claims[text]


def _share(weights: dict[str, float], stems: set[str]) -> float:
    """IDF-weighted share of the claim's content words found among `stems`."""
    return sum(w for t, w in weights.items() if t in stems) / sum(weights.values())


def _facts_printed(text: str, passage: _Checked) -> bool:
    """Every figure of the claim, and every name past its first word, is in the passage."""
    if not figures(text) <= passage.figures:
        return False
    return all(n in passage.words or stem(n, passage.lang) in passage.stems for n in names(text))
