"""Sentence boundaries live in `plans.sentences` (shared with the assistant)."""

from plans.sentences import split_sentences

__all__ = ["split_sentences"]
