"""Chunks fit the model's input, follow the structure, never cut a sentence, quote verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import Chunker
from ingest.commitments import commitments
from ingest.reading import read_document
from ingest.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "data" / "plans"


def test_sentences_are_not_split_at_abbreviations_or_line_ids():
    text = "Action nr. 13 of the plan, i.a. the ICSD, covers line 17.b. See art. 7.4 of the Treaty. Next one."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["Action nr. 13 of the plan, i.a. the ICSD, covers line 17.b.", "See art. 7.4 of the Treaty.", "Next one."]


@pytest.mark.parametrize("text, sentences", [
    # a numbered label opening a sentence or a line: its full stop ends the label, not the sentence
    ("Measure 1.1. Watch the catches. Measure 1.2. Creation of fish ponds.",
     ["Measure 1.1. Watch the catches.", "Measure 1.2. Creation of fish ponds."]),
    ("Mise en place du suivi.\nMesure 3.3. Création et promotion d'étangs piscicoles",
     ["Mise en place du suivi.", "Mesure 3.3. Création et promotion d'étangs piscicoles"]),
    ("• Actie 4. Deelfietsen in elke gemeente.", ["• Actie 4. Deelfietsen in elke gemeente."]),
    # a label a sentence ends on is not one: the next sentence starts after it
    ("This is covered by measure 2. The next one is not.", ["This is covered by measure 2.", "The next one is not."]),
])
def test_a_numbered_label_does_not_end_a_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


def test_every_chunk_of_the_sample_plans_fits_and_is_verbatim(embedder):
    chunker = Chunker(embedder.count_tokens, embedder.max_tokens, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens)
    for path in sorted(DATA.iterdir()):
        doc = read_document(path)
        chunks = chunker.run(doc, commitments(doc))
        assert chunks, path.name
        for c in chunks:
            assert embedder.count_tokens(c.search_text) <= 256, (path.name, c.search_text[:80])
            if c.kind == "passage":
                body = doc.text[c.start : c.end]
                assert body.strip() and c.search_text.endswith(body)
                # a passage starts at a sentence start and ends at a sentence end (or a list item / heading)
                assert body.rstrip()[-1] in '.!?:;"”’)*]' or "\n" in body or len(body) < 200, body[-80:]
        # no text is read twice as passages (a paragraph the reader found among a table's lines included)
        spans = sorted((c.start, c.end) for c in chunks if c.kind == "passage")
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), path.name


def test_long_paragraph_is_cut_between_sentences_with_the_heading_path(tmp_path, embedder):
    sentences = [f"Measure {i} funds the repair of {i} bridges in the northern districts before the next winter." for i in range(60)]
    path = tmp_path / "bridges.md"
    path.write_text("# Bridges Plan\n\n## Repairs\n\n" + " ".join(sentences) + "\n")
    doc = read_document(path)
    chunks = [c for c in Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens).run(doc, []) if c.kind == "passage"]
    assert len(chunks) > 3
    for c in chunks:
        body = doc.text[c.start : c.end]
        assert c.section == "Bridges Plan > Repairs"
        assert body.startswith("Measure ") and body.endswith("winter.")
        assert embedder.count_tokens(c.search_text) <= 256
    assert "".join(doc.text[c.start : c.end] + " " for c in chunks).split() == " ".join(sentences).split()


def test_table_rows_become_units_and_the_flattened_region_is_not_a_passage(embedder):
    doc = read_document(DATA / "wps-nap-1325-2013-2016.txt")
    rows = commitments(doc)
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens).run(doc, rows)
    row_units = [c for c in chunks if c.kind == "row"]
    assert len(row_units) == len(rows) >= 100
    b17 = next(c for c in row_units if c.ref == "17.b")
    assert "Foreign Affairs" in b17.search_text and "Justice" in b17.search_text
    cells = [(c.start, c.end) for t in doc.tables for r in t.rows
             for c in [r.goal, r.action, *r.monitoring, *r.departments] if c]
    for c in chunks:
        if c.kind == "passage":  # no passage of garbled columns: only the footnotes between rows
            assert not any(a < c.end and c.start < b for a, b in cells), doc.text[c.start : c.end][:80]
    notes = [doc.text[c.start : c.end] for c in chunks if c.kind == "passage" and any(t.start <= c.start < t.end for t in doc.tables)]
    assert any("does not wish to distinguish between men and women" in " ".join(n.split()) for n in notes)


def _counting(embedder):
    calls = {"spans": 0, "count": 0}

    def spans(text):
        calls["spans"] += 1
        return embedder.token_spans(text)

    def count(text):
        calls["count"] += 1
        return embedder.count_tokens(text)

    return Chunker(count, embedder.max_tokens, token_spans=spans, special_tokens=embedder.special_tokens), calls


def test_a_heading_path_longer_than_the_budget_still_leaves_room_for_text(tmp_path, embedder):
    # two nested headings of 100 CJK characters each: once made the chunker loop forever
    path = tmp_path / "cjk.md"
    path.write_text("# " + "政策" * 50 + "\n\n## " + "计划" * 50 + "\n\n" + "本计划的目标是改善服务。" * 40 + "\n")
    doc = read_document(path)
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens).run(doc, [])
    assert chunks
    for c in chunks:
        assert embedder.count_tokens(c.search_text) <= 256
        assert doc.text[c.start : c.end].strip()
    covered = "".join(doc.text[c.start : c.end] for c in chunks)
    assert covered.count("本计划") == 40


def test_chunking_work_does_not_grow_with_the_length_of_a_sentence(tmp_path, embedder):
    # one "sentence" of 200,000 characters (no full stop): tokenized once, cut at token boundaries
    words = " ".join(f"word{i % 97}" for i in range(30_000))
    path = tmp_path / "long.txt"
    path.write_text("Heading\n\n" + words + "\n")
    doc = read_document(path)
    chunker, calls = _counting(embedder)
    chunks = chunker.run(doc, [])
    assert len(chunks) > 100
    assert calls["spans"] <= 4 and calls["count"] <= 4, calls
    for c in chunks:
        assert embedder.count_tokens(c.search_text) <= 256
    assert " ".join(doc.text[c.start : c.end] for c in chunks).split() == words.split()


def test_a_cell_repeated_down_a_table_is_searched_in_full_on_its_first_row_only(tmp_path, embedder):
    # a schedule whose action cell is merged over its activities: every row carries the action
    action = ("Strengthen the early warning system for floods and droughts in the southern "
              "regions through community relays and trained district officers")
    rows = "\n".join(f"| 2.{i} | {action} | Activity {i}: survey of the {w} river basin | 202{i} |"
                     for i, w in enumerate(["Onilahy", "Mangoky", "Mandrare"], start=1))
    path = tmp_path / "schedule.md"
    path.write_text("# Schedule\n\n| No | Action | Activity | Year |\n|---|---|---|---|\n" + rows + "\n")
    doc = read_document(path)
    found = commitments(doc)
    assert [c.ref for c in found] == ["2.1", "2.2", "2.3"]
    assert all(action in (c.action, *(f.text for f in c.fields)) for c in found)
    chunks = [c for c in Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                                 special_tokens=embedder.special_tokens).run(doc, found) if c.kind == "row"]
    assert [c.ref for c in chunks] == ["2.1", "2.2", "2.3"]
    assert action in chunks[0].search_text
    for c, basin in zip(chunks[1:], ["Mangoky", "Mandrare"]):
        assert action not in c.search_text and "Strengthen the early warning system" in c.search_text
        assert basin in c.search_text
        assert action in (c.commitment.action, *(f.text for f in c.commitment.fields))  # answers quote the whole cell


def test_later_chunks_of_a_section_repeat_only_the_end_of_its_heading_path(tmp_path, embedder):
    path = tmp_path / "plan.md"
    body = " ".join(f"Sentence {i} of the harbour measures describes quay number {i} in detail." for i in range(60))
    path.write_text("# National Strategy for Coastal Adaptation and Resilience 2030\n\n"
                    "## Chapter 4: Harbour protection against storm surges\n\n" + body + "\n")
    doc = read_document(path)
    chunker = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens)
    chunks = [c for c in chunker.run(doc, []) if c.kind == "passage"]
    assert len(chunks) >= 3
    full = chunks[0].section
    assert full.startswith("National Strategy") and full.endswith("storm surges")
    assert chunks[0].search_text.startswith(full + "\n")
    for c in chunks[1:]:
        assert c.section == full  # shown with the whole path
        head = c.search_text.split("\n", 1)[0]
        assert head.startswith("… ") and head.endswith("storm surges") and full.endswith(head[2:])
        assert len(embedder.token_spans(head)) <= chunker.repeat_section + 2
        assert head[2:].split()[0] in full.split()  # cut between words
    assert " ".join(doc.text[c.start : c.end] for c in chunks).split() == body.split()


def test_a_table_no_row_is_read_from_is_indexed_as_text(tmp_path, embedder):
    page = tmp_path / "glossary.html"
    page.write_text("<html><body><h1>Plan</h1><h2>Abbreviations</h2><table>"
                    "<tr><td>HRS</td><td>Harbour Resilience Scheme</td></tr>"
                    "<tr><td>CAF</td><td>Coastal Adaptation Fund</td></tr></table>"
                    "<p>The HRS pays into the CAF.</p></body></html>", encoding="utf-8")
    doc = read_document(page)
    rows = commitments(doc)
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                     special_tokens=embedder.special_tokens).run(doc, rows)
    assert not rows and any(b.kind == "table" for b in doc.blocks)
    text = " ".join(doc.text[c.start : c.end] for c in chunks)
    assert "Coastal Adaptation Fund" in text and "The HRS pays into the CAF." in text


def test_headings_with_nothing_under_them_are_text_of_their_section(tmp_path, embedder):
    path = tmp_path / "coast.md"
    path.write_text("# Republic of Varlande\n\n# Coastal Plan\n\n## Strategic axes\n\n### Axis 1: Strengthen harbour governance\n\n"
                    "### Axis 2: Protect the dunes against storm surges\n\n## Measures\n\n"
                    "The agency repairs the quays every spring.\n\n## Annex\n\n### Contacts of the agency\n")
    doc = read_document(path)
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                     special_tokens=embedder.special_tokens).run(doc, [])
    axes = [c for c in chunks if "Axis 1" in doc.text[c.start : c.end]]
    assert len(axes) == 1 and axes[0].kind == "passage"
    body = doc.text[axes[0].start : axes[0].end]
    assert "Axis 2: Protect the dunes against storm surges" in body and "Measures" not in body
    assert axes[0].section == "Coastal Plan > Strategic axes" and axes[0].search_text.endswith(body)
    last = [c for c in chunks if "Contacts of the agency" in doc.text[c.start : c.end]]
    assert [c.section for c in last] == ["Coastal Plan > Annex"]
    # a cover line: stored to be quoted, as no passage
    assert [c.kind for c in chunks if "Republic of Varlande" in doc.text[c.start : c.end]] == ["cover"]
    # a heading with text under it is not repeated as text of its own
    assert not any(doc.text[c.start : c.end].lstrip("# ").startswith("Measures") for c in chunks)


def test_a_passage_records_its_whole_heading_path_and_is_searched_with_its_end(tmp_path, embedder):
    parts = ["National Strategy for the Adaptation of the Coast and of the Harbour Towns to Climate Change",
             "Part Two: The programme of sectoral measures for the coming decade",
             "Chapter 4: Protection of the harbours against storm surges and high water"]
    path = tmp_path / "plan.md"
    path.write_text(f"# {parts[0]}\n\n## {parts[1]}\n\n### {parts[2]}\n\nThe quays are raised by one metre.\n")
    doc = read_document(path)
    chunker = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens)
    [chunk] = [c for c in chunker.run(doc, []) if c.kind == "passage"]
    assert chunk.section == " > ".join(parts)  # the outline of the document, for overviews and lists
    head = chunk.search_text.split("\n", 1)[0]
    assert head.startswith("… ") and head.endswith(parts[2]) and len(embedder.token_spans(head)) <= chunker.max_section + 2


def test_a_sentence_that_announces_a_list_keeps_all_its_items_within_the_model_input(tmp_path, embedder):
    before = " ".join(f"Harbour {i} was flooded {i} times in the last decade, which damaged the quays." for i in range(6))
    items = [f"- Axis {i}: {t};" for i, t in enumerate(["strengthen the governance of the harbours and their boards",
                                                          "protect the dunes and the quays against storm surges",
                                                          "finance the adaptation of the coast with a new fund"], 1)]
    path = tmp_path / "plan.md"
    path.write_text("# Coastal Plan\n\n## Summary\n\n" + before + "\n\nThe plan has three axes, as follows:\n\n"
                    + "\n".join(items) + "\n")
    doc = read_document(path)
    chunker = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans, special_tokens=embedder.special_tokens)
    chunks = [c for c in chunker.run(doc, []) if c.kind == "passage"]
    [intro] = [c for c in chunks if "as follows:" in doc.text[c.start : c.end]]
    assert embedder.count_tokens(intro.search_text) > chunker.target  # the items go past the usual size
    for item in items:
        assert item in doc.text[intro.start : intro.end]
    for c in chunks:
        assert embedder.count_tokens(c.search_text) <= 256


def _searched(chunks) -> str:
    return " ".join(" ".join(c.search_text.split()) for c in chunks)


def test_text_of_a_table_in_none_of_its_rows_is_a_passage(tmp_path, embedder):
    """A ruled sheet whose rows are read keeps the rest of its text searchable: a summary
    across the sheet, a value the row reader did not take into a row, between two it took
    (the sector's measures, under a label too long to be read as one)."""
    from tests.support import synth_layouts as S

    doc = read_document(S.sector_sheets(tmp_path / "sheets.pdf"))
    rows = commitments(doc)
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                     special_tokens=embedder.special_tokens).run(doc, rows)
    assert rows and any(t.start <= r.start < t.end for t in doc.blocks if t.kind == "table" for r in rows)
    searched = _searched(chunks)
    for title, summary, goal, lines, measures, actor in S.SECTOR_SHEETS:
        for text in (summary, goal, *lines, *measures, actor):
            assert text in searched, text
    passages = " ".join(doc.text[c.start : c.end] for c in chunks if c.kind == "passage")
    assert "Measure 1.2. Creation and promotion of fish ponds" in passages
    assert "Ministry of Fisheries" not in passages  # a cell its row holds is not read a second time
    for c in chunks:
        if c.kind == "passage":
            assert c.search_text.endswith(doc.text[c.start : c.end])
    # header labels alone are not passages of their own
    assert not any(c.kind == "passage" and doc.text[c.start : c.end].strip() == "Sector adaptation goal" for c in chunks)


STACKED = """# Action Plan on Harbour Safety

The plan sets out what the harbour authorities will do before 2030.

## Annex 2: Members of the steering group

The steering group has the following members:

Ministry of Transport
Ministry of Defence
Coast Guard
Office of the Harbour Commissioner
National Statistics Institute

The group meets twice a year and reports to the minister.

## Annex 3: Budget

The budget is two million euro.
"""


def test_lines_stacked_without_bullets_are_items_of_their_section(tmp_path, embedder):
    """Short capitalised lines one under another (a list without bullets) are not headings:
    read so, each closed the one above it and most of them were in no passage, the last
    became a section over the rest of the plan, and the first line a byline."""
    path = tmp_path / "harbour.md"
    path.write_text(STACKED)
    doc = read_document(path)
    items = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "list_item"]
    assert items == ["Ministry of Transport", "Ministry of Defence", "Coast Guard",
                     "Office of the Harbour Commissioner", "National Statistics Institute"]
    assert doc.author is None
    chunks = Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                     special_tokens=embedder.special_tokens).run(doc, [])
    members = next(c for c in chunks if "following members" in c.search_text)
    assert all(item in members.search_text for item in items)
    assert members.section.endswith("Annex 2: Members of the steering group")
    budget = next(c for c in chunks if "two million" in c.search_text)
    assert budget.section == "Action Plan on Harbour Safety > Annex 3: Budget"


def test_stacked_lines_of_a_cover_stay_its_title(tmp_path):
    path = tmp_path / "cover.txt"
    path.write_text("HARBOUR SAFETY\nNATIONAL ACTION PLAN 2025-2030\nMinistry of Transport\n\n"
                    "Introduction\n\nThe plan sets out what the harbour authorities will do before 2030.\n")
    doc = read_document(path)
    assert not [b for b in doc.blocks if b.kind == "list_item"]
    assert "HARBOUR SAFETY" in doc.title


def test_the_first_passage_of_a_section_keeps_its_heading_verbatim(tmp_path, embedder):
    path = tmp_path / "harbour.md"
    path.write_text("# Harbour Plan\n\n## 2.1 Quays: safer berths\n\nThe port raises the quays.\n\n"
                    + "The port also dredges the basin every spring. " * 40 + "\n\n## **2.2 Lights**\n\nNew lights.\n")
    doc = read_document(path)
    chunks = [c for c in Chunker(embedder.count_tokens, 256, token_spans=embedder.token_spans,
                                 special_tokens=embedder.special_tokens).run(doc, []) if c.kind == "passage"]
    quays = [c for c in chunks if c.section.endswith("Quays: safer berths")]
    assert len(quays) > 1
    assert doc.text[slice(*quays[0].heading)] == "2.1 Quays: safer berths"  # without the markup
    assert all(c.heading is None for c in quays[1:])  # only the passage that opens the section
    lights = next(c for c in chunks if c.section.endswith("Lights"))
    assert doc.text[slice(*lights.heading)] == "2.2 Lights"


def test_a_line_that_stops_on_a_small_word_is_no_heading_and_goes_on_in_the_next(tmp_path):
    # a sentence cut by a blank line where the document was converted, in each language
    path = tmp_path / "quays.md"
    path.write_text("# Quay plan\n\n## Works\n\nIn 2031, the Port Agency rebuilds the quays near the harbour of\n\n"
                    "Zeestad, which the Ministry of Works planned.\n\n## Travaux\n\n"
                    "En 2031, l'Agence portuaire reconstruit les quais du port de\n\n"
                    "Zeestad, que le ministère avait prévus.\n")
    doc = read_document(path)
    headings = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "heading"]
    assert headings == ["# Quay plan", "## Works", "## Travaux"], headings
    paragraphs = [" ".join(doc.text[b.start:b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "near the harbour of Zeestad, which the Ministry of Works planned." in paragraphs[0], paragraphs
    assert "du port de Zeestad, que le ministère avait prévus." in paragraphs[1], paragraphs
