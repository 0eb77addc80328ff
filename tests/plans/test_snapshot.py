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


def _snapshot(docs: dict[str, tuple[str, list[str]]]):
    from plans.index.snapshot import Snapshot, StoredChunk

    records, chunks = {}, []
    for doc_id, (title, texts) in docs.items():
        info = _info().model_copy(update={"id": doc_id, "document": doc_id, "title": title})
        records[doc_id] = DocumentRecord(info)
        chunks += [StoredChunk(id=f"{doc_id}-{i}", doc_id=doc_id, kind="passage", text=t, search_text=t, section="",
                               page=None, start=i * 100, end=i * 100 + len(t)) for i, t in enumerate(texts)]
    return Snapshot.build(records, chunks)


def test_two_title_words_name_a_plan_together_when_neither_does_alone():
    """'business' and 'human' are written by other plans too, so neither names the harbour
    plan; the passages writing both are the harbour plan's, so the two in a row name it."""
    snap = _snapshot({
        "harbour-plan.md": ("Business and Human Rights in the Harbour", [
            "Companies in the port respect business and human rights duties.",
            "The business and human rights desk advises port companies.",
            "Each year the harbour council reviews business and human rights progress."]),
        "norland-report.md": ("Norland Human Rights Report", [
            f"Human rights of fishers are protected in district {i}." for i in range(4)]),
        "varlande-census.md": ("Varlande Business Census", [f"Business owners in region {i} answer the census." for i in range(4)]),
    })
    assert not {"busi", "human"} & snap.naming_words["harbour-plan.md"]
    assert ("busi", "human") in snap.naming_pairs["harbour-plan.md"]
    assert ("human", "right") not in snap.naming_pairs["harbour-plan.md"]  # Norland's report writes both
    assert snap.named_by(["bodi", "busi", "human", "right"]) == {"harbour-plan.md"}
    assert snap.named_by(["human", "right", "fisher"]) == set()
    assert snap.named_by(["human", "bodi", "busi"]) == set()  # not in a row
    assert snap.naming_in("harbour-plan.md", ["bodi", "busi", "human", "right"]) == {"busi", "human"}


def test_stems_alike_are_found_by_their_first_letters():
    snap = _snapshot({"havenland.md": ("Havenland", ["Havenland bouwt een nieuwe haven in Havenland-Zuid."])})
    assert "havenland" in snap.alike_stems("havenlands")
    assert snap.alike_stems("have") == set()  # too short to tell


def test_a_plan_whose_title_names_nothing_is_named_by_the_proper_name_it_writes_all_through():
    """'Norland' is written inside the sentences of every other passage of the adaptation
    programme, never in lower case, and nowhere else: it names that programme, whose title
    names nothing of its own. A word capitalised only in its headings ('Measure', written in
    lower case in its sentences) and a plan whose title names it already gain nothing."""
    norland = [f"In the year {2020 + i} the coasts of Norland lost {i + 2} hectares of dunes to the sea."
               if i % 2 == 0 else f"Measure {i}: the towns raise their dykes by {i} centimetres, and each measure is costed."
               for i in range(12)]
    varlande = [f"The dykes of the Varlande delta protect {i + 3} kilometres of Rivertown's banks." for i in range(10)]
    snap = _snapshot({
        "adaptation-programme.pdf": ("National Programme for Coastal Resilience", norland),
        "varlande-plan.md": ("Varlande Flood Plan", varlande),
        "coastal-report.md": ("Coastal Adaptation Report", ["Dunes and dykes protect the coast of many countries."]),
    })
    assert snap.naming_words["adaptation-programme.pdf"] == {"norland"}
    assert snap.naming_words["varlande-plan.md"] == {"varland"}  # not also "rivertown"
    assert snap.named_by(["norland"]) == {"adaptation-programme.pdf"}
