"""The Streamlit app: `plans ui`, or `streamlit run ui/app.py` with PLANS_API_URL pointing at
`plans serve`. Two pages (chat, commitments) and a sidebar of the indexed plans, in English,
French or Dutch (ui.language); everything goes through the HTTP API (ui.client)."""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import ui.client  # noqa: F401  (installed, or run from the repository root)
except ImportError:  # run as a plain script from elsewhere
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from ui.client import PlansClient
from ui.i18n import text
from ui.language import current
from ui.render import CSS
from ui.sidebar import render_sidebar

lang = current()
st.set_page_config(page_title=text("page_title", lang), page_icon=":material/description:")
st.set_option("client.toolbarMode", "viewer")  # no "Deploy" or developer menu
st.set_option("client.showErrorDetails", "type")  # a bug shows its type, never a stack trace
st.html(CSS)

pages = st.navigation([
    st.Page("views/chat.py", title=text("nav_chat", lang), icon=":material/chat:", default=True),
    st.Page("views/commitments.py", title=text("nav_commitments", lang), icon=":material/table_view:"),
])
render_sidebar(PlansClient(), lang)
pages.run()
