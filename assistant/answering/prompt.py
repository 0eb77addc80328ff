"""What the language model is told: the conversation so far, then one message with the rules,
the numbered passages and the question. The rules travel in that message rather than as a
system message, which some chat templates (Gemma's) drop."""

from __future__ import annotations

import re
from collections.abc import Sequence

from llama_index.core.llms import ChatMessage, MessageRole

from assistant.answering.evidence import Passage
from assistant.models import Turn
from plans.index import Snapshot
from plans.text import strip_markup

NOT_COVERED = "NOT COVERED"
RULES = f"""You answer questions about government policy plans, using only the numbered passages below.
- Use only what the passages say: no outside knowledge, no guesses.
- End every sentence with the number of the passage it comes from, like [1] or [2].
- Keep the passages' own wording, figures, names and dates.
- Answer in at most four short sentences.
- If the passages do not answer the question, reply only: {NOT_COVERED}"""
HISTORY_TURNS = 6
TURN_CHARS = 1500
_OUR_MARKERS = re.compile(r"\s*\[\d+\]")


def messages(question: str, passages: Sequence[Passage], snapshot: Snapshot, history: Sequence[Turn] = ()) -> list[ChatMessage]:
    chat: list[ChatMessage] = []
    for turn in list(history)[-HISTORY_TURNS:]:
        role = MessageRole.USER if turn.role == "user" else MessageRole.ASSISTANT
        # earlier answers' markers point at passages the model no longer sees
        chat.append(ChatMessage(role=role, content=_OUR_MARKERS.sub("", turn.content)[:TURN_CHARS]))
    numbered = "\n\n".join(f"[{n}] {_heading(p, snapshot)}\n{strip_markup(p.text)}" for n, p in enumerate(passages, 1))
    chat.append(ChatMessage(role=MessageRole.USER, content=f"{RULES}\n\nPassages:\n\n{numbered}\n\nQuestion: {question}"))
    return chat


def abstains(reply: str) -> bool:
    """The model said the passages do not answer (the reply the rules ask for)."""
    return reply.strip().strip("*_`\"'").upper().startswith(NOT_COVERED)


def _heading(p: Passage, snapshot: Snapshot) -> str:
    chunk = p.hit.chunk
    record = snapshot.documents.get(chunk.doc_id)
    parts = [record.info.title if record and record.info.title else chunk.doc_id]
    if chunk.ref:
        parts.append(f"line {chunk.ref}")
    elif chunk.section:
        parts.append(chunk.section)
    page = record.page_at(p.offset) if record else chunk.page
    if page is not None:
        parts.append(f"p. {page}")
    return " — ".join(parts)
