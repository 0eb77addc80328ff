"""The retrieval service: conversation -> retrieval -> answering, behind a FastAPI app."""
