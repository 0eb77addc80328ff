"""Which language a text is written in (English, French or Dutch), offline.

py3langid's model ships inside its wheel; it is loaded once, on first use, and asked to
choose among the languages this product analyses. Short or unclear texts fall back to
the caller's default (for a chunk: its document's language).
"""

from __future__ import annotations

import threading

LANGUAGES = ("en", "fr", "nl")
DEFAULT = "en"

_lock = threading.Lock()
_identifier = None


def primary(tag: str | None) -> str | None:
    """A declared language tag as one this product analyses ("nl-NL", "EN_us" -> "nl", "en"),
    None when it names another language or none."""
    code = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def _model():
    global _identifier
    with _lock:
        if _identifier is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(LANGUAGES))
            _identifier = identifier
    return _identifier


def _sample(text: str, size: int = 4000) -> str:
    """Up to `size` characters from across `text` (a long document's first page may be a
    cover in another language than its body)."""
    if len(text) <= size:
        return text
    step = len(text) // 4
    return " ".join(text[i * step : i * step + size // 4] for i in range(4))


def detect(text: str, default: str = DEFAULT, min_confidence: float = 0.6) -> str:
    """The language of `text` (one of LANGUAGES), or `default` when it is too short or unclear."""
    sample = _sample(text)
    if sum(ch.isalpha() for ch in sample) < 12:
        return default
    lang, confidence = _model().classify(sample)
    return lang if confidence >= min_confidence else default


def ranked(text: str) -> list[tuple[str, float]]:
    """Every language with its probability for `text`, most likely first."""
    return _model().rank(_sample(text))
