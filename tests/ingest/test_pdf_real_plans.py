"""The PDF reader on real plans (data/real-plans, described page by page in its README):
tables as a person reads them on the page, page labels, bullets, and how many of the
French plans' words are words (glued words are not)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.readers.pdf import read_pdf
from plans.text import collapse_ws

REAL = Path(__file__).resolve().parents[2] / "data" / "real-plans"


def _read(name: str):
    path = REAL / name
    if not path.exists():
        pytest.skip(f"{name} not in data/real-plans")
    return read_pdf(path)


def _texts(row):
    return [c.text if c is not None else None for c in row]


def _row(grid, first: str):
    i = next(i for i, r in enumerate(grid.rows) if r[0] is not None and r[0].text.startswith(first))
    return grid.rows[i], grid.pages[i]


@pytest.fixture(scope="module")
def ogp():
    return _read("gb-en-ogp-national-action-plan-2013-2015.pdf")


@pytest.fixture(scope="module")
def armenia():
    return _read("am-en-adaptation-programme-measures-2021-2025.pdf")


@pytest.fixture(scope="module")
def q3():
    return _read("gb-en-open-data-commitments-report-q3-2013-14.pdf")


def test_ogp_annex_is_one_grid_over_its_landscape_pages(ogp):
    [grid] = [g for g in ogp.grids if 51 in g.pages]
    assert (grid.pages[0], grid.pages[-1]) == (51, 57)
    assert grid.header_rows == 1
    assert _texts(grid.rows[0])[:4] == ["No.", "Commitment", "Lead department(s)", "Supporting civil society organisations"]
    ids = [r[0].text for r in grid.rows[1:] if r[0] is not None and r[0].text.isdigit()]
    assert ids == [str(n) for n in range(1, 22)]  # the header printed on every page kept once
    themes = [r for r in grid.rows if all(c is r[0] for c in r)]
    assert len(themes) == 5 and themes[0][0].text.startswith("Open data: radically opening up government data")
    row7, page7 = _row(grid, "7")
    assert page7 == 53 and row7[2].text == "Department for Business, Innovation and Skills, HM Treasury"
    assert row7[1].text.startswith("The UK government will lead by example by creating a publicly accessible central registry")
    row13, page13 = _row(grid, "13")
    assert page13 == 55 and row13[2].text == "Scottish government"
    for row in grid.rows:
        for c in row:
            if c is not None:
                assert collapse_ws(ogp.text[c.start:c.end]) == c.text


def test_ogp_bullets_and_labels(ogp):
    assert "\uf0b7" not in ogp.text
    items = [ogp.text[b.start:b.end] for b in ogp.blocks if b.kind == "list_item"]
    assert len(items) > 150 and all(i.startswith("•") for i in items if not i[0].isdigit())
    assert [p.label for p in ogp.pages[50:53]] == ["51", "52", "53"]


def test_armenia_measures_matrix(armenia):
    [grid] = [g for g in armenia.grids if 30 in g.pages]
    assert (grid.pages[0], grid.pages[-1]) == (30, 36)
    assert _texts(grid.rows[0]) == ["Measures", "Indicative Outcome", "Performer", "Co-performer", "Due date",
                                    "Source of funding", "Financial assessment (thousand AMD)"]
    sections = [r[0].text for r in grid.rows if all(c is r[0] for c in r)]
    assert [s[:2] for s in sections] == ["1.", "2."]
    assert len(grid.rows) == 1 + 2 + 17 + 9
    row, page = _row(grid, "1.9.")
    assert page == 32
    assert row[2].text.startswith("Shirak Regional Administration of the RA Tavush Regional Administration of the RA")
    assert row[4].text == "2022, 1st trimester"
    row, _ = _row(grid, "1.10.")
    assert row[6].text == "80,000"
    assert "Vayots Dzor Regional Administration" in row[2].text  # the cell continued on p. 33
    row, _ = _row(grid, "1.1.")
    assert "“On approval of the climate change adaptation plan" in row[0].text  # "approv-" / "al" rejoined
    assert armenia.warnings == ["page 38 has no text layer"]  # a back cover of logos; pp. 2 and 37 are blank


def test_q3_compliance_matrix(q3):
    [grid] = [g for g in q3.grids if g.pages[0] == 3 and len(g.rows[0]) == 18]
    departments = _texts(grid.rows[0])[1:]
    assert departments == "BIS CO DCLG DECC DEFRA DCMS DfiD DfE DfT DH DWP FCO HMRC HMT HO MOD MoJ".split()
    rows = {r[0].text: dict(zip(departments, _texts(r)[1:])) for r in grid.rows[1:]}
    assert len(rows) == 11
    assert rows["Contract Finder"]["FCO"] == "Not Met"
    assert [d for d, v in rows["Spend data"].items() if v == "Not Met"] == ["BIS", "CO", "DCLG", "HMT", "MoJ"]
    assert rows["Workplace Management Information"]["FCO"] is None  # a blank cell


def test_printed_labels_offset_from_physical_pages():
    benin = _read("bj-fr-pna-2022.pdf")
    assert benin.pages[86].label == "70" and benin.pages[0].label == "i"
    study = _read("nl-nl-pzh-snelstudie-deelfiets-deelscooter-2021.pdf")
    assert [p.label for p in study.pages[18:21]] == ["17", "18", "19"]
    [annex] = [g for g in study.grids if g.pages[0] == 20]
    felyx = next(r for r in annex.rows if r[1] is not None and r[1].text == "Felyx")
    assert _texts(felyx)[1:] == ["Felyx", "deelscooters, vaak elektrisch", "Den Haag, Delft en Rotterdam", "1.500"]
    assert "Elke dag beter. Zuid Holland." not in study.text  # the running footer


# share of tokens of two or more letters found in pyspellchecker's French list; measured
# 0.923 (cm), 0.924 (bj), 0.925 (mg) with words spaced from glyph gaps and glyphs painted
# twice read once; words glued together are not in the list
FRENCH_FLOORS = {"cm-fr-pnacc-2015.pdf": 0.92, "bj-fr-pna-2022.pdf": 0.92, "mg-fr-pna-2021.pdf": 0.92}
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@pytest.mark.parametrize("name", sorted(FRENCH_FLOORS))
def test_french_plans_read_as_words(name):
    spell = pytest.importorskip("spellchecker")
    words = spell.SpellChecker(language="fr").word_frequency.dictionary
    doc = _read(name)
    tokens = [t for t in _TOKEN.findall(doc.text) if len(t) >= 2]
    known = sum(1 for t in tokens if t.lower() in words or re.split(r"['’]", t.lower())[-1] in words)
    assert known / len(tokens) >= FRENCH_FLOORS[name]
    assert "Changements Climatiques" in doc.text or "changements climatiques" in doc.text


def test_q3_views_table_is_keyed_by_its_labels_row(q3):
    """A title row spanning the table, then labels that are not role words, one of them with
    its period's figures ("Total for Q3 2013/14"): the rows are read by those labels."""
    from ingest.tables.keyed import read_grid

    [grid] = [g for g in q3.grids if g.pages[0] == 13 and len(g.rows[0]) == 5]
    table = read_grid(grid)
    assert table is not None and not table.key_value
    assert table.headers[1:] == ["October", "November", "December", "Total for Q3 2013/14"]
    assert len(table.rows) == 10
    first = {c.header: c.text for c in table.rows[0].cells}
    assert first["November"] == "17871" and first["Total for Q3 2013/14"] == "20209"
