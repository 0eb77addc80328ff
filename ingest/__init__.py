"""The ingestion job: files -> structured text -> chunks and commitments -> the index."""
