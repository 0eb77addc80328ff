"""A document's title when its file opens with lesser headings: a report after its cover
letter takes the heading that holds most of the text, not the letterhead (PDF and Markdown)."""

from __future__ import annotations

from pathlib import Path

from ingest.reading import read_document

SECTIONS = ("Summary", "Where shared bikes are used", "What the province can do")
BODY = ("Shared bikes add a travel option for commuters who cycle the last part of their trip. "
        "Municipalities set rules for parking and for the number of bikes each provider may offer. ")


def _report_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph("Member of the Provincial Executive", styles["Heading3"]),
             Paragraph("J. Jansen, 12 May 2021", styles["Normal"]),
             Paragraph("Dear members, we send you the quick study on shared bikes.", styles["Normal"]),
             Spacer(1, 20), Paragraph("Chances for shared bikes in Westerland", styles["Title"]),
             Paragraph("A quick study for the provincial council.", styles["Normal"])]
    for heading in SECTIONS:
        story += [Paragraph(heading, styles["Heading2"]), Paragraph(BODY * 6, styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_a_pdf_report_after_its_cover_letter(tmp_path):
    doc = read_document(_report_pdf(tmp_path / "quick-study.pdf"))
    assert doc.title == "Chances for shared bikes in Westerland", doc.title


def test_a_markdown_report_after_its_cover_letter(tmp_path):
    sections = "".join(f"## {h}\n\n{BODY * 6}\n\n" for h in SECTIONS)
    text = ("## Member of the Provincial Executive\n\nJ. Jansen, 12 May 2021\n\n"
            f"Dear members, we send you the quick study on shared bikes.\n\n# Chances for shared bikes in Westerland\n\n{sections}")
    path = tmp_path / "quick-study.md"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).title == "Chances for shared bikes in Westerland"


def test_a_title_at_the_top_stays(tmp_path):
    sections = "".join(f"## {h}\n\n{BODY * 6}\n\n" for h in SECTIONS)
    path = tmp_path / "plan.md"
    path.write_text(f"# Westerland mobility plan\n\nThe plan of the province.\n\n{sections}", encoding="utf-8")
    assert read_document(path).title == "Westerland mobility plan"


def _plain_pdf(path: Path, author: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    story = [Paragraph("Westerland mobility plan", styles["Title"]), Paragraph(BODY * 4, styles["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4, author=author).build(story)
    return path


def test_a_login_name_in_the_metadata_is_no_author(tmp_path):
    # the account that saved the file is not who wrote the plan
    assert read_document(_plain_pdf(tmp_path / "a.pdf", "jdoe")).author is None
    assert read_document(_plain_pdf(tmp_path / "b.pdf", "Westerland Mobility Office")).author == "Westerland Mobility Office"
    assert read_document(_plain_pdf(tmp_path / "c.pdf", "OECD")).author == "OECD"
