"""Vocabulary as data: the words of table headers and questions, per role, in English, French and Dutch."""
