"""The chat page: questions with the conversation so far, answers with their citations, in
the user's language."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, PlansClient
from ui.components import ask, messages, reset_conversation, show_assistant, show_reply, show_user
from ui.i18n import error_text, examples, text
from ui.language import current

PENDING = "pending_question"


def ask_example(question: str) -> None:
    st.session_state[PENDING] = question


lang = current()
conversation = messages()
typed = st.chat_input(text("chat_input", lang), max_chars=2000)
question = typed or st.session_state.pop(PENDING, None)

head, new = st.columns([4, 1.4], vertical_alignment="bottom")
head.title(text("chat_title", lang))
new.button(text("new_conversation", lang), icon=":material/add_comment:", on_click=reset_conversation,
           disabled=not conversation and not question, width="stretch")

if not conversation and not question:
    st.markdown(text("intro", lang))
    st.caption(text("try_these", lang))
    for i, example in enumerate(examples(lang)):
        st.button(example, key=f"example-{i}", icon=":material/chat_bubble:", on_click=ask_example, args=(example,))

for entry in conversation:
    if entry["role"] == "user":
        show_user(entry["content"])
    else:
        show_assistant(entry, lang)

if question:
    earlier = list(conversation)
    conversation.append({"role": "user", "content": question})
    show_user(question)
    with st.chat_message("assistant"):
        try:
            answer = ask(PlansClient(), question, earlier, lang)
            reply = {"role": "assistant", "content": answer.answer, "question": question,
                     "answer": answer.model_dump()}
        except ApiError as exc:
            reply = {"role": "assistant", "content": "", "question": question, "error": error_text(exc, lang)}
        show_reply(reply, lang)
    conversation.append(reply)
