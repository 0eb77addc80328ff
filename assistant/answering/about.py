"""Questions about a document itself ("who wrote ...?"), answered from its title page."""

from __future__ import annotations

import re

from assistant.answering.base import Composer, cite
from assistant.models import Answer
from assistant.question import Question
from assistant.retrieval import Hit
from plans.index import Snapshot

_AUTHOR = re.compile(r"\b(author|authors|wrote|written by|who wrote|writer)\b", re.I)


class AboutComposer(Composer):
    name = "about"

    def compose(self, question: Question, hits: list[Hit], snapshot: Snapshot) -> Answer | None:
        if not _AUTHOR.search(question.text):
            return None
        about = [h for h in hits if h.chunk.kind == "about"]
        if not about:
            return None
        chunk = about[0].chunk
        record = snapshot.documents.get(chunk.doc_id)
        if record is None or not record.info.author:
            return None
        citation = cite(snapshot, chunk, chunk.start, chunk.end, 1)
        text = f"{record.info.title} ({record.info.document}) is by {record.info.author} [1]."
        return Answer(answer=text, citations=[citation], confidence=1.0)
