"""Chunks fit the model's input, follow the structure, never cut a sentence, quote verbatim."""

from __future__ import annotations

from pathlib import Path

from ingest.chunking import Chunker
from ingest.commitments import commitments
from ingest.reading import read_document
from ingest.sentences import split_sentences

DATA = Path(__file__).resolve().parents[2] / "data" / "plans"


def test_sentences_are_not_split_at_abbreviations_or_line_ids():
    text = "Action nr. 13 of the plan, i.a. the ICSD, covers line 17.b. See art. 7.4 of the Treaty. Next one."
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == ["Action nr. 13 of the plan, i.a. the ICSD, covers line 17.b.", "See art. 7.4 of the Treaty.", "Next one."]


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
