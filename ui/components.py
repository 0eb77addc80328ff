"""Streamlit pieces of the chat: one assistant turn (answer, searched query, abstention,
citation cards) and the conversation kept in session state."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import Answer, ApiError, PlansClient, Turn
from ui.render import citation_card, md_escape, query_differs

MESSAGES = "messages"
MAX_HISTORY = 20  # turns sent with a question (the API takes up to 50)
MAX_TURN_CHARS = 20000
OPEN_SOURCES = 3  # citation lists up to this long are shown expanded


def messages() -> list[dict[str, Any]]:
    """The conversation: {"role": "user", "content"} and {"role": "assistant", "content",
    "question", "answer" (the API's JSON) or "error"} entries, oldest first."""
    return st.session_state.setdefault(MESSAGES, [])


def reset_conversation() -> None:
    st.session_state[MESSAGES] = []


def history(entries: list[dict[str, Any]]) -> list[Turn]:
    """Earlier turns for the API: answered exchanges only (a failed one is left out whole)."""
    turns: list[Turn] = []
    for i, m in enumerate(entries):
        if m["role"] == "user":
            reply = entries[i + 1] if i + 1 < len(entries) else None
            if reply is None or reply.get("error"):
                continue
        elif m.get("error") or not m.get("content", "").strip():
            continue
        turns.append(Turn(role=m["role"], content=m["content"][:MAX_TURN_CHARS]))
    return turns[-MAX_HISTORY:]


def show_user(text: str) -> None:
    with st.chat_message("user"):
        st.markdown(md_escape(text))


def show_assistant(entry: dict[str, Any]) -> None:
    with st.chat_message("assistant"):
        show_reply(entry)


def show_reply(entry: dict[str, Any]) -> None:
    """An assistant turn: an error, or the answer with its searched query and its sources."""
    if entry.get("error"):
        st.error(f"No answer: {md_escape(entry['error'], code=True)}", icon=":material/error:")
        return
    answer = Answer.model_validate(entry["answer"])
    if query_differs(entry.get("question", ""), answer.query):
        st.caption(f"Searched: {md_escape(answer.query)}")
    if answer.abstained:
        st.warning(f"**Not covered by the plans.** {md_escape(answer.answer)}", icon=":material/search_off:")
    else:
        st.markdown(md_escape(answer.answer))
    if answer.mode == "llm" and not answer.abstained:
        st.caption("Written by a language model; every sentence was checked against the source it cites.")
    if answer.note:
        st.caption(md_escape(answer.note))
    show_citations(answer)


def ask(client: PlansClient, question: str, earlier: list[Turn]) -> Answer:
    """The answer, streamed as it is written when the API has a language model, else in one go."""
    try:
        streams = client.health().llm != "off"
    except ApiError:
        streams = False  # the question itself will say what is wrong
    if not streams:
        with st.spinner("Searching the plans…"):
            return client.ask(question, earlier)
    final: list[Answer] = []

    def texts():
        for event in client.ask_stream(question, earlier):
            if isinstance(event, Answer):
                final.append(event)
            else:
                yield md_escape(event.text)

    draft = st.empty()
    with draft.container():
        st.write_stream(texts())
    draft.empty()  # the checked answer, with its sources, replaces the draft
    return final[0]


def show_citations(answer: Answer) -> None:
    n = len(answer.citations)
    if not n:
        return
    label = f"Source ({n})" if n == 1 else f"Sources ({n})"
    with st.expander(label, expanded=n <= OPEN_SOURCES, icon=":material/format_quote:"):
        for c in answer.citations:
            st.html(citation_card(c))
