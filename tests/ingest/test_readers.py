"""Readers: text decoding, Markdown, Word, structure, title and byline, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.reading import read_document
from ingest.structure import heading_text
from plans.errors import ReadError


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_text_file_keeps_the_file_text_verbatim(tmp_path):
    body = "A PLAN FOR RIVERS\n\nIntroduction\n\nThe river plan was adopted on 3 March 2021. It covers ten basins.\n"
    doc = read_document(write(tmp_path / "rivers.txt", body))
    assert doc.text == body
    assert doc.name == "rivers.txt"
    assert doc.title == "A PLAN FOR RIVERS"
    kinds = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert ("heading", "Introduction") in kinds
    assert ("paragraph", "The river plan was adopted on 3 March 2021. It covers ten basins.") in kinds
    assert doc.pages == [] and doc.page_at(10) is None


def test_text_that_is_not_utf8_is_decoded_with_a_fallback(tmp_path):
    doc = read_document(write(tmp_path / "latin.txt", "Coopération au développement: 12 projets.".encode("cp1252")))
    assert "Coopération au développement" in doc.text


def test_markdown_headings_lists_and_a_page_break_inside_a_sentence(tmp_path):
    body = (
        "# Water Strategy\n\n## 2. Actions\n\nThe region will fund the following measures:\n\n"
        "- Restore wetlands along the coast;\n- Publish flood maps every year.\n\n"
        "The storage basins negotiated with 12 municipalities are a priority for\n\n\n\ninclusion in the budget.\n"
    )
    doc = read_document(write(tmp_path / "water.md", body))
    headings = [(b.level, heading_text(doc.text, b)) for b in doc.blocks if b.kind == "heading"]
    assert headings == [(1, "Water Strategy"), (2, "2. Actions")]
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["- Restore wetlands along the coast;", "- Publish flood maps every year."]
    joined = [doc.text[b.start : b.end] for b in doc.blocks if "12 municipalities" in doc.text[b.start : b.end]]
    assert len(joined) == 1 and joined[0].endswith("inclusion in the budget.")  # one paragraph again


def test_numbered_lines_after_a_colon_are_items_and_a_later_numbered_heading_is_not(tmp_path):
    """Short numbered lines under "… divided into three zones:" are that sentence's list: read
    as numbered headings, each closed the one above it and their words were in no passage.
    A numbered line that does not go on from 1 ("3. Budget" after a colon) is still a heading."""
    body = (
        "Coastal Plan\n\nThe coast is divided into three zones:\n\n1. Northern dunes\n2. Central marshes\n"
        "3. Southern cliffs\n\nEach zone has its own warden.\nThe wardens report as follows:\n\n"
        "3. Budget\n\nThe plan costs two million euro.\n"
    )
    doc = read_document(write(tmp_path / "coast.txt", body))
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["1. Northern dunes", "2. Central marshes", "3. Southern cliffs"]
    headings = [heading_text(doc.text, b) for b in doc.blocks if b.kind == "heading"]
    assert "3. Budget" in headings and "Each zone has its own warden." not in headings


def test_hard_wrapped_paragraphs_are_split_at_short_closing_lines(tmp_path):
    line = ("word " * 24).strip()
    body = (f"Title Line\n\nWords {line}\n{line}\nend of the first paragraph.\n"
            f"Second paragraph starts here and {line}\ngoes on.\n")
    doc = read_document(write(tmp_path / "wrapped.txt", body))
    paras = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paras) == 2
    assert paras[0].endswith("end of the first paragraph.") and paras[1].startswith("Second paragraph")


def test_byline_is_found_and_ordinary_words_are_not_taken_for_names(tmp_path):
    body = "Country Report\n\nMaria Verhoeven\n\n1 | Introduction\n\nThis report looks at the country report process.\n"
    doc = read_document(write(tmp_path / "report.txt", body))
    assert doc.author == "Maria Verhoeven"
    assert doc.text[doc.author_span[0] : doc.author_span[1]] == "Maria Verhoeven"


def test_docx_paragraphs_headings_and_an_action_table(tmp_path):
    docx = pytest.importorskip("docx")
    from ingest.commitments import commitments

    d = docx.Document()
    d.add_heading("Plan on Clean Air", level=1)
    d.add_paragraph("The plan was approved on 5 May 2023 by the regional government.")
    table = d.add_table(rows=3, cols=5)
    for cell, text in zip(table.rows[0].cells, ["No.", "Objective", "Measure", "Indicator", "Responsible"]):
        cell.text = text
    rows = [["1.1", "Cut emissions from transport.", "Extend low-emission zones to all cities.", "Zones created.", "Mobility"],
            ["1.2", None, "Subsidise electric buses.", "Buses bought.", "Mobility\nFinance (coordination)"]]
    for r, values in enumerate(rows, start=1):
        for cell, text in zip(table.rows[r].cells, values):
            if text is not None:
                cell.text = text
    table.cell(1, 1).merge(table.cell(2, 1))  # the objective spans both measures
    path = tmp_path / "air.docx"
    d.save(path)
    doc = read_document(path)
    assert doc.title == "Plan on Clean Air"
    assert "approved on 5 May 2023" in doc.text
    rows = commitments(doc)
    assert [r.ref for r in rows] == ["1.1", "1.2"]
    assert rows[1].goal.text == "Cut emissions from transport."  # the merged objective cell belongs to both
    assert rows[1].values("lead") == ["Mobility", "Finance"]
    assert rows[1].coordination == ["Finance"]
    assert rows[1].values("indicator") == ["Buses bought."]
    for r in rows:
        for f in r.fields:
            assert doc.text[f.source.start : f.source.end] == f.source.text
            assert " ".join(f.source.text.split()) == f.text


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"  \n\n ", "the file has no text"),
        ("binary.txt", b"\x00\x01\x02" * 50, "binary"),
        ("notes.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
        ("broken.docx", b"this is not a zip", "not a valid .docx"),
        ("empty.docx", b"", "the file is empty"),
    ],
)
def test_bad_files_raise_one_line_errors_naming_the_file(tmp_path, name, data, reason):
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / name, data))
    message = str(err.value)
    assert message.startswith(name + ":") and reason in message and "\n" not in message
