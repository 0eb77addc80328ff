"""The chat in English, French and Dutch under AppTest, against the real API over HTTP: the
browser's locale chooses the language (English when it is none of the three), the sidebar's
selector overrides it for the session, French questions are answered, and a conversation
longer than the API's history limits is trimmed to the most recent turns that fit."""

from __future__ import annotations

import pytest

from tests.ui.conftest import start_app
from tests.ui.test_app import NAP, Q_17B, ask, button, last_reply
from ui.client import ApiError, PlansClient
from ui.i18n import examples

LABELS = {  # what a user of each language sees on the empty chat
    "en": ("Ask the plans", "New conversation", "Plans in the index", "Add to the index", "Ask about the plans…"),
    "fr": ("Interroger les plans", "Nouvelle conversation", "Plans dans l'index", "Ajouter à l'index",
           "Posez une question sur les plans…"),
    "nl": ("Vraag het de plannen", "Nieuw gesprek", "Plannen in de index", "Aan de index toevoegen",
           "Stel een vraag over de plannen…"),
}
PLAN_FACTS = {"en": (" chunks · ", " lines of action"), "fr": (" segments · ", " lignes d'action"),
              "nl": (" fragmenten · ", " actielijnen")}


def assert_in(at, lang: str) -> None:
    """The empty chat, its sidebar and its examples all in `lang`, no other language's examples."""
    title, new, header, add, placeholder = LABELS[lang]
    assert at.title[0].value == title
    labels = [b.label for b in at.button]
    assert new in labels and add in labels
    assert set(examples(lang)) <= set(labels)
    for other in set(LABELS) - {lang}:
        assert not set(examples(other)) & set(labels), other
        assert LABELS[other][0] != title and LABELS[other][1] not in labels
    assert at.chat_input[0].placeholder == placeholder
    assert [h.value for h in at.sidebar.header] == [header]
    chunks, lines = PLAN_FACTS[lang]
    nap = next(c.value for c in at.sidebar.caption if c.value.startswith(NAP))
    assert chunks in nap and nap.endswith(lines), nap
    assert at.segmented_control[0].value == lang


@pytest.mark.parametrize(("locale", "lang"), [
    ("fr-BE", "fr"), ("fr", "fr"), ("nl-BE", "nl"), ("nl-NL", "nl"), ("en-GB", "en"), ("de-DE", "en"), (None, "en"),
])
def test_the_browser_locale_chooses_the_language(monkeypatch, live_api, locale, lang):
    at = start_app(monkeypatch, live_api, locale)
    assert_in(at, lang)


def test_the_selector_switches_the_language_for_the_session(monkeypatch, live_api):
    at = start_app(monkeypatch, live_api, "fr-BE")
    assert_in(at, "fr")
    assert at.segmented_control[0].options == ["EN", "FR", "NL"]
    at.segmented_control[0].set_value("nl").run()
    assert not at.exception
    assert_in(at, "nl")
    # the choice holds on the other page and back
    at.switch_page("views/commitments.py").run()
    assert at.title[0].value == "Engagementen" and "Trekker" in at.dataframe[0].value.columns
    at.switch_page("views/chat.py").run()
    assert_in(at, "nl")
    at.segmented_control[0].set_value("en").run()
    assert_in(at, "en")


def test_a_french_example_question_is_answered_in_a_french_chat(monkeypatch, live_api):
    at = start_app(monkeypatch, live_api, "fr-BE")
    example = examples("fr")[0]
    button(at, example).click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert at.chat_message[0].markdown[0].value == example
    texts, _, cards, warnings = last_reply(at)
    assert texts and cards and not warnings, (texts, warnings)
    assert not any(b.label == example for b in at.button)  # the empty page is gone
    assert button(at, "Nouvelle conversation")


def test_a_french_question_gets_a_french_frame_around_the_verbatim_quote_and_french_labels(monkeypatch, live_api):
    at = start_app(monkeypatch, live_api, "fr-BE")
    ask(at, "Quel département assure le suivi de la ligne 17.b ?")
    texts, _, cards, warnings = last_reply(at)
    answer = " ".join(texts)
    assert not warnings and "relève de" in answer
    for department in ("Foreign Affairs", "Development", "Justice"):  # quoted as the plan writes it
        assert department in answer
    assert len(cards) == 1 and "ligne 17.b" in cards[0] and "line 17.b" not in cards[0]
    assert at.chat_message[1].expander[0].label == "Source (1)"

    ask(at, "Et pour la ligne 17.c ?")
    _, captions, cards, _ = last_reply(at)
    assert any(c.startswith("Recherché : ") and "17.c" in c for c in captions), captions
    assert "ligne 17.c" in cards[0]


def test_an_unanswerable_question_in_dutch_is_not_covered_in_dutch(monkeypatch, live_api):
    at = start_app(monkeypatch, live_api, "nl-BE")
    ask(at, "Wat is het budget voor ruimtevaart op Mars?")
    _, _, cards, warnings = last_reply(at)
    assert warnings and warnings[0].startswith("**Niet behandeld in de plannen.**") and not cards


def test_the_commitments_page_in_french_filters_as_in_english(monkeypatch, live_api):
    at = start_app(monkeypatch, live_api, "fr-FR")
    at.switch_page("views/commitments.py").run()
    assert not at.exception
    assert at.title[0].value == "Engagements"
    assert set(at.dataframe[0].value.columns) >= {"Id", "Action", "Pilote", "Indicateur", "Calendrier", "Plan"}
    role = at.selectbox(key="filter-role")
    assert role.label == "Rôle" and role.format_func(role.options[0]) == "Tous les rôles"
    role.set_value("lead").run()
    at.selectbox(key="filter-value").set_value("Justice").run()
    table = at.dataframe[0].value
    assert "17.b" in set(table["Id"]) and all("Justice" in d for d in table["Pilote"])
    assert f"{len(table)} engagements" in [c.value for c in at.caption]
    assert [b.label for b in at.get("download_button")] == ["Télécharger le CSV"]
    at.text_input(key="filter-text").set_value("aucun de ces mots").run()
    assert "0 engagement" in [c.value for c in at.caption]
    assert [i.value for i in at.main.info] == ["Aucun engagement ne correspond à ces filtres."]


def test_the_api_being_down_is_said_in_dutch(monkeypatch, dead_url):
    at = start_app(monkeypatch, dead_url, "nl-BE")
    expected = f"De plans-API op {dead_url} is niet bereikbaar — draait `plans serve`?"
    assert expected in [e.value for e in at.sidebar.error]
    ask(at, "Welke dienst volgt lijn 17.b op?")
    reply = [m for m in at.chat_message if m.name == "assistant"][-1]
    assert [e.value for e in reply.error] == [f"Geen antwoord: {expected}"]


def test_a_conversation_past_the_history_limits_is_trimmed_and_follow_ups_still_work(monkeypatch, live_api):
    """80 long turns (over the API's default 50 turns and 200,000 characters) before the
    question: the chat sends the most recent turns that fit, so the question is answered and
    its follow-up still resolved."""
    filler = ("The plan was discussed at length in this earlier exchange. " * 100).strip()  # ~6,000 characters
    long_talk = []
    for i in range(40):
        long_talk.append({"role": "user", "content": f"Question {i}: {filler}"})
        long_talk.append({"role": "assistant", "content": f"Answer {i}: {filler}", "question": f"Question {i}",
                          "answer": {"answer": f"Answer {i}: {filler}"}})
    client = PlansClient(live_api)
    limits = client.limits()
    sent = [{"role": m["role"], "content": m["content"]} for m in long_talk]
    assert len(sent) > limits.max_history_turns and sum(len(m["content"]) for m in sent) > limits.max_history_chars
    with pytest.raises(ApiError) as refused:  # sent whole, the API refuses it
        client.ask(Q_17B, sent)
    assert refused.value.status == 422

    at = start_app(monkeypatch, live_api)
    at.session_state["messages"] = long_talk
    ask(at, Q_17B)
    assert len(at.chat_message) == 82
    texts, _, cards, _ = last_reply(at)
    assert not [m for m in at.chat_message if m.error], "the question was refused"
    assert "Justice" in " ".join(texts) and "line 17.b" in cards[0]

    ask(at, "And for line 17.c?")  # the last exchange went with it
    _, captions, cards, _ = last_reply(at)
    assert any(c.startswith("Searched:") and "17.c" in c for c in captions), captions
    assert "line 17.c" in cards[0]
