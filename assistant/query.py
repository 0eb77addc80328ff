"""`Query`: what the conversation hands to question analysis and retrieval."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    """A question made self-contained: `text` is what the user asked with its references
    resolved ("it" -> "line 5.d"); `own` is what the user typed; `context` is the earlier
    question it leans on when no single antecedent could be named ("these centres"),
    searched with it but weighted less. Nothing is glued into the text and parsed back."""

    text: str
    own: str
    context: str = ""

    @property
    def search_text(self) -> str:
        """What retrieval searches: the question, and the conversation it leans on."""
        return f"{self.text} {self.context}".strip()

    def shown(self) -> str:
        """How the answer reports what was searched."""
        return f"{self.text} (following up on: {self.context})" if self.context else self.text
