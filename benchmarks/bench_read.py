"""Reading speed of PDFs: `read_document` on a synthetic plan of N pages (prose in two
columns, headings, bulleted lists, a ruled table on every fifth page, running heads and
page numbers), and on prefixes of it, to show that reading time grows linearly with the
page count (CPU seconds too: on a shared machine the wall clock says more about the
neighbours). Writes the PDFs to a temp folder only. Usage:
    python benchmarks/bench_read.py [--pages 300]"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORDS = ("the regional government will fund flood defences along the coast and train "
          "municipal staff in emergency planning while farmers receive support for water "
          "storage and the monitoring network reports every week to the board").split()


def _sentence(i: int, n: int = 14) -> str:
    words = [_WORDS[(i * 7 + k) % len(_WORDS)] for k in range(n)]
    return " ".join(words).capitalize() + "."


def write_plan(path: Path, pages: int) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)

    body = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10)
    width, height = A4
    margin, gutter = 50, 18
    col = (width - 2 * margin - gutter) / 2

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, height - 30, "Synthetic Resilience Plan - benchmark edition")
        canvas.drawRightString(width - margin, 25, str(doc.page))
        canvas.restoreState()

    two = PageTemplate("two", [Frame(margin, margin, col, height - 2 * margin, id="l"),
                               Frame(margin + col + gutter, margin, col, height - 2 * margin, id="r")], onPage=furniture)
    one = PageTemplate("one", [Frame(margin, margin, width - 2 * margin, height - 2 * margin)], onPage=furniture)
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[two, one])
    story: list = []
    from reportlab.platypus.doctemplate import NextPageTemplate

    for p in range(pages):
        if p % 5 == 4:
            story.append(NextPageTemplate("one"))
            story.append(PageBreak())
            data = [["No.", "Measure", "Lead body", "Due date"]]
            data += [[f"{p}.{r}", Paragraph(_sentence(p + r, 22), cell), "Regional Council", str(2026 + r % 5)]
                     for r in range(1, 13)]
            t = Table(data, colWidths=[40, 300, 100, 55])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Paragraph(f"Table {p}. Measures of chapter {p}", head), t, NextPageTemplate("two"), PageBreak()]
            continue
        story.append(Paragraph(f"{p + 1}. Chapter {p + 1}", head))
        for k in range(6):
            story.append(Paragraph(" ".join(_sentence(p * 11 + k * 3 + j) for j in range(4)), body))
            story.append(Spacer(1, 4))
        story.append(Paragraph("• " + _sentence(p, 9), body))
        story.append(Paragraph("• " + _sentence(p + 1, 9), body))
        story.append(FrameBreak())
        for k in range(6):
            story.append(Paragraph(" ".join(_sentence(p * 13 + k + j) for j in range(4)), body))
            story.append(Spacer(1, 4))
        story.append(PageBreak())
    doc.build(story)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=300, help="pages of the largest plan (default 300)")
    args = ap.parse_args()
    from ingest.reading import read_document

    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'pages':>6} {'seconds':>8} {'cpu s':>7} {'cpu s/page':>10} {'grids':>6} {'chars':>9}")
        for n in sorted({max(10, args.pages // 4), max(10, args.pages // 2), args.pages}):
            path = write_plan(Path(tmp) / f"plan-{n}.pdf", n)
            t, cpu = time.perf_counter(), time.process_time()
            doc = read_document(path)
            dt, dc = time.perf_counter() - t, time.process_time() - cpu
            n = len(doc.pages)
            print(f"{n:>6} {dt:>8.2f} {dc:>7.2f} {dc / n:>10.3f} {len(doc.grids):>6} {len(doc.text):>9}")


if __name__ == "__main__":
    main()
