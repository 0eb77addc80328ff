"""Recovery of action-plan tables (numbered lines of action) from text and PDFs."""
