"""Document records keep the printed page labels, and records written before them load."""

from __future__ import annotations

import json

from plans.index.snapshot import DocumentRecord
from plans.records import DocumentInfo


def _info() -> DocumentInfo:
    return DocumentInfo(id="plan.pdf", document="plan.pdf", title="A plan", pages=4, chunks=0, commitments=0,
                        version="v1", size=10, kind="pdf")


def test_labels_round_trip_and_are_found_by_offset():
    record = DocumentRecord(_info(), (0, 100, 200, 300), ("i", "ii", "1", None))
    again = DocumentRecord.from_metadata(record.metadata())
    assert again == record
    assert [again.label_at(o) for o in (0, 150, 250, 350)] == ["i", "ii", "1", None]
    assert again.label_of(3) == "1" and again.label_of(9) is None and again.label_of(None) is None


def test_a_record_without_labels_still_loads():
    meta = {"info": _info().model_dump_json(), "page_starts": json.dumps([0, 100])}
    record = DocumentRecord.from_metadata(meta)
    assert record.page_labels == () and record.page_at(150) == 2 and record.label_at(150) is None
