"""A line read as a heading by its shape (short, capitalised, no closing stop) under a
markdown heading sits below that heading: a glossary of "ABBR: Full Name" lines under
"## Abbreviations" stays in that section, indexed, instead of closing it at the top level,
where a heading with nothing under it and no section around it is left out."""

from __future__ import annotations

from ingest.structure import segment
from tests.conftest import ask_http as ask
from tests.conftest import serving_files

PLAN = """# Varland coast plan 2031-2035

## Abbreviations

HWA: Harbour Water Agency

SCO: Storm Coordination Office

## Governance

The HWA and the SCO report to the coast council every year.
"""


def test_shaped_headings_sit_below_the_markdown_heading():
    levels = [(PLAN[b.start:b.end], b.level) for b in segment(PLAN) if b.kind == "heading"]
    assert levels == [("# Varland coast plan 2031-2035", 1), ("## Abbreviations", 2),
                      ("HWA: Harbour Water Agency", 3), ("SCO: Storm Coordination Office", 3), ("## Governance", 2)]


def test_a_text_without_markdown_headings_keeps_its_levels():
    text = "HARBOUR PLAN\n\nThe plan covers the ports.\n\n1.2 Dredging\n\nThe channel is dredged.\n"
    assert [b.level for b in segment(text) if b.kind == "heading"] == [1, 2]


def test_the_glossary_lines_are_indexed_and_answer(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"varland-coast-plan.md": PLAN}) as client:
        body = ask(client, "What does SCO stand for?")
        assert not body["abstained"], body["answer"]
        assert "Storm Coordination Office" in body["answer"], body["answer"]
