"""The commitments page: the rows of the plans' action tables, filtered by plan, by a role
(lead, timeline, status, ...) and its value, and by text, as a table with the API's CSV;
its labels in the user's language, the rows as the plans give them."""

from __future__ import annotations

import streamlit as st

from ui.client import ApiError, Commitment, PlansClient
from ui.i18n import ROLES, count, error_text, role_name, text
from ui.language import current
from ui.render import md_escape

ANY = ""  # the "all plans", "any role", "any value" choice of a filter
SHOWN_ROLES = ("lead", "timeline", "status", "indicator", "budget", "funding")  # roles with their own column

lang = current()
st.set_page_config(layout="wide")  # room for the table
st.title(text("commitments_title", lang))
st.caption(text("commitments_caption", lang))

client = PlansClient()
try:
    plans = {d.document: d.title or d.document for d in client.documents() if d.commitments}
    everything = client.commitments()
except ApiError as exc:
    st.error(md_escape(error_text(exc, lang), code=True), icon=":material/cloud_off:")
    st.stop()

if not plans:
    st.info(text("no_commitments", lang))
    st.stop()

plan_col, role_col, value_col, text_col = st.columns([3, 1, 2, 2])
plan = plan_col.selectbox(text("filter_plan", lang), [ANY, *plans], key="filter-plan",
                          format_func=lambda p: plans.get(p, p) if p else text("all_plans", lang))
found = {r for c in everything for f in c.fields for r in f.roles}
roles = [r for r in ROLES if r in found] + sorted(found - ROLES.keys())  # the known ones in their order
role = role_col.selectbox(text("filter_role", lang), [ANY, *roles], key="filter-role",
                          format_func=lambda r: role_name(r, lang) if r else text("any_role", lang))
values = {v.casefold(): v for c in everything for v in reversed(c.values(role)) if v} if role else {}
value = value_col.selectbox(text("filter_value", lang), [ANY, *sorted(values.values(), key=str.casefold)],
                            key="filter-value", format_func=lambda v: v or text("any_value", lang))
words = text_col.text_input(text("filter_text", lang), placeholder=text("filter_text_hint", lang), key="filter-text")

filters = {"document": plan or None, "role": role or None, "value": value or None, "q": words or None}
try:
    items = client.commitments(**filters)
    csv = client.commitments_csv(**filters)
except ApiError as exc:
    st.error(md_escape(error_text(exc, lang), code=True), icon=":material/error:")
    st.stop()


def row(c: Commitment) -> dict:
    def column(key: str) -> str:
        return text(f"column_{key}", lang)

    lead = "; ".join(text("coordination", lang, name=d) if d in c.coordination else d for d in c.values("lead"))
    return {
        column("id"): c.ref,
        column("action"): c.action,
        column("lead"): lead,
        column("timeline"): "; ".join(c.values("timeline")),
        column("status"): "; ".join(c.values("status")),
        column("indicator"): "; ".join(c.values("indicator")),
        column("budget"): "; ".join(c.values("budget") + c.values("funding")),
        column("other"): "; ".join(f"{f.header}: {f.text}" for f in c.fields if not set(SHOWN_ROLES) & set(f.roles)),
        column("section"): c.section or "",
        column("plan"): c.document,
        column("page"): c.page,
    }


st.caption(count("commitments", len(items), lang))
if not items:
    st.info(text("no_match", lang), icon=":material/filter_alt_off:")
    st.stop()
st.dataframe([row(c) for c in items], hide_index=True, width="stretch", height=min(38 + 35 * len(items), 640),
             column_config={text("column_action", lang): st.column_config.TextColumn(width="large"),
                            text("column_page", lang): st.column_config.NumberColumn(format="%d")})
st.download_button(text("download_csv", lang), csv, file_name="commitments.csv", mime="text/csv",
                   icon=":material/download:")
