"""The composer interface and the helpers every composer uses to cite verbatim."""

from __future__ import annotations

from abc import ABC, abstractmethod

from assistant.models import Answer, Citation
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot, StoredChunk

ABSTAIN_TEXT = "The plans in the index do not cover this: I found no passage that answers it."


class Composer(ABC):
    """Turns a question and its evidence into an answer, or None to let the next composer try."""

    name: str = "composer"

    @abstractmethod
    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None: ...


def abstain(reason: str | None = None, confidence: float = 0.0) -> Answer:
    return Answer(answer=reason or ABSTAIN_TEXT, abstained=True, citations=[], confidence=confidence)


def cite(snapshot: Snapshot, chunk: StoredChunk, start: int, end: int, marker: int) -> Citation:
    """A citation of `[start, end)` (document offsets) inside a passage chunk."""
    record = snapshot.documents.get(chunk.doc_id)
    a, b = start - chunk.start, end - chunk.start
    quote = chunk.text[a:b]
    return Citation(
        id=marker,
        document=chunk.doc_id,
        title=record.info.title if record else chunk.doc_id,
        page=record.page_at(start) if record else chunk.page,
        section=chunk.section or None,
        ref=chunk.ref,
        quote=quote,
        passage=chunk.text,
        start=start,
        end=end,
    )
