"""Streamlit pieces of the chat: one assistant turn (answer, searched query, abstention,
citation cards), in the user's language, and the conversation kept in session state with the
part of it that fits the API's history limits."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import Answer, ApiError, Limits, PlansClient, Turn
from ui.i18n import count, text
from ui.render import citation_card, md_escape, query_differs

MESSAGES = "messages"
OPEN_SOURCES = 3  # citation lists up to this long are shown expanded


def messages() -> list[dict[str, Any]]:
    """The conversation: {"role": "user", "content"} and {"role": "assistant", "content",
    "question", "answer" (the API's JSON) or "error"} entries, oldest first."""
    return st.session_state.setdefault(MESSAGES, [])


def reset_conversation() -> None:
    st.session_state[MESSAGES] = []


def exchanges(entries: list[dict[str, Any]], turn_chars: int) -> list[list[Turn]]:
    """The answered exchanges, oldest first: a question and its answer (a failed one is left
    out whole), each turn cut to `turn_chars`."""
    found: list[list[Turn]] = []
    for i, m in enumerate(entries):
        reply = entries[i + 1] if i + 1 < len(entries) else None
        if m["role"] != "user" or reply is None or reply["role"] != "assistant" or reply.get("error"):
            continue
        pair = [Turn(role="user", content=m["content"][:turn_chars])]
        if reply.get("content", "").strip():
            pair.append(Turn(role="assistant", content=reply["content"][:turn_chars]))
        found.append(pair)
    return found


def history(entries: list[dict[str, Any]], limits: Limits) -> list[Turn]:
    """Earlier turns for the API: the most recent exchanges within the API's limits (its
    PLANS_MAX_HISTORY_TURNS turns and PLANS_MAX_HISTORY_CHARS characters in all), oldest
    first. Exchanges are kept whole, except the oldest kept, which may be its question alone
    when its answer does not fit (a follow-up leans on the question most)."""
    max_turns, max_chars = limits.max_history_turns, limits.max_history_chars
    kept: list[list[Turn]] = []
    turns = chars = 0
    for pair in reversed(exchanges(entries, limits.max_turn_chars)):
        part = next((p for p in (pair, pair[:1])
                     if turns + len(p) <= max_turns and chars + sum(len(t.content) for t in p) <= max_chars), None)
        if part is None:
            break
        kept.append(part)
        turns, chars = turns + len(part), chars + sum(len(t.content) for t in part)
        if part is not pair:
            break
    return [t for part in reversed(kept) for t in part]


def show_user(content: str) -> None:
    with st.chat_message("user"):
        st.markdown(md_escape(content))


def show_assistant(entry: dict[str, Any], lang: str) -> None:
    with st.chat_message("assistant"):
        show_reply(entry, lang)


def show_reply(entry: dict[str, Any], lang: str) -> None:
    """An assistant turn: an error, or the answer with its searched query and its sources."""
    if entry.get("error"):
        st.error(text("no_answer", lang, error=md_escape(entry["error"], code=True)), icon=":material/error:")
        return
    answer = Answer.model_validate(entry["answer"])
    if query_differs(entry.get("question", ""), answer.query):
        st.caption(text("searched", lang, query=md_escape(answer.query)))
    if answer.abstained:
        st.warning(f"**{text('not_covered', lang)}** {md_escape(answer.answer)}", icon=":material/search_off:")
    else:
        st.markdown(md_escape(answer.answer))
    if answer.mode == "llm" and not answer.abstained:
        st.caption(text("llm_checked", lang))
    if answer.note:
        st.caption(md_escape(answer.note))
    show_citations(answer, lang)


def ask(client: PlansClient, question: str, earlier: list[Turn], lang: str) -> Answer:
    """The answer, streamed as it is written when the API has a language model, else in one
    go; the history sent is the most recent turns within the API's limits."""
    try:
        streams = client.health().llm != "off"
    except ApiError:
        streams = False  # the question itself will say what is wrong
    turns = history(earlier, client.limits())
    if not streams:
        with st.spinner(text("searching", lang)):
            return client.ask(question, turns)
    final: list[Answer] = []

    def texts():
        for event in client.ask_stream(question, turns):
            if isinstance(event, Answer):
                final.append(event)
            else:
                yield md_escape(event.text)

    draft = st.empty()
    with draft.container():
        st.write_stream(texts())
    draft.empty()  # the checked answer, with its sources, replaces the draft
    return final[0]


def show_citations(answer: Answer, lang: str) -> None:
    n = len(answer.citations)
    if not n:
        return
    with st.expander(count("sources", n, lang), expanded=n <= OPEN_SOURCES, icon=":material/format_quote:"):
        for c in answer.citations:
            st.html(citation_card(c, lang))
