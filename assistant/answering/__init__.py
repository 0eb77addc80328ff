"""Answer composers: evidence -> a short answer with verbatim citations, or an abstention."""
