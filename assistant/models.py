"""The service's boundary models: what crosses the API, the CLI and the UI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from plans.records import Commitment, DocumentInfo

MAX_QUESTION = 2000


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20000)


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION, description="The user's question.")
    history: list[Turn] = Field(default_factory=list, max_length=50, description="Earlier turns, oldest first.")
    include_evidence: bool = Field(False, description="Also return the ranked passages the answer was chosen from.")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("question is blank")
        return v.strip()


class Citation(BaseModel):
    """Where an answer comes from. `quote` is a verbatim span of the document's text."""

    id: int = Field(description="The marker number used in the answer: [id].")
    document: str = Field(description="File name of the plan.")
    title: str
    page: int | None = None
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
    mode: str = Field("extractive", description="Which composer answered: about, registry, llm or extractive.")
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
