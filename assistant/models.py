"""The service's boundary models: what crosses the API, the CLI and the UI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from plans.errors import InvalidRequest
from plans.records import Commitment, DocumentInfo
from plans.settings import Settings

MAX_QUESTION = 2000
MAX_TURN = 20000


class ErrorBody(BaseModel):
    """Every error response: one line that names the field or file and, where it can, the fix."""

    detail: str = Field(description="What went wrong, in one line.")


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=MAX_TURN)


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION, description="The user's question.")
    history: list[Turn] = Field(
        default_factory=list,
        description="Earlier turns, oldest first; at most PLANS_MAX_HISTORY_TURNS turns (50) and "
        "PLANS_MAX_HISTORY_CHARS characters in all (200,000).",
    )
    include_evidence: bool = Field(False, description="Also return the ranked passages the answer was chosen from.")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("question is blank")
        return v.strip()


def check_history(history: list[Turn], settings: Settings) -> None:
    """Raise a one-line 422 when the history is past the configured number of turns or characters."""
    if len(history) > settings.max_history_turns:
        raise InvalidRequest(f"history: {len(history)} turns, more than the {settings.max_history_turns} allowed "
                             "(send the most recent turns)")
    chars = sum(len(t.content) for t in history)
    if chars > settings.max_history_chars:
        raise InvalidRequest(f"history: {chars:,} characters in all, more than the {settings.max_history_chars:,} "
                             "allowed (send fewer or shorter turns)")


class Limits(BaseModel):
    """What one request may carry, from the settings, so that a client can stay inside it."""

    max_question_chars: int = Field(description="Longest question, in characters.")
    max_turn_chars: int = Field(description="Longest turn of the history, in characters.")
    max_history_turns: int = Field(description="Most earlier turns a question may carry (PLANS_MAX_HISTORY_TURNS).")
    max_history_chars: int = Field(description="Most characters in all those turns (PLANS_MAX_HISTORY_CHARS).")

    @classmethod
    def of(cls, settings: Settings) -> Limits:
        return cls(max_question_chars=MAX_QUESTION, max_turn_chars=MAX_TURN,
                   max_history_turns=settings.max_history_turns, max_history_chars=settings.max_history_chars)


class Citation(BaseModel):
    """Where an answer comes from. `quote` is a verbatim span of the document's text."""

    id: int = Field(description="The marker number used in the answer: [id].")
    document: str = Field(description="File name of the plan.")
    title: str
    page: int | None = None
    page_label: str | None = Field(None, description="The page number printed on that page, when known.")
    section: str | None = None
    ref: str | None = Field(None, description="Line/action id when the quote is a commitment.")
    quote: str
    passage: str = Field("", description="The surrounding passage the quote was taken from.")
    start: int = Field(0, description="Character offset of the quote in the document text.")
    end: int = 0


class Evidence(BaseModel):
    """One retrieved unit, in rank order (returned when `include_evidence` is set)."""

    document: str
    section: str | None = None
    ref: str | None = None
    page: int | None = None
    kind: str = "passage"
    score: float = 0.0


class Answer(BaseModel):
    answer: str
    abstained: bool = False
    citations: list[Citation] = Field(default_factory=list)
    mode: str = Field("extractive", description="Which composer answered: document, heading, registry, acronym, part, list, llm or "
                      "extractive.")
    query: str = Field("", description="The self-contained question that was searched.")
    confidence: float = 0.0
    note: str | None = Field(None, description="Why the answer is not what was configured (e.g. the model was down).")
    evidence: list[Evidence] | None = None


class StreamText(BaseModel):
    """Event `text` of /v1/ask/stream: the next checked sentence(s) of the answer as written."""

    text: str


class StreamError(BaseModel):
    """Event `error` of /v1/ask/stream: the question could not be answered (one line)."""

    detail: str


class DocumentList(BaseModel):
    items: list[DocumentInfo]


class CommitmentList(BaseModel):
    items: list[Commitment]


class UploadResult(BaseModel):
    id: str
    document: str
    status: str
    title: str = ""
    pages: int | None = None
    chunks: int = 0
    commitments: int = 0
    seconds: float = 0.0
