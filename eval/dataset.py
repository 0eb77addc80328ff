"""The gold set: one JSON object per line (fields: README.md, Evaluation; scoring: eval/scoring.py)."""

from __future__ import annotations

import json
from pathlib import Path

from plans.errors import PlansError

CATEGORIES = ("factual", "list", "table", "reverse", "cross-document", "followup", "unanswerable",
              "overview", "definition", "document")
DEFAULT_PATH = Path(__file__).resolve().parent / "dataset.jsonl"


def load(path: Path = DEFAULT_PATH) -> list[dict]:
    """Items of the gold set, checked: a bad line is reported with its number."""
    items: list[dict] = []
    seen: set[str] = set()
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise PlansError(f"{path}: no such dataset file") from None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PlansError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        for key in ("id", "question"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise PlansError(f"{path}:{n}: field '{key}' is missing or empty")
        if item["id"] in seen:
            raise PlansError(f"{path}:{n}: duplicate id '{item['id']}'")
        if item.get("category", "factual") not in CATEGORIES:
            raise PlansError(f"{path}:{n}: unknown category '{item.get('category')}' (one of {', '.join(CATEGORIES)})")
        if item.get("answerable", True) and not item.get("doc"):
            raise PlansError(f"{path}:{n}: answerable item '{item['id']}' needs a 'doc'")
        seen.add(item["id"])
        items.append(item)
    if not items:
        raise PlansError(f"{path}: the dataset is empty")
    return items
