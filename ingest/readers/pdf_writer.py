"""The document text of a PDF as it is written: blocks of lines, with the span of each line."""

from __future__ import annotations


class Writer:
    """Appends blocks (a blank line between them, none at the top of a page)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.fresh = True  # at the start of a page: no separator before the next block

    def new_page(self) -> None:
        if self.pos:
            self._put("\n\n")
        self.fresh = True

    def block(self, lines: list[str]) -> list[tuple[int, int]]:
        """Write lines as one block (a blank line before it); the span of each line."""
        if not self.fresh:
            self._put("\n\n")
        self.fresh = False
        spans = []
        for i, line in enumerate(lines):
            if i:
                self._put("\n")
            start = self.pos
            self._put(line)
            spans.append((start, self.pos))
        return spans

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)
