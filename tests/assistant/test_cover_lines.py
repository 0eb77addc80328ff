"""The lines of a plan's cover (headings with nothing under them and no section around them:
its title set on several lines, the ministry above it in two languages) are stored as
"cover" chunks: a question about the plan itself quotes them, but search never returns
them (a question naming the plan would otherwise find its cover first). Through the HTTP
API and the index, over plans written here."""

from __future__ import annotations

import pytest

from tests.conftest import ask_http as ask
from tests.conftest import serving_files

HARBOUR = """# HARBOUR SAFETY

# NORLAND NATIONAL ACTION PLAN 2031-2034

## Why a plan

Storms flooded the quays of four harbour towns in 2029, and the towns asked for common rules.

## Measures

The Port Agency raises the quays of Arden and Belmoor by one metre before 2033.

The Coast Guard trains the pilots of the four towns every spring.
"""

LIGHTS = """# RÉPUBLIQUE DE VARLANDE

# MINISTÈRE DE LA MER ET DES PHARES

# REPUBLIC OF VARLANDE

# MINISTRY OF THE SEA AND LIGHTHOUSES

# Plan des phares de la Varlande 2031

## Contexte

Les phares de la côte nord sont vieux et la plupart fonctionnent encore au gaz.

## Mesures

L'agence maritime remplace les lampes de douze phares par des lampes solaires avant 2033.
"""


# a cover drawn in bold: the reader joins the lines of one body's name into one heading
OSTRAVIA_COVER = ["**RÉPUBLIQUE D'OSTRAVIE", "----------------", "**MINISTÈRE DE LA MER", "**ET DES PHARES",
                  "**REPUBLIC OF OSTRAVIA", "----------------", "**MINISTRY OF THE SEA", "**AND LIGHTHOUSES", "",
                  "**Plan des phares d'Ostravie 2031", "", "**Contexte",
                  "Les phares de la côte sud sont vieux et la plupart fonctionnent encore au gaz.", "", "**Mesures",
                  "L'agence maritime remplace les lampes de dix phares par des lampes solaires avant 2034."]


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    files = {"norland-harbour-safety.md": HARBOUR, "plan-phares-varlande.md": LIGHTS}
    with serving_files(tmp_path_factory, embedder, files) as c:
        yield c


def test_a_title_set_on_bodiless_lines_is_quoted_from_the_cover(client):
    body = ask(client, "What is the title of the Norland harbour safety plan?")
    assert not body["abstained"], body["answer"]
    assert "NORLAND NATIONAL ACTION PLAN 2031-2034" in body["answer"], body["answer"]
    assert body["citations"][0]["quote"] in ("HARBOUR SAFETY", "NORLAND NATIONAL ACTION PLAN 2031-2034"), body["citations"]


def test_what_this_document_is_is_its_title_from_the_cover(client):
    body = ask(client, "What is this Norland harbour document exactly?")
    assert not body["abstained"], body["answer"]
    assert "2031-2034" in body["answer"] and "2031-2034" in body["citations"][0]["quote"], body


def test_a_bilingual_cover_names_the_body_in_the_question_s_language(client):
    body = ask(client, "Quel ministère publie le plan des phares de la Varlande ?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "MINISTÈRE DE LA MER ET DES PHARES", body
    body = ask(client, "Which ministry issued the Varlande plan?")
    assert not body["abstained"], body["answer"]
    assert body["citations"][0]["quote"] == "MINISTRY OF THE SEA AND LIGHTHOUSES", body


def test_a_question_on_the_plan_s_content_is_not_answered_by_its_cover(client):
    body = ask(client, "What will the Norland harbour safety plan do about the quays?", include_evidence=True)
    assert "one metre" in body["answer"], body["answer"]
    assert all(e["kind"] != "cover" for e in body["evidence"]), body["evidence"]


def test_cover_lines_are_stored_but_never_searched(service_factory, tmp_path):
    (tmp_path / "norland-harbour-safety.md").write_text(HARBOUR, encoding="utf-8")
    service = service_factory()
    service.ingestor.ingest([tmp_path / "norland-harbour-safety.md"])
    snapshot = service.index.snapshot
    covers = [c for c in snapshot.chunks.values() if c.kind == "cover"]
    assert sorted(c.text for c in covers) == ["HARBOUR SAFETY", "NORLAND NATIONAL ACTION PLAN 2031-2034"]
    found = {i for i, _ in snapshot.bm25_search("harbour safety Norland national action plan", 50)}
    found |= {i for i, _ in service.index.vector_search("HARBOUR SAFETY NORLAND NATIONAL ACTION PLAN 2031-2034", 50)}
    assert found and not found & {c.id for c in covers}


@pytest.fixture(scope="module")
def pdf_client(tmp_path_factory, embedder):
    with serving_files(tmp_path_factory, embedder, {"plan-phares-ostravie.pdf": OSTRAVIA_COVER}) as c:
        yield c


def test_a_body_named_on_two_lines_of_a_cover_is_quoted_whole(pdf_client):
    body = ask(pdf_client, "Which ministry issued the Ostravia plan?")
    assert not body["abstained"], body["answer"]
    assert " ".join(body["citations"][0]["quote"].split()) == "MINISTRY OF THE SEA AND LIGHTHOUSES", body
