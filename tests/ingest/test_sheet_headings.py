"""A project sheet whose table prints no title of its own (its first cell is a field label,
"Justification du projet") takes its id and title from the heading it sits under ("Projet 8 :
Réduction de …"), in a PDF drawn here. A chapter's bare number ("4. Mesures transversales")
is no sheet id."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ingest.commitments import commitments
from ingest.reading import read_document
from tests.conftest import ask_http as ask
from tests.conftest import serving

BODY = ParagraphStyle("b", fontName="Helvetica", fontSize=9, leading=11)
LABEL = ParagraphStyle("l", fontName="Helvetica-Bold", fontSize=9, leading=11)
HEADING = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)


def _sheet(rows: list[tuple[str, str]], width: float) -> Table:
    t = Table([[Paragraph(a, LABEL), Paragraph(b, BODY)] for a, b in rows], colWidths=[0.3 * width, 0.7 * width])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _plan(path: Path) -> Path:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, title="Plan de Varlande")
    w = doc.width
    doc.build([
        Paragraph("Plan d'adaptation de Varlande", HEADING),
        Paragraph("Le plan rassemble les fiches des projets d'adaptation des villes portuaires de Varlande.", BODY),
        Paragraph("Projet 8 : Réduction de la vulnérabilité des quartiers portuaires", HEADING),
        Paragraph("Les quartiers portuaires de Varlande sont exposés aux crues et à la montée de la mer.", BODY),
        Spacer(1, 6),
        _sheet([("Justification du projet", "Les quartiers bas sont inondés chaque hiver."),
                ("Pilote de l'action", "Ministère de l'Habitat"),
                ("Durée – Calendrier", "Projet de 5 ans, 2026-2030"),
                ("Budget", "3 millions d'euros")], w),
        Paragraph("4. Mesures transversales", HEADING),
        Paragraph("Les mesures transversales appuient tous les projets du plan.", BODY),
        Spacer(1, 6),
        _sheet([("Justification du projet", "Les données sur la montée de la mer manquent dans la plupart des villes."),
                ("Pilote de l'action", "Institut de la Mer"),
                ("Durée – Calendrier", "Projet de 3 ans, 2026-2028"),
                ("Budget", "1 million d'euros")], w),
    ])
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory) -> Path:
    return _plan(tmp_path_factory.mktemp("sheets") / "plan-adaptation-varlande.pdf")


def test_the_sheet_takes_the_heading_it_sits_under(plan):
    rows = commitments(read_document(plan))
    by_lead = {c.values("lead")[0]: c for c in rows if c.values("lead")}
    eight = by_lead["Ministère de l'Habitat"]
    assert eight.ref == "Projet 8"
    assert eight.action == "Réduction de la vulnérabilité des quartiers portuaires"
    assert eight.field("budget").text == "3 millions d'euros"
    assert by_lead["Institut de la Mer"].ref == ""  # under a chapter's bare number: no id


def test_the_sheet_asked_by_its_id(plan, tmp_path_factory, embedder):
    with serving(tmp_path_factory.mktemp("index"), embedder, [plan]) as client:
        body = ask(client, "Quel budget est prévu pour le projet 8 du plan de Varlande ?")
        assert not body["abstained"], body["answer"]
        assert "3 millions" in body["answer"], body["answer"]
