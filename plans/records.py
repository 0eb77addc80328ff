"""Records kept in the index and shown at the boundaries: documents and commitments."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Goal(BaseModel):
    number: str | None = None
    text: str | None = None


class Source(BaseModel):
    """A verbatim span of the document text: `text == document_text[start:end]`."""

    start: int
    end: int
    text: str


class Commitment(BaseModel):
    """One numbered line of action (a table row) or numbered action written as prose."""

    document: str = Field(description="File name of the plan.")
    title: str = ""
    objective: str | None = None
    goal: Goal = Field(default_factory=Goal)
    ref: str = Field(description='Line/action id as printed: "17.b", "21", "action 13", "objective 21".')
    action: str = ""
    monitoring: list[str] = Field(default_factory=list)
    departments: list[str] = Field(default_factory=list)
    coordination: list[str] = Field(default_factory=list, description='Departments marked "(coordination)".')
    page: int | None = None
    start: int = 0
    end: int = 0
    quote: str = Field("", description="Verbatim source text of the action (or the row's first cell).")
    kind: str = "table_row"
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Verbatim source of each field: goal, action, monitoring, departments."
    )

    @property
    def passage(self) -> str:
        """The row's verbatim pieces, one per line (the context a citation's quote sits in)."""
        return "\n".join(s.text for s in self.sources.values()) or self.quote


class DocumentInfo(BaseModel):
    id: str
    document: str
    title: str
    author: str | None = None
    pages: int | None = None
    chunks: int = 0
    commitments: int = 0
    version: str = Field(description="SHA-256 of the file's bytes.")
    size: int = 0
    kind: str = ""
    language: str | None = Field(None, description='The document\'s language: "en", "fr" or "nl".')
