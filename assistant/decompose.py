"""Questions with several parts, split so that each part gets its own answer and citation.

"When was the strategy adopted, and who leads it?" becomes "When was the strategy
adopted?" and "Who leads it?" (the second part is resolved against the first, like a
follow-up). A statement before the question ("The report names three pillars. Which
ones ...?") is kept as context.
"""

from __future__ import annotations

import re

_WH = r"(?:what|which|who|whom|whose|when|where|why|how|does|do|did|is|are|was|were|has|have|can)"
_JOIN = re.compile(rf"(?:,?\s+and\s+|;\s*|:\s*|\?\s+)(?={_WH}\b)", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def split_question(text: str) -> tuple[list[str], str]:
    """The question's parts (each ending with "?") and any preamble statements (context)."""
    text = " ".join(text.split())
    sentences = _SENTENCE.split(text)
    preamble = [s for s in sentences if not s.rstrip().endswith("?")]
    asked = " ".join(s for s in sentences if s.rstrip().endswith("?")) or text
    parts = [p.strip(" ,;:") for p in _JOIN.split(asked) if p and p.strip(" ,;:?")]
    if len(parts) <= 1 or any(len(p.split()) < 3 for p in parts):
        return [asked], " ".join(preamble)
    parts = [p[:1].upper() + p[1:] for p in parts]
    return [p if p.endswith("?") else p + "?" for p in parts], " ".join(preamble)
