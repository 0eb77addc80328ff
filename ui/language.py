"""The chat's language for this session: the browser's (English when it is none of English,
French and Dutch) until the sidebar's EN / FR / NL selector picks another."""

from __future__ import annotations

import streamlit as st

from ui.i18n import LANGUAGES, browser_language, text

KEY = "ui_language"


def browser() -> str:
    """The browser's language: its locale, else its Accept-Language header."""
    return browser_language(st.context.locale, st.context.headers.get("Accept-Language"))


def current() -> str:
    chosen = st.session_state.get(KEY)
    return chosen if chosen in LANGUAGES else browser()


def selector() -> None:
    """EN / FR / NL; starts on the browser's language and keeps the choice for the session."""
    lang = current()
    st.session_state.setdefault(KEY, lang)
    st.segmented_control(text("language", lang), LANGUAGES, key=KEY, required=True, format_func=str.upper,
                         label_visibility="collapsed")
