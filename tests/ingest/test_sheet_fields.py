"""Labelled fields of a project sheet set on one line: "Financement : Fonds vert, Etat
Durée : 6 ans" holds two fields, the funders and the duration; a colon inside a body's name
("Ministère de la Santé : Direction …") cuts nothing, since "Santé" names no column's role.
Each value keeps its verbatim span of the document text."""

from __future__ import annotations

from ingest.tables.model import GridCell, GridLine
from ingest.tables.sheets import fields_of

TEXT = ("Objectif : Protéger les dunes du littoral\n"
        "Financement : Fonds vert de Varlande, Banque du Nord Durée : 6 ans\n"
        "Coût : 5 M USD Période : 2024-2030 Responsable : Direction des Forêts\n"
        "Partenaires : Ministère de la Santé : Direction de la Prévention\n")


def _cell(text: str) -> GridCell:
    lines, at = [], 0
    for line in text.splitlines():
        lines.append(GridLine(line, at, at + len(line)))
        at += len(line) + 1
    return GridCell(" ".join(text.split()), 0, len(text), tuple(lines))


def test_fields_set_on_one_line_are_read_apart():
    fields = {f.label: f.value for f in fields_of(_cell(TEXT))}
    assert {k: v.text for k, v in fields.items()} == {
        "Objectif": "Protéger les dunes du littoral",
        "Financement": "Fonds vert de Varlande, Banque du Nord",
        "Durée": "6 ans",
        "Coût": "5 M USD",
        "Période": "2024-2030",
        "Responsable": "Direction des Forêts",
        "Partenaires": "Ministère de la Santé : Direction de la Prévention",
    }
    for value in fields.values():
        assert TEXT[value.start:value.end] == value.text
