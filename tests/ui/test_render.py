"""ui.render: the quote found in its passage despite whitespace, HTML escaping, markdown
escaping and when the searched query is worth showing."""

from __future__ import annotations

from ui.client import Citation
from ui.render import citation_card, find_quote, highlight, md_escape, query_differs


def cite(**kw) -> Citation:
    base = dict(id=2, document="plan.md", title="A plan", quote="Foreign Affairs Justice",
                passage="Interventions carried out.\nForeign Affairs\nJustice\nmore")
    return Citation(**(base | kw))


def test_the_quote_is_found_with_different_whitespace():
    passage = "Support  initiatives.\nForeign Affairs\nDevelopment\n  Justice"
    assert find_quote(passage, "Foreign Affairs Development Justice") == (22, passage.index("Justice") + 7)
    assert find_quote(passage, "Foreign Affairs\nDevelopment") == (22, 49)
    assert find_quote(passage, "Defence") is None and find_quote("", "x") is None and find_quote(passage, " ") is None


def test_highlight_marks_the_quote_escapes_and_trims_the_context():
    passage = "one two three four five <b>5 & 6</b> six seven eight nine ten"
    marked = highlight(passage, "<b>5 & 6</b>", context=12)
    assert marked == "…four five <mark>&lt;b&gt;5 &amp; 6&lt;/b&gt;</mark> six seven…"
    assert highlight("x" * 50 + "Q" + "y" * 50, "Q", context=5) == "…xxxxx<mark>Q</mark>yyyyy…"
    assert highlight(passage, "not there") is None


def test_a_card_shows_title_place_line_and_the_highlighted_passage():
    card = citation_card(cite(ref="17.b", page=12, section="OBJECTIVE 3"))
    assert '<span class="plans-card-id">[2]</span><span>A plan</span><span class="plans-ref">line 17.b</span>' in card
    assert "plan.md · p. 12 · line 17.b · OBJECTIVE 3" in card
    passage = '<div class="plans-passage">Interventions carried out.\n<mark>Foreign Affairs\nJustice</mark>\nmore</div>'
    assert passage in card


def test_a_quote_missing_from_its_passage_is_shown_alone_and_everything_is_escaped():
    card = citation_card(cite(title="<script>x</script>", quote="<img src=x onerror=alert(1)>", passage="other"))
    assert "<script>" not in card and "<img" not in card
    assert "&lt;script&gt;x&lt;/script&gt;" in card
    assert '<div class="plans-quote"><mark>&lt;img src=x onerror=alert(1)&gt;</mark></div>' in card


def test_markdown_escaping_keeps_text_literal():
    assert md_escape("Line 17.b costs $5 *now* [1]") == "Line 17.b costs \\$5 \\*now\\* \\[1\\]"
    assert md_escape("1. first\n- second\n# third") == "1\\. first\n\\- second\n\\# third"
    assert md_escape(":smile: <b>") == "\\:smile: \\<b\\>"


def test_the_searched_query_is_shown_only_when_it_differs():
    assert not query_differs("which department monitors line 17.b", "Which department monitors line 17.b?")
    assert query_differs("And for line 17.c?", "Which department monitors line 17.c?")
    assert not query_differs("anything", "")


def test_the_card_names_the_printed_page_when_there_is_one():
    from ui.render import where

    assert where(cite(page=12, page_label="iv")) == ["plan.md", "p. iv"]
    assert where(cite(page=12)) == ["plan.md", "p. 12"]
