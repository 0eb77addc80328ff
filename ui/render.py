"""Pure text/HTML helpers for the chat (no Streamlit): escaping, the quote highlighted in its
passage, and the citation card markup. Everything from the API is HTML-escaped here."""

from __future__ import annotations

import html
import re

from ui.client import Citation

CONTEXT = 240  # characters of passage kept (about) on each side of the quote
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>$~&|])")  # special anywhere
_MD_SPECIAL_NO_CODE = re.compile(r"([\\*_{}\[\]<>$~&|])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([-+=#>.)])", re.MULTILINE)  # lists, headings, quotes
_MD_SHORTCODE = re.compile(r":(?=[\w+-]+:)")  # :emoji: and :material/icon: shortcodes

CSS = """
<style>
.plans-card{border:1px solid rgba(128,128,128,.35);border-left:4px solid #4f7bd8;border-radius:.5rem;
  padding:.6rem .8rem;margin:.4rem 0;background:rgba(128,128,128,.06);}
.plans-card-head{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap;font-weight:600;}
.plans-card-id{color:#4f7bd8;}
.plans-card-meta{font-size:.85rem;opacity:.8;margin:.15rem 0 .35rem 0;}
.plans-ref{display:inline-block;padding:0 .4rem;border-radius:.6rem;background:rgba(79,123,216,.15);
  font-weight:600;}
.plans-passage{white-space:pre-line;font-size:.9rem;line-height:1.4;}
.plans-passage mark,.plans-quote mark{background:#fde68a;color:#1f2937;padding:0 .1rem;border-radius:.15rem;}
.plans-quote{white-space:pre-line;font-size:.9rem;border-left:3px solid #fde68a;padding-left:.6rem;}
</style>
"""


def md_escape(text: str, code: bool = False) -> str:
    """Text shown literally by st.markdown (no links, emphasis, math or HTML); with `code`,
    `backticked` parts stay code spans (as in our error messages)."""
    text = (_MD_SPECIAL_NO_CODE if code else _MD_SPECIAL).sub(r"\\\1", text)
    text = _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
    return _MD_SHORTCODE.sub(r"\\:", text)


def normalize(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip("?.! ")


def query_differs(typed: str, searched: str) -> bool:
    """Whether the searched query is worth showing: it differs beyond case and spacing."""
    return bool(searched.strip()) and normalize(typed) != normalize(searched)


def find_quote(passage: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` lies in `passage`, allowing different whitespace; None if it does not."""
    words = quote.split()
    if not words or not passage:
        return None
    at = passage.find(quote)
    if at >= 0:
        return at, at + len(quote)
    match = re.search(r"\s+".join(re.escape(w) for w in words), passage)
    return (match.start(), match.end()) if match else None


def highlight(passage: str, quote: str, context: int = CONTEXT) -> str | None:
    """The passage as HTML with the quote in <mark>, trimmed to about `context` characters on
    each side (cut at a space or line break); None when the quote is not in the passage."""
    span = find_quote(passage, quote)
    if span is None:
        return None
    start, end = span
    before, after = passage[:start], passage[end:]
    if len(before) > context:  # start after a line break, else a space, in the kept part
        cut = before[-context:]
        space = re.search(r"\s", cut)
        before = "…" + cut[cut.find("\n") + 1 or (space.end() if space else 0):]
    if len(after) > context:  # end before a line break, else a space
        cut = after[:context]
        at = cut.rfind("\n")
        if at < 0:
            at = max((m.start() for m in re.finditer(r"\s", cut)), default=len(cut))
        after = cut[:at] + "…"
    return f"{html.escape(before)}<mark>{html.escape(passage[start:end])}</mark>{html.escape(after)}"


def where(c: Citation) -> list[str]:
    """The card's location parts: file name, page, line, section."""
    parts = [c.document]
    if c.page is not None:
        parts.append(f"p. {c.page_label or c.page}")
    if c.ref:
        parts.append(f"line {c.ref}")
    if c.section:
        parts.append(c.section)
    return parts


def citation_card(c: Citation) -> str:
    """One citation as an HTML card: [id] title, line badge, where, and the highlighted quote."""
    e = html.escape
    ref = f'<span class="plans-ref">line {e(c.ref)}</span>' if c.ref else ""
    meta = " · ".join(e(p) for p in where(c))
    marked = highlight(c.passage, c.quote)
    if marked is not None:
        body = f'<div class="plans-passage">{marked}</div>'
    else:
        body = f'<div class="plans-quote"><mark>{e(c.quote.strip())}</mark></div>'
    return (
        f'<div class="plans-card" data-citation="{c.id}">'
        f'<div class="plans-card-head"><span class="plans-card-id">[{c.id}]</span>'
        f"<span>{e(c.title or c.document)}</span>{ref}</div>"
        f'<div class="plans-card-meta">{meta}</div>{body}</div>'
    )
