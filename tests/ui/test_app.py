"""The Streamlit app under AppTest, against the real API over HTTP (uvicorn on loopback):
chat with history, citation cards, new conversation, uploads and removals, the commitments
page, and the API being down."""

from __future__ import annotations

import pytest

from ui.i18n import examples

from tests.ui.conftest import SMALL_PLAN, start_app

NAP = "wps-nap-1325-2013-2016.txt"
NAP_TITLE = "WOMEN, PEACE AND SECURITY"
Q_17B = "Which department monitors line 17.b?"
EXAMPLES = examples("en")


@pytest.fixture
def app(monkeypatch, live_api):
    return start_app(monkeypatch, live_api)


def ask(at, question: str):
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def last_reply(at):
    """The last assistant message: (its markdown texts, its captions, its card HTMLs, its warnings)."""
    msg = [m for m in at.chat_message if m.name == "assistant"][-1]
    return ([m.value for m in msg.markdown], [c.value for c in msg.caption], [h.value for h in msg.get("html")],
            [w.value for w in msg.warning])


def button(at, label: str):
    found = [b for b in at.button if b.label == label]
    assert found, f"no button {label!r} in {[b.label for b in at.button]}"
    return found[0]


# -- chat -------------------------------------------------------------------------------------
def test_the_empty_page_offers_examples_and_lists_the_plans(app):
    assert app.title[0].value == "Ask the plans"
    labels = [b.label for b in app.button]
    assert set(EXAMPLES) <= set(labels)
    assert button(app, "New conversation").disabled
    assert not app.chat_message
    captions = [c.value for c in app.sidebar.caption]
    assert captions[0] == "5 plans"
    nap = next(c for c in captions if c.startswith(NAP))
    assert " chunks · " in nap and nap.endswith(" lines of action")
    titles = " ".join(m.value for m in app.sidebar.markdown)
    assert NAP_TITLE in titles and "Global Compact on Migration" in titles


def test_an_answer_shows_its_departments_and_a_citation_card(app):
    ask(app, Q_17B)
    assert [m.name for m in app.chat_message] == ["user", "assistant"]
    texts, captions, cards, warnings = last_reply(app)
    answer = " ".join(texts)
    for department in ("Foreign Affairs", "Development", "Justice"):
        assert department in answer
    assert "\\[1\\]" in answer  # the citation marker, shown literally
    assert not warnings and not any(c.startswith("Searched:") for c in captions)  # nothing was rewritten
    assert len(cards) == 1
    card = cards[0]
    assert 'data-citation="1"' in card and "line 17.b" in card and NAP in card and NAP_TITLE in card
    # the verbatim quote is highlighted inside its passage, not shown alone
    assert "<mark>Foreign Affairs\nDevelopment\nJustice</mark>" in card
    assert "national legislation" in card.split("<mark>")[0]
    expander = app.chat_message[1].expander[0]
    assert expander.label == "Source (1)"


def test_a_follow_up_is_rewritten_from_the_history_and_new_conversation_clears_it(app):
    ask(app, Q_17B)
    ask(app, "And for line 17.c?")
    assert [m.name for m in app.chat_message] == ["user", "assistant", "user", "assistant"]
    texts, captions, cards, _ = last_reply(app)
    searched = [c for c in captions if c.startswith("Searched:")]
    assert searched and "17.c" in searched[0] and "department" in searched[0].lower()
    assert "Foreign Affairs" in " ".join(texts) and "Justice" not in " ".join(texts)
    assert "line 17.c" in cards[0] and "line 17.b" not in cards[0]

    button(app, "New conversation").click().run()
    assert not app.exception
    assert not app.chat_message and app.session_state["messages"] == []
    assert EXAMPLES[0] in [b.label for b in app.button]  # the examples are back

    ask(app, "And for line 17.c?")  # no history now: nothing to rewrite it from
    assert [m.name for m in app.chat_message] == ["user", "assistant"]
    _, captions, _, _ = last_reply(app)
    assert not any(c.startswith("Searched:") for c in captions)


def test_an_example_button_asks_its_question(app):
    button(app, EXAMPLES[0]).click().run()
    assert not app.exception
    assert [m.name for m in app.chat_message] == ["user", "assistant"]
    assert app.chat_message[0].markdown[0].value == EXAMPLES[0]
    texts, _, cards, warnings = last_reply(app)
    assert cards and not warnings and texts, texts  # answered, with its sources
    assert not any(b.label == EXAMPLES[0] for b in app.button)  # the empty page is gone


def test_an_unanswerable_question_is_shown_as_not_covered(app):
    ask(app, "What is the budget for space exploration on Mars?")
    _, _, cards, warnings = last_reply(app)
    assert warnings and warnings[0].startswith("**Not covered by the plans.**")
    assert not cards


# -- documents ----------------------------------------------------------------------------------
def test_upload_lists_the_plan_reports_a_bad_file_and_remove_asks_first(monkeypatch, fresh_api):
    at = start_app(monkeypatch, fresh_api)
    assert "No plans indexed yet" in " ".join(i.value for i in at.sidebar.info)

    at.file_uploader[0].set_value([
        ("clean-rivers-plan.md", SMALL_PLAN.encode(), "text/markdown"),
        ("broken.pdf", b"this is not a PDF", "application/pdf"),
    ])
    button(at, "Add to the index").click().run()
    assert not at.exception, [e.value for e in at.exception]
    ok = [s.value for s in at.sidebar.success]
    bad = [e.value for e in at.sidebar.error]
    assert len(ok) == 1 and ok[0].startswith("clean-rivers-plan.md: added — 3 chunks"), ok  # (its title line: a cover unit)
    assert bad == ["broken.pdf: not a valid PDF"], bad
    assert [s.label for s in at.sidebar.status] == ["Added 1 of 2 files"]
    assert [p.value for p in at.sidebar.get("progress")] == [100]
    titles = " ".join(m.value for m in at.sidebar.markdown)
    assert "Clean Rivers Action Plan 2030" in titles
    assert "clean-rivers-plan.md" in " ".join(c.value for c in at.sidebar.caption)

    # the new plan answers at once, with a card from it
    ask(at, "Who will measure nitrate levels in the river Zenne?")
    texts, _, cards, _ = last_reply(at)
    assert "Ministry of Environment" in " ".join(texts)
    assert cards and "clean-rivers-plan.md" in cards[0]

    # remove: asks first; cancel keeps it
    button(at, "Remove…").click().run()
    assert [w.value for w in at.sidebar.warning] == ["Remove clean-rivers-plan.md from the index?"]
    button(at, "Cancel").click().run()
    assert not at.sidebar.warning and "Clean Rivers" in " ".join(m.value for m in at.sidebar.markdown)
    button(at, "Remove…").click().run()
    button(at, "Remove").click().run()
    assert not at.exception
    assert any(s.value.startswith("Removed clean-rivers-plan.md") for s in at.sidebar.success)
    assert "No plans indexed yet" in " ".join(i.value for i in at.sidebar.info)
    assert "Clean Rivers" not in " ".join(m.value for m in at.sidebar.markdown)


def test_the_add_button_without_files_says_so(monkeypatch, fresh_api):
    at = start_app(monkeypatch, fresh_api)
    button(at, "Add to the index").click().run()
    assert [e.value for e in at.sidebar.error] == ["Choose one or more files first."]


# -- commitments ----------------------------------------------------------------------------------
def test_commitments_filter_by_role_plan_and_text(app):
    app.switch_page("views/commitments.py").run()
    assert not app.exception
    assert app.title[0].value == "Commitments"
    table = app.dataframe[0].value
    assert len(table) >= 100 and set(table.columns) >= {"Id", "Action", "Lead", "Indicator", "Timeline", "Plan"}

    app.selectbox(key="filter-role").set_value("lead").run()
    app.selectbox(key="filter-value").set_value("Justice").run()
    table = app.dataframe[0].value
    assert "17.b" in set(table["Id"]) and "17.c" not in set(table["Id"])
    assert all("Justice" in d for d in table["Lead"])
    assert f"{len(table)} commitments" in [c.value for c in app.caption]

    app.text_input(key="filter-text").set_value("sexual violence").run()
    lines = list(app.dataframe[0].value["Id"])
    assert "17.b" in lines and len(lines) < len(table)

    app.selectbox(key="filter-plan").set_value(NAP).run()
    assert list(app.dataframe[0].value["Id"]) == lines
    assert [b.label for b in app.get("download_button")] == ["Download CSV"]

    app.text_input(key="filter-text").set_value("no such words anywhere").run()
    assert not app.dataframe and "0 commitments" in [c.value for c in app.caption]
    assert [i.value for i in app.main.info] == ["No commitments match these filters."]


# -- the API down ---------------------------------------------------------------------------------
def test_the_api_being_down_is_a_clear_message_not_a_crash(monkeypatch, dead_url):
    at = start_app(monkeypatch, dead_url)
    expected = f"Cannot reach the plans API at {dead_url} — is `plans serve` running?"
    assert expected in [e.value for e in at.sidebar.error]

    ask(at, Q_17B)
    reply = [m for m in at.chat_message if m.name == "assistant"][-1]
    assert [e.value for e in reply.error] == [f"No answer: {expected}"]
    assert not at.exception

    at.switch_page("views/commitments.py").run()
    assert not at.exception
    assert any("Cannot reach the plans API" in e.value for e in at.main.error)
