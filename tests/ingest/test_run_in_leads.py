"""A paragraph or list item that opens with a bold lead-in run into its text ("3. Managing
the docks – measures that address …") is no heading, even when most of its first line is
bold; nor is a bold lead-in wrapped over two lines before its text begins. A line whose
section number opens it stays a heading, though part of it is set in another face."""

from __future__ import annotations

from ingest.reading import read_document
from tests.support.synth_pdf import lines_pdf

LINES = [
    "**Harbour Plan of Varlande", "",
    "**1.2 Projects of the harbour plan and** their themes", "",
    "Each harbour project serves one of four themes, set out below.", "",
    "1. Safer quays – measures that address mooring, lighting and rescue posts",
    "along the whole waterfront of the town", "",
    "2. Cleaner water – measures that address spills and dredging", "",
    "**3. Better governed harbour authorities** – measures that address fees,",
    "procurement and the boards of the harbours", "",
    "4. Open data – measures that address the publication of traffic figures", "",
    "**2) Register of Harbour Assets and Moorings for the Coast**",
    "**of Varlande 2031-2035.** The register lists every quay owned by the state.", "",
    "**Funding", "",
    "The Harbour Agency pays for the first two themes from its own budget.",
]


def test_a_bold_lead_in_run_into_its_text_is_no_heading(tmp_path):
    doc = read_document(lines_pdf(tmp_path / "harbour-plan.pdf", LINES))
    headings = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"]
    assert "Funding" in headings and any(h.startswith("1.2 Projects") for h in headings), headings
    assert not any("governed harbour" in h for h in headings), headings
    assert not any("Register of Harbour Assets" in h for h in headings), headings
    item = next(b for b in doc.blocks if "governed harbour" in doc.text[b.start : b.end])
    assert "procurement and the boards" in doc.text[item.start : item.end]
