"""Vocabulary as data: small tables of words per language (en, fr, nl), one per concern."""
