"""Numbered lines right under each other ("1. Safer quays – …", "2. Cleaner water – …") are a
numbered list, though each would pass for a numbered heading; a numbered heading has its
text under it, and stays a heading."""

from __future__ import annotations

from ingest.structure import segment

TEXT = """Harbour Plan of Varlande

1. Why the plan

The harbours of Varlande silt up faster each year, the quays are old and the boats that use them grow larger with every decade that passes.

2. Themes

Each project serves one of three themes, set out below. A town picks at least one of them in the first year of the plan, with its fishermen.

1. Safer quays – measures that address mooring and rescue posts
2. Cleaner water – measures that address spills and waste
in the outer basins
3. Open traffic figures – measures that address ship movements

3. Funding

The Harbour Agency pays for the first theme from its own budget, and the towns pay for the other two from the harbour fees they raise.
"""


def test_adjacent_numbered_lines_are_items_and_numbered_headings_stay():
    blocks = segment(TEXT)
    kinds = [(b.kind, TEXT[b.start : b.end]) for b in blocks]
    headings = [t for k, t in kinds if k == "heading"]
    assert headings[1:] == ["1. Why the plan", "2. Themes", "3. Funding"], kinds
    items = [t for k, t in kinds if k == "list_item"]
    assert [t[:4] for t in items] == ["1. S", "2. C", "3. O"], kinds
    assert items[1].endswith("in the outer basins"), items
