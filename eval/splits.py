"""How the gold items are grouped for reporting: the calibration / report split, the subset
(which data folder holds the item's document) and the language of the question.

The split is a deterministic function of the item id, so it never moves when items are added
or reordered: thresholds and weights may be fitted on `calibration` only, and `report` is
what is reported and gated. Held-out items (`split` starting with "holdout") are neither:
they are measured, never fitted on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

CALIBRATION_SHARE = 0.4
CALIBRATION, REPORT, HOLDOUT = "calibration", "report", "holdout"
DEFAULT_LANG = "en"


def split_of(item: dict, share: float = CALIBRATION_SHARE) -> str:
    """`holdout` for held-out items, else `calibration` for about `share` of the ids, else `report`."""
    if str(item.get("split", "")).startswith("holdout"):
        return HOLDOUT
    bucket = int(hashlib.sha256(item["id"].encode("utf-8")).hexdigest()[:8], 16) / 0xFFFFFFFF
    return CALIBRATION if bucket < share else REPORT


def lang_of(item: dict) -> str:
    """The language the question is asked in (en when the item does not say)."""
    return item.get("lang") or DEFAULT_LANG


def subset_of(item: dict, homes: dict[str, str], default: str) -> str:
    """The data folder (by name) that holds the item's document; `default` when the item
    names no document (unanswerable questions about the default collection)."""
    return homes.get(item.get("doc") or "", default)


def group(items: Iterable[dict], key: Callable[[dict], str]) -> dict[str, list[dict]]:
    """Items grouped by `key`, groups in sorted order."""
    out: dict[str, list[dict]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return dict(sorted(out.items()))
