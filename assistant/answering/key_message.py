"""A plan's main message, where the plan states it under a label of its own.

A question that asks for a plan's main message ("what is its main message?", "quel est son
message principal ?", "welke kernboodschap heeft …?") is answered by the part the plan labels
as its message ("Hoofdboodschap:", "Key messages", "Messages clés"), whatever words or
language either uses (`plans.vocabulary.key_messages`): the labelled cells of a row so
labelled, each under its label (`registry.labelled_cells`, as a row asked for by its label is
answered), or the first sentences of a section so headed. A plan
without such a part is left to the overview of the whole plan.
"""

from __future__ import annotations

from assistant.answering.base import OVERVIEW_CHARS, cite, within_share
from assistant.answering.registry import labelled_cells
from assistant.models import Answer, Citation
from assistant.question import Question
from plans.index import Snapshot, StoredChunk
from plans.sentences import split_sentences
from plans.text import strip_markup
from plans.vocabulary.key_messages import asks_message, labels_message
from plans.vocabulary.messages import say


def key_message(q: Question, doc_id: str, snapshot: Snapshot) -> Answer | None:
    """The part of `doc_id` that states its main message, when the question asks for it."""
    if not asks_message(q.text, q.lang):
        return None
    chunks = sorted((snapshot.chunks[i] for i in snapshot.doc_chunks.get(doc_id, ())), key=lambda c: c.start)
    for chunk in chunks:
        row = chunk.commitment if chunk.kind == "row" else None
        answer = labelled_cells(row, snapshot) if row is not None and not row.ref and labels_message(row.action) else None
        if answer is not None:
            return answer
    under = [c for c in chunks if c.kind == "passage" and c.section and labels_message(c.section.split(" > ")[-1])]
    return _sentences(q, under, snapshot) if under else None


def _sentences(q: Question, chunks: list[StoredChunk], snapshot: Snapshot) -> Answer:
    """The section's first sentences, each cited, within the overview's length."""
    limit = within_share(q, OVERVIEW_CHARS)
    record = snapshot.documents.get(chunks[0].doc_id)
    title = record.info.title if record is not None and record.info.title else chunks[0].doc_id
    label = strip_markup(chunks[0].section.split(" > ")[-1]).strip(" :.")
    intro = say("part_overview", q.lang, title=title, heading=" ".join(label.split())) + ":"
    pieces: list[str] = []
    citations: list[Citation] = []
    for chunk, a, b in ((c, a, b) for c in chunks for a, b in split_sentences(c.text)):
        piece = f"{strip_markup(chunk.text[a:b])} [{len(citations) + 1}]"
        if pieces and len(intro) + sum(len(p) + 1 for p in pieces) + len(piece) > limit:
            break
        citations.append(cite(snapshot, chunk, chunk.start + a, chunk.start + b, len(citations) + 1))
        pieces.append(piece)
    return Answer(answer=f"{intro} " + " ".join(pieces), citations=citations, confidence=0.9)
