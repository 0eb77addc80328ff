"""The chat page: questions with the conversation so far, answers with their citations."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, PlansClient
from ui.components import ask, history, messages, reset_conversation, show_assistant, show_reply, show_user

PENDING = "pending_question"
# Generic questions that fit any action plan; nothing here depends on the indexed plans.
EXAMPLES = [
    "What are the priority objectives of the plan?",
    "Who coordinates the implementation of the plan?",
    "How is progress on the action plan monitored?",
    "Which lines of action concern training?",
]


def ask_example(question: str) -> None:
    st.session_state[PENDING] = question


conversation = messages()
typed = st.chat_input("Ask about the plans…", max_chars=2000)
question = typed or st.session_state.pop(PENDING, None)

head, new = st.columns([4, 1.4], vertical_alignment="bottom")
head.title("Ask the plans")
new.button("New conversation", icon=":material/add_comment:", on_click=reset_conversation,
           disabled=not conversation and not question, width="stretch")

if not conversation and not question:
    st.markdown(
        "Ask about the government policy plans in the index. Every answer quotes the plans "
        "verbatim and says where: document, page and line of action. Follow-up questions "
        "(*“And for line 17.c?”*) use the conversation so far."
    )
    st.caption("Try one of these:")
    for i, example in enumerate(EXAMPLES):
        st.button(example, key=f"example-{i}", icon=":material/chat_bubble:", on_click=ask_example, args=(example,))

for entry in conversation:
    if entry["role"] == "user":
        show_user(entry["content"])
    else:
        show_assistant(entry)

if question:
    earlier = history(conversation)
    conversation.append({"role": "user", "content": question})
    show_user(question)
    with st.chat_message("assistant"):
        try:
            answer = ask(PlansClient(), question, earlier)
            reply = {"role": "assistant", "content": answer.answer, "question": question,
                     "answer": answer.model_dump()}
        except ApiError as exc:
            reply = {"role": "assistant", "content": "", "question": question, "error": str(exc)}
        show_reply(reply)
    conversation.append(reply)
