"""Readers turn one file into a `ParsedDocument` (text, pages, structure) or raise `ReadError`."""
