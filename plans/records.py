"""Records kept in the index and shown at the boundaries: documents and commitments."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from plans.language import primary


class Goal(BaseModel):
    number: str | None = None
    text: str | None = None


class Source(BaseModel):
    """A verbatim span of the document text: `text == document_text[start:end]`."""

    start: int
    end: int
    text: str


class RowField(BaseModel):
    """One cell of a commitment's row, kept under its column header.

    `roles` are what the header names in the shared vocabulary (`plans.vocabulary.roles`):
    "lead", "timeline", "budget", ... (several for "Finish & status", none for a column the
    vocabulary does not know, which is still kept under its header). `items` are the names or
    instruments a list cell holds, one by one, when the cell is a list.
    """

    header: str
    roles: list[str] = Field(default_factory=list)
    text: str
    items: list[str] = Field(default_factory=list)
    source: Source

    @property
    def values(self) -> list[str]:
        return self.items or [self.text]


class Commitment(BaseModel):
    """One row of an action table (or a numbered action written as prose), keyed by its headers."""

    document: str = Field(description="File name of the plan.")
    title: str = ""
    section: str | None = Field(None, description="The theme, objective or caption the row sits under.")
    goal: Goal = Field(default_factory=Goal)
    ref: str = Field(description='Row id as printed, without enclosing punctuation: "17.b", "C1.2", "Bii", "action 13".')
    action: str = ""
    fields: list[RowField] = Field(default_factory=list, description="Every other cell of the row, under its header.")
    coordination: list[str] = Field(default_factory=list, description='Names marked "(coordination)" in a lead cell.')
    page: int | None = None
    start: int = 0
    end: int = 0
    quote: str = Field("", description="Verbatim source text of the action (or the row's first cell).")
    kind: str = "table_row"
    sources: dict[str, Source] = Field(
        default_factory=dict, description="Verbatim source of the frame: action, goal, ref."
    )

    def field(self, role: str) -> RowField | None:
        """The first cell whose header names `role`."""
        return next((f for f in self.fields if role in f.roles), None)

    def values(self, role: str) -> list[str]:
        """The names or items of every cell under `role` ("lead" -> ["Justice", "Interior"])."""
        return [v for f in self.fields if role in f.roles for v in f.values]

    def field_by_header(self, header: str) -> RowField | None:
        h = header.casefold()
        return next((f for f in self.fields if f.header.casefold() == h), None)

    @property
    def passage(self) -> str:
        """The row's verbatim pieces, one per line (the context a citation's quote sits in)."""
        pieces = [s.text for s in self.sources.values()] + [f.source.text for f in self.fields]
        return "\n".join(dict.fromkeys(p for p in pieces if p)) or self.quote


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

    @field_validator("language")
    @classmethod
    def _primary_language(cls, value: str | None) -> str | None:
        # an index written before tags were read as their language keeps "nl-NL"
        return primary(value) or value
