"""Who signed a document, or its letter or foreword: the signature blocks of its passages,
and the headings that name who wrote the part they open.

Two shapes of block are read, each quoted whole:
- a closing formula ("Yours sincerely,", "Hoogachtend,") and, within the next lines, the
  line that names the signer ("J. (Joost) de Wit");
- a short line that opens with a title a signer signs with ("PRIME MINISTER", "De minister
  van …"), no sentence of its own, and the line after it that holds a name written with
  capitals ("OF THE REPUBLIC OF NORLAND JAN VAN DER BERG").
A heading that opens with "Foreword by", "Avant-propos du", "Voorwoord door" names its writer
(`written_by`). Words are from `plans.vocabulary.signatures`, for the passage's language and
English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from plans.index import Snapshot, StoredChunk
from plans.vocabulary.signatures import CLOSINGS, SIGNING_ROLES, WRITTEN_BY
from plans.vocabulary.stopwords import ALL_STOPWORDS

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_NAME = re.compile(r"(?:\b[A-Z][\w'’.-]*\.?|\([A-Z][\w'’-]*\))(?:\s+(?:[A-Z][\w'’.-]*|\([A-Z][\w'’-]*\)|"
                   r"van|de|der|den|du|von|le|la)){1,5}")
_AFTER = 3  # lines after a closing formula where the signer's name may stand
_ROLE_LINE = 60  # characters: a title line longer than this is a sentence


@dataclass(frozen=True)
class Signature:
    chunk: StoredChunk
    start: int  # document span of the block
    end: int
    text: str


def signatures(snapshot: Snapshot, doc_id: str) -> list[Signature]:
    """The signature blocks of a document's passages, in reading order."""
    chunks = sorted((snapshot.chunks[i] for i in snapshot.doc_chunks.get(doc_id, ())
                     if snapshot.chunks[i].kind == "passage"), key=lambda c: c.start)
    out: list[Signature] = []
    for c in chunks:
        lines = list(_LINE.finditer(c.text))
        for i, m in enumerate(lines):
            line = m.group(0).strip()
            last = _signer_line(lines[i + 1 : i + 1 + _AFTER]) if _closing(line, c.lang) else None
            if last is None and _role_line(line, c.lang) and i + 1 < len(lines) \
                    and _capital_name(lines[i + 1].group(0)):
                last = lines[i + 1]
            if last is not None:
                start, end = m.start(), last.end()
                out.append(Signature(c, c.start + start, c.start + end, " ".join(c.text[start:end].split())))
    return out


def written_by(snapshot: Snapshot, doc_id: str) -> list[Signature]:
    """The headings of a document's sections that name who wrote the part ("Foreword by the
    Minister for …"), in reading order."""
    out: list[Signature] = []
    seen: set[tuple[int, int]] = set()
    for i in snapshot.doc_chunks.get(doc_id, ()):
        c = snapshot.chunks[i]
        if c.kind != "passage" or c.heading_span is None or not c.heading or c.heading_span in seen:
            continue
        if _written_by_pattern(c.lang).match(" ".join(c.heading.split())):
            seen.add(c.heading_span)
            a, b = c.heading_span
            out.append(Signature(c, a, b, " ".join(c.heading.split())))
    return sorted(out, key=lambda s: s.start)


def _closing(line: str, lang: str) -> bool:
    return bool(_closing_pattern(lang).match(line))


def _role_line(line: str, lang: str) -> bool:
    """A title and nothing else: past the title's own words, every word capitalised or a
    function word ("Le Ministre de l'Environnement", not "De minister coördineert …")."""
    m = _role_pattern(lang).match(line)
    if m is None or len(line) > _ROLE_LINE or line.rstrip().endswith((".", ";", ":")):
        return False
    return _title_words(line[m.end():])


def _title_words(text: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return all(w[:1].isupper() or w.lower() in ALL_STOPWORDS for w in (re.sub(r"^[ldn]['’]", "", w) for w in words))


def _signer_line(lines: list[re.Match]) -> re.Match | None:
    """The first of the lines after a closing formula that names a person."""
    for m in lines:
        text = m.group(0).strip()
        if len(text.split()) <= 6 and _NAME.search(text) and not text.endswith("."):
            return m
    return None


def _capital_name(line: str) -> bool:
    """A line that holds a name written with capitals: two capitalised words at least, or a
    run of upper-case words ("ANNA KOVAC")."""
    return len(line.strip()) <= 2 * _ROLE_LINE and bool(_NAME.search(line)) and _title_words(line)


@lru_cache(maxsize=None)
def _closing_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(set(CLOSINGS.get(lang, ()) + CLOSINGS["en"]), key=len, reverse=True)
    return re.compile(r"\W{0,3}(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@lru_cache(maxsize=None)
def _role_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(set(SIGNING_ROLES.get(lang, ()) + SIGNING_ROLES["en"]), key=len, reverse=True)
    articles = r"(?:the |le |la |l'|de |het )?"
    return re.compile(rf"\W{{0,3}}{articles}(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@lru_cache(maxsize=None)
def _written_by_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(set(WRITTEN_BY.get(lang, ()) + WRITTEN_BY["en"]), key=len, reverse=True)
    return re.compile(r"\W{0,3}(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
