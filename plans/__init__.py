"""plans: answers questions about government policy plans with verbatim citations.

The shared kernel lives here: settings, the user-facing error family, text helpers and
the `plans` command line. Ingestion is in `ingest`, the retrieval service in `assistant`,
the chat in `ui` and the evaluation in `eval`.
"""

__version__ = "0.1.0"
