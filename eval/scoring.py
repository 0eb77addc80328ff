"""The scoring rules of the gold set (see eval/README.md), one small function each.

Every function takes one gold item and one response (the JSON of POST /v1/ask) and
returns a bool; `score_item` combines them into the item's verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from plans.text import normalize

DEFAULT_MAX_CHARS = 500
# An overview is 3 to 5 cited sentences within 900 characters (the product's own limit).
MAX_CHARS_BY_CATEGORY = {"overview": 900}


@dataclass
class Verdict:
    correct: bool
    answer_ok: bool  # answer accuracy: not abstained, length, must, must_not
    citation_ok: bool  # a citation from the gold doc (with quote_has / page)
    abstention_ok: bool
    reasons: list[str] = field(default_factory=list)


def answerable(item: dict) -> bool:
    return item.get("answerable", True) is not False


def within_length(item: dict, response: dict) -> bool:
    """The answer is at most `max_chars` characters (default 500; 900 for an overview)."""
    return len(response.get("answer", "")) <= max_chars(item)


def max_chars(item: dict) -> int:
    return item.get("max_chars", MAX_CHARS_BY_CATEGORY.get(item.get("category", ""), DEFAULT_MAX_CHARS))


def missing_must(item: dict, response: dict) -> list[list[str]]:
    """The `must` groups with no alternative in the answer (every group needs one)."""
    answer = normalize(response.get("answer", ""))
    return [g for g in item.get("must", []) if not any(normalize(a) in answer for a in g)]


def avoids_must_not(item: dict, response: dict) -> bool:
    """No `must_not` term appears in the answer."""
    answer = normalize(response.get("answer", ""))
    return not any(normalize(t) in answer for t in item.get("must_not", []))


def citation_matches(item: dict, citation: dict) -> bool:
    """The citation comes from the gold doc and satisfies `quote_has` and `page` if given."""
    if item.get("doc") and PurePath(citation.get("document", "")).stem != item["doc"]:
        return False
    if item.get("quote_has"):
        needle = normalize(item["quote_has"])
        if needle not in normalize(citation.get("quote", "")) and needle not in normalize(citation.get("ref") or ""):
            return False
    if item.get("page") is not None and citation.get("page") != item["page"]:
        return False
    return True


def has_citation(item: dict, response: dict) -> bool:
    """At least one citation matches the gold doc (and quote_has / page)."""
    return any(citation_matches(item, c) for c in response.get("citations", []))


def score_item(item: dict, response: dict) -> Verdict:
    abstained = bool(response.get("abstained"))
    if not answerable(item):
        return Verdict(abstained, abstained, True, abstained, [] if abstained else ["answered an unanswerable question"])
    reasons: list[str] = []
    if abstained:
        reasons.append("abstained")
    if not within_length(item, response):
        reasons.append(f"answer longer than {max_chars(item)} characters")
    missing = missing_must(item, response)
    if missing:
        reasons.append("missing " + "; ".join(" / ".join(g) for g in missing))
    if not avoids_must_not(item, response):
        reasons.append("contains a must_not term")
    answer_ok = not reasons
    citation_ok = has_citation(item, response)
    if not citation_ok:
        reasons.append(f"no citation from {item.get('doc')}" + (f" with '{item['quote_has']}'" if item.get("quote_has") else ""))
    return Verdict(answer_ok and citation_ok and not abstained, answer_ok, citation_ok, not abstained, reasons)
