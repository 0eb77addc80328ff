"""The PDF reader reads text as a person does: words from glyph gaps, columns one after
the other, running heads and page numbers left out, page labels, words broken over a line
end made whole, pages without a text layer reported, a scan refused in one line."""

from __future__ import annotations

import pytest

from ingest.readers.pdf import read_pdf
from plans.errors import ReadError
from tests.support import synth_layouts as S


def test_two_columns_read_one_after_the_other(tmp_path):
    doc = read_pdf(S.two_columns(tmp_path / "columns.pdf"))
    paragraphs = [S.COLUMN_TITLE] + ["\n".join(p) for p in (*S.LEFT, *S.RIGHT)]
    assert doc.text == "\n\n".join(paragraphs)
    assert doc.grids == []  # prose in two columns is not a table
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_words_placed_glyph_by_glyph_come_apart(tmp_path):
    sentences = ["Structure institutionnelle de mise en oeuvre du plan.",
                 "Cameroon Development Corporation runs the estates."]
    doc = read_pdf(S.glyph_by_glyph(tmp_path / "glyphs.pdf", sentences))
    assert doc.text.split() == " ".join(sentences).split()
    assert doc.text.split("\n") == sentences


def test_page_labels_from_the_pdf(tmp_path):
    doc = read_pdf(S.page_labels(tmp_path / "labels.pdf", front=2, body=3))
    assert [(p.number, p.label) for p in doc.pages] == [(1, "i"), (2, "ii"), (3, "1"), (4, "2"), (5, "3")]
    assert doc.page_labels == ("i", "ii", "1", "2", "3")
    page3 = doc.pages[2]
    assert doc.text[page3.start:page3.end] == "Physical page 3 of the labelled document."


def test_printed_page_numbers_offset_from_physical_pages(tmp_path):
    doc = read_pdf(S.running_numbers(tmp_path / "running.pdf", unnumbered=2, numbered=4))
    assert [p.label for p in doc.pages] == [None, None, "1", "2", "3", "4"]
    assert S.RUNNING_HEAD not in doc.text
    lines = doc.text.split("\n")
    assert not any(line.strip().isdigit() for line in lines)  # page numbers left out of the text
    for p in doc.pages:
        assert doc.text[p.start:p.end] == (f"Body text of physical page {p.number}, which says something.\n"
                                           "A second line of body text keeps the page honest.")


def test_hyphenation_rejoined_real_hyphens_kept(tmp_path):
    doc = read_pdf(S.hyphenated(tmp_path / "hyphens.pdf"))
    assert doc.text.split("\n") == [
        "The board will seek the approval",
        "of the minister for each co-performer",
        "named in the annex. The",
        "investeringsfonds",
        "pays for the pumps; the co-performer",
        "reports twice a year.",
    ]
    assert "\u00ad" not in doc.text


def test_a_page_without_text_layer_is_reported(tmp_path):
    doc = read_pdf(S.with_picture_page(tmp_path / "picture.pdf"))
    assert doc.warnings == ["page 2 has no text layer"]
    assert doc.text == "Typed text on page 1.\n\n\n\nTyped text on page 3."
    assert [p.number for p in doc.pages] == [1, 2, 3]


def test_a_pdf_without_any_text_layer_is_refused_in_one_line(tmp_path):
    path = S.with_picture_page(tmp_path / "scan.pdf", picture_only=True)
    with pytest.raises(ReadError) as info:
        read_pdf(path)
    message = str(info.value)
    assert message == "scan.pdf: a scanned PDF with no text layer (OCR is not supported)"


def test_a_word_processor_file_name_in_the_metadata_is_not_the_title(tmp_path):
    """Exporters write "(Microsoft Word - plan_final.docx)" as the PDF title: the plan's own
    heading is its title then."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("(Microsoft Word - PLAN_Coastal_VF_Valid\\351e - FINAL)")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Coastal Adaptation Plan 2030")
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "This plan protects the coast of the region against erosion until 2030.")
    c.save()
    doc = read_pdf(path)
    assert "Microsoft Word" not in doc.title
    assert doc.title in ("Coastal Adaptation Plan 2030", "plan")


def test_a_footnote_mark_set_off_its_line_leaves_the_paragraph_whole(tmp_path):
    doc = read_pdf(S.footnoted(tmp_path / "footnoted.pdf"))
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    marked = S.FOOTNOTED[1].replace(S.FOOTNOTE_AFTER, S.FOOTNOTE_AFTER + " 3")
    assert doc.text.split("\n") == [S.FOOTNOTED[0], marked, *S.FOOTNOTED[2:]]


def test_a_section_number_on_its_own_line_opens_its_heading(tmp_path):
    from ingest.structure import heading_text

    doc = read_pdf(S.numbers_over_headings(tmp_path / "numbered.pdf"))
    headings = [heading_text(doc.text, b) for b in doc.blocks if b.kind == "heading"]
    assert headings == [S.NUMBERED_TITLE, *(f"{n} {h}" for n, h, _ in S.NUMBERED_SECTIONS)]
    figure = next(b for b in doc.blocks if doc.text[b.start:b.end].startswith(S.FIGURE_NUMBER))
    assert figure.kind != "heading"  # a large figure over body text opens no heading
