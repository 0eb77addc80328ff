"""Plain text and Markdown files. The document text is the file's text, decoded; citations
quote it verbatim (markdown markup included), so a quote can be found in the file itself."""

from __future__ import annotations

from pathlib import Path

from plans.errors import ReadError

_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode(data: bytes) -> str:
    """UTF-8 first; text that is not UTF-8 is decoded with a fallback, never rejected."""
    for enc in _ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")  # unreachable: latin-1 accepts any byte


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data:
        raise ReadError(path, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "this looks like a binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        text = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(path, "the file has no text")
    return text
